/**
 * The gazetteer shipped with dalil: countries (Natural Earth, i18n-iso-countries), cities (GeoNames), and
 * curated facilities, regions and waters, which override imported entries of the same id.
 * Sources and coverage: README.md in this folder.
 */
import type { GazetteerEntry } from './entry';
import { createGazetteer, type Gazetteer } from './gazetteer';
import countries from './countries.json';
import cities from './cities.json';
import ambiguousCities from './cities-ambiguous.json';
import curated from './curated.json';

let cached: Gazetteer | null = null;

/** The default gazetteer, built on first use. The JSON files are validated by the tests and the build. */
export function defaultGazetteer(): Gazetteer {
  cached ??= createGazetteer(
    [countries, cities, curated] as unknown as GazetteerEntry[][],
    ambiguousCities as string[],
  );
  return cached;
}

/** Every entry list, by file name, for validation. */
export const GAZETTEER_FILES: Record<string, unknown> = {
  'countries.json': countries,
  'cities.json': cities,
  'curated.json': curated,
};
