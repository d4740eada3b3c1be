/**
 * Turns the US Census Bureau's counties (as the npm package us-atlas ships them) into gazetteer entries of
 * kind `region`: "Laurel County", "Lafourche Parish". US local news names counties as often as towns
 * ("deputies of the Laurel County sheriff's office"), always with the county word, so an entry is named
 * with it only: a bare "Laurel" stays a word or a town.
 *
 * Left out: the places the Census counts as counties that are no county by name (Virginia's independent
 * cities and the three others, whose names are their cities'; the District of Columbia; Alaska's boroughs
 * and census areas, whose kind the data does not say), and the territories' districts and municipios. Many counties share a
 * name (thirty "Washington County"): the reading chooses among them by the state written after the name
 * or by the article's other places (resolve/choose-entry.ts).
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { kebabId } from './kebab-id';
import { roundLngLat } from './round-lng-lat';

/** One county as read from the topology: its FIPS code (state's 2 digits, county's 3), name and point. */
export interface CountyShape {
  fips: string;
  name: string;
  lngLat: [number, number];
}

/** What the builder needs to know of a state: its id in divisions.json and its postal code. */
export interface CountyState {
  division: string;
  postal: string;
}

/** The state FIPS codes whose counties go by another word, and those left out (above). */
const PARISH_STATES = new Set(['22']);
const LEFT_OUT_STATES = new Set(['02', '11']);
/** The fifty states and the District have FIPS codes up to 56; the territories' are above. */
const LAST_STATE_FIPS = 56;
/** County codes from 500 up are independent cities (Virginia's, Baltimore, St. Louis, Carson City). */
const FIRST_INDEPENDENT_CITY = 500;

export function buildUsCounties(
  counties: readonly CountyShape[],
  stateOf: (fips: string) => CountyState | undefined,
  source: string,
): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const county of [...counties].sort((a, b) => a.fips.localeCompare(b.fips))) {
    const stateFips = county.fips.slice(0, 2);
    if (
      LEFT_OUT_STATES.has(stateFips) ||
      Number(stateFips) > LAST_STATE_FIPS ||
      Number(county.fips.slice(2)) >= FIRST_INDEPENDENT_CITY
    )
      continue;
    const state = stateOf(stateFips);
    if (!state)
      throw new Error(`county ${county.fips} (${county.name}): no state with FIPS code ${stateFips}`);
    const word = PARISH_STATES.has(stateFips) ? 'Parish' : 'County';
    const name = `${county.name} ${word}`;
    entries.push({
      id: kebabId(`${name} ${state.postal}`),
      kind: 'region',
      iso2: 'US',
      // No Arabic name is known: the English one stands in (the source says so), as for towns.
      name: { ar: name, en: name },
      aliases: { ar: [], en: [] },
      lngLat: roundLngLat(...county.lngLat),
      source: source.replace('{fips}', county.fips),
    });
  }
  return entries;
}
