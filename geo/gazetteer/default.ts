/**
 * The gazetteer shipped with dalil: countries (Natural Earth, i18n-iso-countries), cities (GeoNames), first-level
 * divisions and continents (Natural Earth admin-1), and
 * curated facilities, regions and waters, which override imported entries of the same id; with the
 * facility rules that name facilities after their towns. Sources and coverage: README.md in this folder.
 *
 * The one loader of this folder's data files. The entry lists are large: the build and the tests check
 * them against the entry schema (GAZETTEER_FILES); the small hand-written tables are checked here. The
 * gazetteer ready for matching is built from them a floor up, in match/default-gazetteer.ts.
 */
import { parseDataFile } from '../data-file';
import type { GazetteerEntry } from './entry';
import { DemonymsSchema, FacilityRulesSchema, StateAbbreviationsSchema, WaterLabelsSchema } from './schema';
import countries from './countries.json';
import cities from './cities.json';
import smallTowns from './small-towns.json';
import ambiguousCities from './cities-ambiguous.json';
import ambiguousSmallTowns from './small-towns-ambiguous.json';
import curated from './curated.json';
import demonyms from './demonyms.json';
import divisions from './divisions.json';
import usCounties from './us-counties.json';
import facilityRules from './facility-rules.json';
import stateAbbreviations from './state-abbreviations.json';
import waterLabels from './water-labels.json';

/** The English adjectives of the countries, by ISO code (demonyms.json). */
export const DEMONYMS = parseDataFile('geo/gazetteer/demonyms.json', DemonymsSchema, demonyms).english;

/** Which facility a facility word near a town means (facility-rules.json). */
export const FACILITY_RULES = parseDataFile(
  'geo/gazetteer/facility-rules.json',
  FacilityRulesSchema,
  facilityRules,
).rules;

/** How news writes a US state after a town, "Dallas, TX" (state-abbreviations.json). */
export const STATE_ABBREVIATIONS = parseDataFile(
  'geo/gazetteer/state-abbreviations.json',
  StateAbbreviationsSchema,
  stateAbbreviations,
).states;

/** The zoom from which the base map labels the seas whose size their name does not tell (water-labels.json). */
export const WATER_LABEL_ZOOMS: Readonly<Record<string, number>> = parseDataFile(
  'geo/gazetteer/water-labels.json',
  WaterLabelsSchema,
  waterLabels,
).minZoom;

/**
 * The entry lists, each overriding the ones before it entry by entry: countries, cities, small towns,
 * first-level divisions and continents, US counties, curated.
 */
export const ENTRY_LISTS = [
  countries,
  cities,
  smallTowns,
  divisions,
  usCounties,
  curated,
] as unknown as GazetteerEntry[][];

/**
 * Ids of the towns of small-towns.json: each is read only near another place of its article, after its
 * state or after a word that names it a town (resolve/settlement-support.ts).
 */
export const SMALL_TOWNS: readonly string[] = (smallTowns as unknown as GazetteerEntry[]).map((e) => e.id);

/**
 * Ids of the towns whose names are also common words or person names (cities-ambiguous.json), and of the
 * small towns named like everyday English words (small-towns-ambiguous.json).
 */
export const AMBIGUOUS_CITIES: readonly string[] = [...ambiguousCities, ...ambiguousSmallTowns];

/** Every entry list, by file name, for validation. */
export const GAZETTEER_FILES: Record<string, unknown> = {
  'countries.json': countries,
  'cities.json': cities,
  'small-towns.json': smallTowns,
  'divisions.json': divisions,
  'us-counties.json': usCounties,
  'curated.json': curated,
};
