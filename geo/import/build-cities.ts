/**
 * Turns the GeoNames cities dump into gazetteer entries: which cities to keep, their names and ids.
 *
 * Kept: every city with an Arabic name (GeoNames' or an override's), plus, without one, every national
 * capital and every city of the Syrian theatre (THEATRE), so English articles still find them. For
 * those, `name.ar` repeats the English name, the schema requiring one; the source string says so.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { foldArabic } from './arabic-fold';
import { CAPITALS } from './capitals';
import { assignCityIds } from './city-ids';
import { CITY_OVERRIDES } from './city-overrides';
import { cleanName } from './clean-name';
import { geonamesArabicName } from './geonames-arabic-name';
import type { GeonamesCity } from './geonames-tsv';
import { MANUAL_CITIES } from './manual-cities';
import { roundLngLat } from './round-lng-lat';

/** Countries whose every city of 15,000+ is kept, Arabic name or not: Syria and its neighbours. */
export const THEATRE: ReadonlySet<string> = new Set(['SY', 'LB', 'IQ', 'JO', 'TR', 'IL', 'PS', 'CY']);

export interface CitiesBuild {
  entries: GazetteerEntry[];
  /** Capital names from capitals.ts that the dump lacks: misspellings, or places under 15,000. */
  missingCapitals: string[];
  /** Ids of entries whose name.ar is only the English name repeated. */
  withoutArabic: string[];
  /** Override keys that match no city of the dump: typos, or cities the dump dropped. */
  unusedOverrides: number[];
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
  for (const [iso2, names] of Object.entries(CAPITALS)) {
    for (const name of names) {
      const matches = cities.filter((c) => c.iso2 === iso2 && c.nameEn === name);
      const best = matches.sort((a, b) => b.population - a.population)[0];
      if (best) ids.add(best.geonameid);
      else missing.push(`${iso2} ${name}`);
    }
  }
  return { ids, missing };
}

/**
 * @param cities the parsed dump
 * @param reservedIds ids other files already use (countries), which no city may take
 * @param sourceOf the source string of a city, given its geonameid
 */
export function buildCities(
  cities: readonly GeonamesCity[],
  reservedIds: ReadonlySet<string>,
  sourceOf: (geonameid: number) => string,
): CitiesBuild {
  const capitals = findCapitals(cities);
  const kept = cities.flatMap((city) => {
    const override = CITY_OVERRIDES[city.geonameid] ?? {};
    const ar = override.ar ?? geonamesArabicName(city.nameAr);
    if (ar === null && !capitals.ids.has(city.geonameid) && !THEATRE.has(city.iso2)) return [];
    return [{ city, override, ar, en: override.en ?? cleanName(city.nameEn) }];
  });

  const ids = assignCityIds(
    kept.map(({ city, override, en }) => ({
      geonameid: city.geonameid,
      fixedId: override.id,
      nameEn: en,
      iso2: city.iso2,
      admin1Name: city.admin1Name,
      population: city.population,
    })),
    new Set([...reservedIds, ...MANUAL_CITIES.map((m) => m.id)]),
  );

  const withoutArabic: string[] = [];
  const entries: GazetteerEntry[] = kept.map(({ city, override, ar, en }) => {
    const id = ids.get(city.geonameid)!;
    const nameAr = ar ?? en;
    if (ar === null) withoutArabic.push(id);
    // A replaced English name is still a spelling some sources use ("Dayr az Zawr").
    const enAliases = [...(override.aliasesEn ?? []), cleanName(city.nameEn)];
    let source = sourceOf(city.geonameid);
    if (override.ar !== undefined) source += '; Arabic name from dalil overrides';
    if (ar === null) source += '; no Arabic name known: name.ar repeats the English name';
    return {
      id,
      kind: 'settlement',
      iso2: city.iso2,
      name: { ar: nameAr, en },
      aliases: {
        ar: ar === null ? [] : distinct(nameAr, override.aliasesAr ?? [], foldArabic),
        en: distinct(en, enAliases, foldLatin),
      },
      lngLat: roundLngLat(city.lng, city.lat),
      source,
      population: city.population,
    };
  });

  for (const manual of MANUAL_CITIES) {
    entries.push({
      id: manual.id,
      kind: 'settlement',
      iso2: manual.iso2,
      name: { ar: manual.ar, en: manual.en },
      aliases: { ar: [...manual.aliasesAr], en: [...manual.aliasesEn] },
      lngLat: manual.lngLat,
      source: manual.note,
      population: manual.population,
    });
  }

  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const present = new Set(cities.map((c) => c.geonameid));
  const unusedOverrides = Object.keys(CITY_OVERRIDES)
    .map(Number)
    .filter((geonameid) => !present.has(geonameid));
  return { entries, missingCapitals: capitals.missing, withoutArabic: withoutArabic.sort(), unusedOverrides };
}
