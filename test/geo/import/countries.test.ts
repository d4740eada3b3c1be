import countries from 'i18n-iso-countries';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GazetteerEntrySchema, type GazetteerEntry } from '../../../geo/gazetteer/entry';
import { COUNTRY_CURATION } from '../../../geo/import/curation';
import countriesJson from '../../../geo/gazetteer/countries.json';

const entries = countriesJson as GazetteerEntry[];
const byIso2 = new Map(entries.map((e) => [e.iso2, e]));

function inBox(iso2: string, [west, south, east, north]: [number, number, number, number]): boolean {
  const [lng, lat] = byIso2.get(iso2)!.lngLat;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

describe('countries.json', () => {
  it('validates every entry against the gazetteer schema', () => {
    for (const entry of entries) expect(v.safeParse(GazetteerEntrySchema, entry).issues).toBeUndefined();
  });

  it('keeps every country of ISO 3166-1', () => {
    expect([...byIso2.keys()].sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
    expect(entries.every((e) => e.kind === 'country')).toBe(true);
  });

  it('uses the short English name as id', () => {
    const ids = Object.fromEntries(entries.map((e): [string, string] => [e.iso2 ?? '', e.id]));
    expect(ids).toMatchObject({
      SY: 'syria',
      RU: 'russia',
      US: 'united-states',
      GB: 'united-kingdom',
      SA: 'saudi-arabia',
      TR: 'turkey',
      IR: 'iran',
      AE: 'united-arab-emirates',
      TJ: 'tajikistan',
    });
  });

  it('places Syria inside Syria', () => {
    expect(inBox('SY', [35.7, 32.3, 42.4, 37.3])).toBe(true);
  });

  it("puts France's point in metropolitan France", () => {
    expect(inBox('FR', [-5, 42.3, 8.2, 51.1])).toBe(true);
  });

  it("puts the United States' point in the contiguous states, not between Alaska and Hawaii", () => {
    expect(inBox('US', [-125, 25, -67, 49])).toBe(true);
  });

  it("puts Russia's and Norway's points on their mainland", () => {
    expect(inBox('RU', [30, 50, 140, 70])).toBe(true);
    expect(inBox('NO', [5, 58, 31, 71])).toBe(true);
  });

  it('keeps countries that straddle the antimeridian on their main island', () => {
    expect(inBox('FJ', [177, -18.3, 178.7, -17.2])).toBe(true);
  });

  it('gives the Arabic spellings news uses', () => {
    const arabic = (iso2: string) => [byIso2.get(iso2)!.name.ar, ...byIso2.get(iso2)!.aliases.ar];
    expect(arabic('SY')).toEqual(expect.arrayContaining(['سوريا', 'سورية']));
    expect(arabic('US')).toEqual(expect.arrayContaining(['الولايات المتحدة', 'أمريكا', 'أميركا']));
    expect(arabic('RU')).toEqual(expect.arrayContaining(['روسيا', 'روسيا الاتحادية']));
    expect(arabic('GB')).toEqual(expect.arrayContaining(['بريطانيا', 'المملكة المتحدة']));
    expect(arabic('TJ')).toEqual(expect.arrayContaining(['طاجيكستان', 'طاجكستان']));
  });

  it('does not list demonyms as aliases', () => {
    const all = new Set(entries.flatMap((e) => [...e.aliases.ar, ...e.aliases.en]));
    for (const demonym of [
      'Russian',
      'Syrian',
      'American',
      'روسي',
      'الروسي',
      'الروسية',
      'السوري',
      'الأمريكي',
    ])
      expect(all).not.toContain(demonym);
  });

  it('names every ambiguous country by an id that exists', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const { id } of COUNTRY_CURATION.ambiguousNames.names) expect(ids).toContain(id);
  });
});
