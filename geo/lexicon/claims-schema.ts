/**
 * The schemas of the claim rules' lexicon files (claims/*.json), on the pieces of schema.ts. Catalogue
 * entries come out as the rules use them: a source or a piece of equipment with its kind and every way
 * it is written, its display names first.
 */
import * as v from 'valibot';
import { ACTIVITY_KINDS, NameSchema, STANCES } from '../contract';
import { TextSchema, WordListSchema, wordLists, WordsSchema } from './schema';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const iso2 = v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)));
/** Further ways the text writes a catalogue entry, as news writes them; matched like article text. */
const terms = v.array(TextSchema);
/** A catalogue section: what it holds, and its entries. */
const section = <S extends v.GenericSchema>(entry: S) =>
  v.strictObject({ about: TextSchema, entries: v.array(entry) });
/** Word groups that share a value: `{ ...value, words }`, in the order written. */
const groups = <E extends v.ObjectEntries>(value: E) =>
  v.strictObject({
    about: TextSchema,
    groups: v.array(v.strictObject({ ...value, why: v.optional(TextSchema), words: WordsSchema })),
  });

export const ActivitiesSchema = v.strictObject({
  about: TextSchema,
  terms: groups({ kinds: v.array(v.picklist(ACTIVITY_KINDS)) }),
  ...wordLists(
    'delivery',
    'handovers',
    'civilianGoods',
    'movingArmies',
    'exercises',
    'events',
    'downings',
    'interceptions',
    'strikes',
  ),
  launches: v.strictObject({ about: TextSchema, verbs: WordsSchema, projectiles: WordsSchema }),
  retaliations: v.strictObject({ about: TextSchema, threats: WordsSchema, responses: WordsSchema }),
});

export const EQUIPMENT_FAMILIES = [
  'aircraft',
  'helicopter',
  'armour',
  'artillery',
  'air-defence',
  'ship',
  'other',
] as const;

const EquipmentSchema = v.pipe(
  v.strictObject({
    id,
    name: NameSchema,
    kinds: v.array(v.picklist(ACTIVITY_KINDS)),
    /** Entries of one family: a model replaces its family's generic entry named just before it. */
    family: v.picklist(EQUIPMENT_FAMILIES),
    generic: v.boolean(),
    terms,
  }),
  v.transform((e) => ({ ...e, terms: [e.name.ar, e.name.en, ...e.terms] })),
);
export type EquipmentEntry = v.InferOutput<typeof EquipmentSchema>;

export const EquipmentFileSchema = v.strictObject({ about: TextSchema, entries: v.array(EquipmentSchema) });

export type SourceKind = 'person' | 'office' | 'institution' | 'agency';

/** A source the claimants list: its kind is the section it stands in. */
const source = (kind: SourceKind) =>
  v.pipe(
    v.strictObject({
      id,
      party: iso2,
      name: NameSchema,
      /** For people: the offices they are known to hold, by office id. */
      offices: v.optional(v.array(id)),
      /** For an alliance: its member states, whose forces' acts it tells as its own ("NATO jets"). */
      members: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)))),
      terms,
    }),
    v.transform(({ id, party, name, offices, members, terms }) => ({
      id,
      name,
      party,
      kind,
      ...(offices ? { offices } : {}),
      ...(members ? { members } : {}),
      terms: [name.ar, name.en, ...terms],
    })),
  );
export type SourceEntry = v.InferOutput<ReturnType<typeof source>>;

export const ClaimantsSchema = v.strictObject({
  about: TextSchema,
  people: section(source('person')),
  offices: section(source('office')),
  institutions: section(source('institution')),
  agencies: section(source('agency')),
  spokesperson: WordListSchema,
});

const NationalitySchema = v.strictObject({
  key: id,
  party: iso2,
  /** The country's gazetteer id: a nationality standing alone for a state ("اتهامات أمريكية"). */
  government: v.nullable(id),
  name: NameSchema,
  arabicStems: WordsSchema,
  english: WordsSchema,
});
export type Nationality = v.InferOutput<typeof NationalitySchema>;

const SourceNounSchema = v.strictObject({
  kind: id,
  name: NameSchema,
  words: WordsSchema,
  /** Speaks for no state, whatever its nationality (a rights group, an observatory). */
  stateless: v.optional(v.boolean()),
});
export type SourceNoun = v.InferOutput<typeof SourceNounSchema>;

/**
 * An armed service or a command that speaks: a branch (`party` null) is its state's by the nationality
 * named with it; a named command or fleet speaks for `party` with none.
 */
const ForceSchema = v.strictObject({
  key: id,
  party: iso2,
  name: NameSchema,
  words: WordsSchema,
  /** The service's own kind of activity ("the navy": naval), when it speaks of what it did itself. */
  kinds: v.optional(v.array(v.picklist(ACTIVITY_KINDS))),
});
export type Force = v.InferOutput<typeof ForceSchema>;

export const SourcesSchema = v.strictObject({
  about: TextSchema,
  nationalities: section(NationalitySchema),
  nouns: section(SourceNounSchema),
  forces: section(ForceSchema),
  capitalGovernments: v.strictObject({ about: TextSchema, capitals: v.record(id, id) }),
  ...wordLists('titles', 'stateTitles', 'affiliations', 'joiners', 'notNames'),
});

export const FRAME_KINDS = ['verb', 'noun', 'according', 'relayed'] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

export const AttributionSchema = v.strictObject({
  about: TextSchema,
  frames: groups({ kind: v.picklist(FRAME_KINDS) }),
  ...wordLists(
    'topicVerbs',
    'stops',
    'postings',
    'mediaVerbs',
    'openers',
    'impersonals',
    'auxiliaries',
    'demonstratives',
    'articles',
    'continuingPronouns',
    'continuingConjunctions',
    'continuingSubjects',
  ),
});

export const CUE_SCOPES = ['governs', 'predicate', 'verdict'] as const;
export interface StanceCue {
  stance: (typeof STANCES)[number];
  scope: (typeof CUE_SCOPES)[number];
}

export const StanceSchema = v.strictObject({
  about: TextSchema,
  cues: groups({ stance: v.picklist(STANCES), scope: v.picklist(CUE_SCOPES) }),
  ...wordLists(
    'continuationStems',
    'continuationWords',
    'notFutureVerbs',
    'notFutureTense',
    'hypotheticals',
    'silenceVerbs',
    'refusals',
    'comments',
    'negatedActs',
  ),
  ownWord: v.strictObject({
    about: TextSchema,
    announcements: WordsSchema,
    selfReferences: WordsSchema,
    possessives: WordsSchema,
    attachedPossessives: v.array(TextSchema),
    pronouns: WordsSchema,
    auxiliaries: WordsSchema,
    perceptions: WordsSchema,
    governedBy: WordsSchema,
    passives: v.strictObject({ about: TextSchema, agentMarkers: WordsSchema, be: WordsSchema }),
    missions: v.strictObject({ about: TextSchema, speakers: WordsSchema, forces: WordsSchema }),
  }),
});

export const ClausesSchema = v.strictObject({
  about: TextSchema,
  contrastPairs: v.strictObject({ about: TextSchema, pairs: v.array(v.tuple([TextSchema, TextSchema])) }),
  ...wordLists('contrast', 'responses', 'participles', 'anaphors', 'afterComma', 'takeUps', 'questions'),
});

export const DatesSchema = v.strictObject({
  about: TextSchema,
  weekdays: v.strictObject({ about: TextSchema, days: v.pipe(v.array(WordsSchema), v.length(7)) }),
  relativeDays: v.strictObject({
    about: TextSchema,
    offsets: v.array(v.strictObject({ days: v.pipe(v.number(), v.integer()), words: WordsSchema })),
  }),
  months: v.strictObject({ about: TextSchema, names: v.pipe(v.array(WordsSchema), v.length(12)) }),
  ...wordLists('past', 'next'),
});

export const RolesSchema = v.strictObject({
  about: TextSchema,
  ...wordLists(
    'locative',
    'topical',
    'topicOpeners',
    'placeNouns',
    'borders',
    'references',
    'directions',
    'statementVerbs',
    'overs',
    'around',
    'targets',
    'objectBreaks',
    'locating',
  ),
});

export const MovementSchema = v.strictObject({
  about: TextSchema,
  ...wordLists(
    'motion',
    'sending',
    'toward',
    'departure',
    'from',
    'partner',
    'between',
    'bordering',
    'links',
    'self',
    'governing',
    'requests',
    'withdrawal',
  ),
  arrival: v.strictObject({ about: TextSchema, words: WordsSchema, prepositions: WordsSchema }),
});

export const PhrasesSchema = v.strictObject({ about: TextSchema, ...wordLists('fillers') });
