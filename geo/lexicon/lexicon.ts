/**
 * The one loader of the lexicon files in this folder: each is imported as JSON (so the browser bundle
 * can hold it too), checked against its schema (schema.ts, through data-file.ts) and read into the form
 * the rules use, word lists as sets of normalised words. A broken file stops the build here, with its
 * name and the entry.
 */
import type * as v from 'valibot';
import { parseDataFile } from '../data-file';
import englishJson from './english.json';
import facilityTriggersJson from './facility-triggers.json';
import nonPlacesJson from './non-places.json';
import peopleJson from './people.json';
import placeCuesJson from './place-cues.json';
import {
  EnglishSchema,
  FacilityTriggersSchema,
  NonPlacesSchema,
  PeopleSchema,
  PlaceCuesSchema,
} from './schema';

/** Lexicon file `file` of this folder, checked against `schema` and read. */
function loadLexicon<S extends v.GenericSchema>(file: string, schema: S, json: unknown): v.InferOutput<S> {
  return parseDataFile(`geo/lexicon/${file}`, schema, json);
}

/** Words around a place name that say what it is (place-cues.json). */
export const PLACE_CUES = loadLexicon('place-cues.json', PlaceCuesSchema, placeCuesJson);
/** Words that make a name a person's (people.json). */
export const PEOPLE = loadLexicon('people.json', PeopleSchema, peopleJson);
/** English words around a name, and abbreviations (english.json). */
export const ENGLISH = loadLexicon('english.json', EnglishSchema, englishJson);
/** Names and words that make a place name no mention of the place (non-places.json). */
export const NON_PLACES = loadLexicon('non-places.json', NonPlacesSchema, nonPlacesJson);
/** Words that name a facility, by type (facility-triggers.json). */
export const FACILITY_TRIGGERS = loadLexicon(
  'facility-triggers.json',
  FacilityTriggersSchema,
  facilityTriggersJson,
);
