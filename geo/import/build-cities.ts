/**
 * Turns the GeoNames cities dump into gazetteer entries: which cities to keep, their names and ids.
 *
 * Kept: every city of the dump (15,000+ people), under its Arabic name when GeoNames or a correction has
 * one, else under its English name alone, so English articles find it wherever it lies: news of a war names
 * the towns of its theatre, and the theatres change. For those, `name.ar` repeats the English name, the
 * schema requiring one; the source string says so. Ids are chosen in three rounds, so that keeping more
 * towns renames none kept before: the cities with an Arabic name, the capitals and the Syrian theatre's
 * (THEATRE) first, then those without one in the other theatres and powers (ENGLISH_NAMES), then those
 * without one elsewhere. A kept
 * town of an Arabic-speaking country that libgeonames leaves without an Arabic name takes the one its
 * GeoNames alternate names agree on (geonames-alternates.ts), if any: no town is kept for it, so no id moves.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { foldArabic } from './arabic-fold';
import { assignCityIds } from './city-ids';
import { cleanName } from './clean-name';
import { CITY_CURATION, ENGLISH_NAMES, THEATRE, type CityCorrection } from './curation';
import { alternateArabicName } from './geonames-alternates';
import { geonamesArabicName } from './geonames-arabic-name';
import type { GeonamesCity } from './geonames-tsv';
import { roundLngLat } from './round-lng-lat';
import { SPELLING_VARIANTS } from '../lexicon/lexicon';

/** The corrections of curation/cities.json, by geonameid. */
const CORRECTIONS: ReadonlyMap<number, CityCorrection> = new Map(
  CITY_CURATION.corrections.groups.flatMap((g) => g.cities).map((c) => [c.geonameid, c]),
);
const ADDED = CITY_CURATION.added.cities;

export interface CitiesBuild {
  entries: GazetteerEntry[];
  /** Capital names of the curation that the dump lacks: misspellings, or places under 15,000. */
  missingCapitals: string[];
  /** Ids of entries whose Arabic name comes from GeoNames' alternate names. */
  fromAlternates: string[];
  /** Ids of entries whose name.ar is only the English name repeated. */
  withoutArabic: string[];
  /** Corrected geonameids that match no city of the dump: typos, or cities the dump dropped. */
  unusedCorrections: number[];
}

/** Keeps the first of names equal once folded, leaving out those equal to a display name. */
function distinct(display: string, names: readonly string[], fold: (s: string) => string): string[] {
  const seen = new Set([fold(display)]);
  return names.filter((name) => {
    const key = fold(name);
    if (name.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const foldLatin = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The geonameids of the capitals, the most populous match when a country has two of one name. */
function findCapitals(cities: readonly GeonamesCity[]): { ids: Set<number>; missing: string[] } {
  const ids = new Set<number>();
  const missing: string[] = [];
  for (const { iso2, names } of CITY_CURATION.capitals.countries) {
    for (const name of names) {
      const matches = cities.filter((c) => c.iso2 === iso2 && c.nameEn === name);
      const best = matches.sort((a, b) => b.population - a.population)[0];
      if (best) ids.add(best.geonameid);
      else missing.push(`${iso2} ${name}`);
    }
  }
  return { ids, missing };
}

/** The Arabic name GeoNames' alternate names give a town of an Arabic-speaking country, or null. */
function arabicSpeakingAlternate(
  city: GeonamesCity,
  names: ReadonlyMap<number, readonly string[]>,
): string | null {
  if (!SPELLING_VARIANTS.arabicSpeaking.codes.has(city.iso2)) return null;
  return alternateArabicName(names.get(city.geonameid) ?? []);
}

/**
 * @param cities the parsed dump
 * @param reservedIds ids other files already use (countries), which no city may take
 * @param sourceOf the source string of a city, given its geonameid
 * @param alternates GeoNames' Arabic-script alternate names by geonameid, and where they come from
 */
export function buildCities(
  cities: readonly GeonamesCity[],
  reservedIds: ReadonlySet<string>,
  sourceOf: (geonameid: number) => string,
  alternates: { names: ReadonlyMap<number, readonly string[]>; source: string } = {
    names: new Map(),
    source: '',
  },
): CitiesBuild {
  const capitals = findCapitals(cities);
  const kept = cities.flatMap((city) => {
    const correction: Partial<CityCorrection> = CORRECTIONS.get(city.geonameid) ?? {};
    if (correction.geonames !== undefined && correction.geonames !== city.nameEn)
      throw new Error(
        `correction ${city.geonameid} names "${correction.geonames}"; the dump names it "${city.nameEn}"`,
      );
    const ar = correction.ar ?? geonamesArabicName(city.nameAr);
    const capital = capitals.ids.has(city.geonameid);
    // Kept for its English name alone: it takes no id another city had before it was added.
    const late = ar === null && !capital && !THEATRE.has(city.iso2);
    const last = late && !ENGLISH_NAMES.has(city.iso2);
    const alternate = ar === null ? arabicSpeakingAlternate(city, alternates.names) : null;
    const en = correction.en ?? cleanName(city.nameEn);
    return [{ city, correction, ar: ar ?? alternate, alternate: alternate !== null, en, late, last }];
  });

  const ids = assignCityIds(
    kept.map(({ city, correction, en, late, last }) => ({
      geonameid: city.geonameid,
      fixedId: correction.id,
      nameEn: en,
      iso2: city.iso2,
      admin1Name: city.admin1Name,
      population: city.population,
      late,
      last,
    })),
    new Set([...reservedIds, ...ADDED.map((m) => m.id)]),
  );

  const withoutArabic: string[] = [];
  const fromAlternates: string[] = [];
  const entries: GazetteerEntry[] = kept.map(({ city, correction, ar, alternate, en }) => {
    const id = ids.get(city.geonameid)!;
    const nameAr = ar ?? en;
    if (ar === null) withoutArabic.push(id);
    // A replaced English name is still a spelling some sources use ("Dayr az Zawr").
    const enAliases = [...(correction.aliasesEn ?? []), cleanName(city.nameEn)];
    let source = sourceOf(city.geonameid);
    if (correction.ar !== undefined) source += '; Arabic name from dalil overrides';
    if (alternate) fromAlternates.push(id);
    if (alternate) source += `; Arabic name from GeoNames' alternate names via ${alternates.source}`;
    if (ar === null) source += '; no Arabic name known: name.ar repeats the English name';
    return {
      id,
      kind: 'settlement',
      iso2: city.iso2,
      name: { ar: nameAr, en },
      aliases: {
        ar: ar === null ? [] : distinct(nameAr, correction.aliasesAr ?? [], foldArabic),
        en: distinct(en, enAliases, foldLatin),
      },
      lngLat: roundLngLat(city.lng, city.lat),
      source,
      population: city.population,
    };
  });

  for (const added of ADDED) {
    entries.push({
      id: added.id,
      kind: 'settlement',
      iso2: added.iso2,
      name: { ar: added.ar, en: added.en },
      aliases: { ar: [...added.aliasesAr], en: [...added.aliasesEn] },
      lngLat: added.lngLat,
      source: added.source,
      population: added.population,
    });
  }

  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const present = new Set(cities.map((c) => c.geonameid));
  const unusedCorrections = [...CORRECTIONS.keys()]
    .filter((geonameid) => !present.has(geonameid))
    .sort((a, b) => a - b);
  return {
    entries,
    missingCapitals: capitals.missing,
    fromAlternates: fromAlternates.sort(),
    withoutArabic: withoutArabic.sort(),
    unusedCorrections,
  };
}
