/**
 * The one loader of the lexicon files in this folder: each is imported as JSON (so the browser bundle
 * can hold it too), checked against its schema (schema.ts, through data-file.ts) and read into the form
 * the rules use, word lists as sets of normalised words. A broken file stops the build here, with its
 * name and the entry.
 */
import type * as v from 'valibot';
import { parseDataFile } from '../data-file';
import activitiesJson from './claims/activities.json';
import attributionJson from './claims/attribution.json';
import claimantsJson from './claims/claimants.json';
import clausesJson from './claims/clauses.json';
import datesJson from './claims/dates.json';
import equipmentJson from './claims/equipment.json';
import movementJson from './claims/movement.json';
import phrasesJson from './claims/phrases.json';
import rolesJson from './claims/roles.json';
import sourcesJson from './claims/sources.json';
import stanceJson from './claims/stance.json';
import {
  ActivitiesSchema,
  AttributionSchema,
  ClaimantsSchema,
  ClausesSchema,
  DatesSchema,
  EquipmentFileSchema,
  MovementSchema,
  PhrasesSchema,
  RolesSchema,
  SourcesSchema,
  StanceSchema,
} from './claims-schema';
import englishJson from './english.json';
import facilityTriggersJson from './facility-triggers.json';
import givenNamesJson from './given-names.json';
import nonPlacesJson from './non-places.json';
import peopleJson from './people.json';
import latinLettersJson from './latin-letters.json';
import placeCuesJson from './place-cues.json';
import {
  EnglishSchema,
  FacilityTriggersSchema,
  GivenNamesSchema,
  LatinLettersSchema,
  NonPlacesSchema,
  PeopleSchema,
  PlaceCuesSchema,
  SpellingVariantsSchema,
} from './schema';
import spellingVariantsJson from './spelling-variants.json';

/** Lexicon file `file` of this folder, checked against `schema` and read. */
function loadLexicon<S extends v.GenericSchema>(file: string, schema: S, json: unknown): v.InferOutput<S> {
  return parseDataFile(`geo/lexicon/${file}`, schema, json);
}

/** Words around a place name that say what it is (place-cues.json). */
export const PLACE_CUES = loadLexicon('place-cues.json', PlaceCuesSchema, placeCuesJson);
/** Words that make a name a person's (people.json). */
export const PEOPLE = loadLexicon('people.json', PeopleSchema, peopleJson);
/** The English given names that are also the one-word name of a place (given-names.json, generated). */
export const GIVEN_NAMES = loadLexicon('given-names.json', GivenNamesSchema, givenNamesJson).words;
/** English words around a name, and abbreviations (english.json). */
export const ENGLISH = loadLexicon('english.json', EnglishSchema, englishJson);
/** The letters Arabic writers swap in foreign names, and where names are not foreign (spelling-variants.json). */
export const SPELLING_VARIANTS = loadLexicon(
  'spelling-variants.json',
  SpellingVariantsSchema,
  spellingVariantsJson,
);
/** How Arabic writes the letters of names known only in Latin letters (latin-letters.json). */
export const LATIN_LETTERS = loadLexicon('latin-letters.json', LatinLettersSchema, latinLettersJson);
/** Names and words that make a place name no mention of the place (non-places.json). */
export const NON_PLACES = loadLexicon('non-places.json', NonPlacesSchema, nonPlacesJson);
/** Words that name a facility, by type (facility-triggers.json). */
export const FACILITY_TRIGGERS = loadLexicon(
  'facility-triggers.json',
  FacilityTriggersSchema,
  facilityTriggersJson,
);

/** Words of activity kinds, deliveries, exercises and diplomatic events (claims/activities.json). */
export const ACTIVITY_WORDS = loadLexicon('claims/activities.json', ActivitiesSchema, activitiesJson);
/** The equipment catalogue (claims/equipment.json). */
export const EQUIPMENT = loadLexicon('claims/equipment.json', EquipmentFileSchema, equipmentJson).entries;
/** People, offices, institutions and agencies that speak (claims/claimants.json). */
export const CLAIMANTS = loadLexicon('claims/claimants.json', ClaimantsSchema, claimantsJson);
/** What names an unnamed source, and capitals that speak for their state (claims/sources.json). */
export const SOURCE_WORDS = loadLexicon('claims/sources.json', SourcesSchema, sourcesJson);
/** Attribution words and the words around a source's name (claims/attribution.json). */
export const ATTRIBUTION_WORDS = loadLexicon('claims/attribution.json', AttributionSchema, attributionJson);
/** Stance cues and what keeps a verb from the future (claims/stance.json). */
export const STANCE_WORDS = loadLexicon('claims/stance.json', StanceSchema, stanceJson);
/** Words that open a clause, and words that point back to a claim (claims/clauses.json). */
export const CLAUSE_WORDS = loadLexicon('claims/clauses.json', ClausesSchema, clausesJson);
/** Weekdays, relative days and months (claims/dates.json). */
export const DATE_WORDS = loadLexicon('claims/dates.json', DatesSchema, datesJson);
/** Words that give a place its role in a clause (claims/roles.json). */
export const ROLE_WORDS = loadLexicon('claims/roles.json', RolesSchema, rolesJson);
/** Words of movement, origin and destination (claims/movement.json). */
export const MOVEMENT_WORDS = loadLexicon('claims/movement.json', MovementSchema, movementJson);
/** Words a lexicon phrase may hold without breaking (claims/phrases.json). */
export const PHRASE_WORDS = loadLexicon('claims/phrases.json', PhrasesSchema, phrasesJson);
