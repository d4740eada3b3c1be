/**
 * The schemas of the gazetteer folder's hand-written tables beside its entries (entry.ts): the facility
 * rules and the zooms of the water labels. default.ts loads the files against them.
 */
import * as v from 'valibot';
import { FACILITY_TYPES } from '../lexicon/schema';

const text = v.pipe(v.string(), v.minLength(1));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** Which facility a facility word near a town means: `near` is a settlement id of the gazetteer. */
export const FacilityRuleSchema = v.strictObject({
  facility: id,
  near: id,
  /** The facility types (facility-triggers.json) the rule answers: "مطار" is `air`, "ميناء" `port`. */
  answers: v.pipe(v.array(v.picklist(FACILITY_TYPES)), v.minLength(1)),
});
export type FacilityRule = v.InferOutput<typeof FacilityRuleSchema>;

export const FacilityRulesSchema = v.strictObject({ about: text, rules: v.array(FacilityRuleSchema) });

/** The lowest zoom at which each listed water is labelled, by gazetteer id. */
export const WaterLabelsSchema = v.strictObject({
  about: text,
  minZoom: v.record(id, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))),
});

/** How news writes one US state after a town: its postal code and news abbreviations, as written. */
export const StateAbbreviationSchema = v.strictObject({
  /** The state's id in divisions.json. */
  division: id,
  written: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Z][A-Za-z.]{1,5}$/))), v.minLength(1)),
});
export type StateAbbreviation = v.InferOutput<typeof StateAbbreviationSchema>;

export const StateAbbreviationsSchema = v.strictObject({
  about: text,
  source: text,
  states: v.array(StateAbbreviationSchema),
});

/** The English adjectives of the countries (import/demonyms.ts), by ISO 3166-1 alpha-2 code. */
export const DemonymsSchema = v.strictObject({
  about: text,
  source: text,
  english: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), v.pipe(v.array(text), v.minLength(1))),
});

/** The national capitals (import/capitals.ts): city id → country id. */
export const CapitalsSchema = v.strictObject({ about: text, capitals: v.record(id, id) });
