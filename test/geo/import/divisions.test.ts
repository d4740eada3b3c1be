/**
 * geo/import/build-divisions.ts on a few divisions written here, and geo/gazetteer/divisions.json as
 * imported: a division is named bare only where no other place takes the name.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import countriesJson from '../../../geo/gazetteer/countries.json';
import citiesJson from '../../../geo/gazetteer/cities.json';
import curatedJson from '../../../geo/gazetteer/curated.json';
import divisionsJson from '../../../geo/gazetteer/divisions.json';
import { GazetteerEntrySchema, type GazetteerEntry } from '../../../geo/gazetteer/entry';
import { foldArabic } from '../../../geo/import/arabic-fold';
import {
  bareArabic,
  bareEnglish,
  buildDivisions,
  SAME_PLACE_KM,
  type DivisionFeature,
} from '../../../geo/import/build-divisions';
import { planeKm } from '../../../geo/resolve/qualified-name';
import { DIVISION_CURATION } from '../../../geo/import/curation';

const feature = (f: Partial<DivisionFeature> & Pick<DivisionFeature, 'name_en' | 'name_ar'>) => ({
  iso_a2: 'ZZ',
  type_en: 'State',
  latitude: 10,
  longitude: 20,
  adm1_code: `ZZZ-${f.name_en}`,
  scalerank: 3,
  ...f,
});

function build(features: DivisionFeature[], taken: string[] = [], common: string[] = []): GazetteerEntry[] {
  return buildDivisions(features, {
    curation: DIVISION_CURATION,
    takenNames: new Set(taken.map(foldArabic)),
    takenIds: new Set(['taken-state']),
    commonWords: new Set(common.map(foldArabic)),
    source: 'test {code}',
  }).filter((e) => e.iso2 === 'ZZ');
}

describe('buildDivisions', () => {
  it("names a division of bareAmongNamesakes' countries bare though a country, a small town or another country's division has the name", () => {
    const features = [
      feature({ name_en: 'Farland', name_ar: 'ولاية فارلاند', iso_a2: 'US' }),
      feature({ name_en: 'Farland', name_ar: 'مقاطعة فارلاند', iso_a2: 'ZZ', type_en: 'Department' }),
      feature({ name_en: 'Bigton', name_ar: 'ولاية بيغتون', iso_a2: 'US' }),
    ];
    const entries = buildDivisions(features, {
      curation: DIVISION_CURATION,
      takenNames: new Set(['Farland', 'Bigton'].map(foldArabic)),
      takenIds: new Set(),
      commonWords: new Set(),
      yieldingNames: new Set([foldArabic('Farland')]),
      source: 'test {code}',
    });
    expect(entries.filter((e) => e.iso2 !== null).map((e) => [e.iso2, e.name.en])).toEqual([
      ['US', 'Bigton State'],
      ['US', 'Farland'],
      ['ZZ', 'Farland Department'],
    ]);
  });

  it('names a division bare beside a town of its country under its English name alone at its very point', () => {
    const features = [
      feature({ name_en: 'Portly', name_ar: 'بورتلي', type_en: 'Autonomous City', iso_a2: 'ZZ' }),
      feature({ name_en: 'Farby', name_ar: 'فاربي', iso_a2: 'ZZ', longitude: 22 }),
    ];
    const entries = buildDivisions(features, {
      curation: DIVISION_CURATION,
      takenNames: new Set(['Portly', 'Farby'].map(foldArabic)),
      takenIds: new Set(),
      commonWords: new Set(),
      // Portly lies 1 km from its division's point; Farby 100 km from its.
      englishOnlyTowns: new Map([
        [`ZZ ${foldArabic('Portly')}`, [[20.01, 10]]],
        [`ZZ ${foldArabic('Farby')}`, [[21.1, 10]]],
      ]),
      source: 'test {code}',
    });
    expect(entries.filter((e) => e.iso2 === 'ZZ').map((e) => e.name.en)).toEqual(['Farby State', 'Portly']);
  });

  it('names a division bare and with its division word in both languages', () => {
    const [entry] = build([feature({ name_en: 'Farland', name_ar: 'ولاية فارلاند' })]);
    expect(entry).toMatchObject({
      id: 'farland-state',
      kind: 'region',
      iso2: 'ZZ',
      name: { en: 'Farland', ar: 'فارلاند' },
      aliases: { en: ['Farland state'], ar: ['ولاية فارلاند'] },
      lngLat: [20, 10],
      source: 'test ZZZ-Farland',
    });
  });

  it('leaves a bare name to the town that has it: the division is named with its word only', () => {
    const [entry] = build(
      [feature({ name_en: 'Townsby', name_ar: 'تاونزبي', type_en: 'Governorate' })],
      ['Townsby', 'تاونزبي'],
    );
    expect(entry!.name).toEqual({ en: 'Townsby Governorate', ar: 'محافظة تاونزبي' });
    const names = [...entry!.aliases.en, ...entry!.aliases.ar];
    expect(names).not.toContain('Townsby');
    expect(names).not.toContain('تاونزبي');
  });

  it('keeps the source name with its own division word, and reads it without it', () => {
    const [entry] = build(
      [feature({ name_en: 'Stonegrad Krai', name_ar: 'ستونغراد كراي', type_en: 'Krai' })],
      ['Stonegrad'],
    );
    expect(entry!.name.en).toBe('Stonegrad Krai');
    expect(entry!.aliases.ar).toContain('إقليم ستونغراد');
  });

  it('never names bare a generic name, a common word, a short Arabic word or a name two divisions share', () => {
    const entries = build(
      [
        feature({ name_en: 'Northern', name_ar: 'الشمالية', type_en: 'Region' }),
        feature({ name_en: 'Morning', name_ar: 'صباح' }),
        feature({ name_en: 'Twinland', name_ar: 'توينلاند', iso_a2: 'ZZ' }),
        feature({ name_en: 'Twinland', name_ar: 'توينلاند', iso_a2: 'ZZ', adm1_code: 'ZZZ-2' }),
        feature({ name_en: 'Navalia', name_ar: 'البحرية', type_en: 'Region' }),
      ],
      [],
      ['Morning'],
    );
    const bare = entries.flatMap((e) => [e.name.en, e.name.ar]);
    for (const name of ['Northern', 'الشمالية', 'Morning', 'صباح', 'Twinland', 'توينلاند', 'البحرية'])
      expect(bare).not.toContain(name);
    expect(bare).toContain('Navalia');
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('names with its division word only an English name that folds past the case check or is an English word', () => {
    const entries = build([
      feature({ name_en: 'Štore', name_ar: 'شتوره' }),
      feature({ name_en: 'Gulf', name_ar: 'غولف', type_en: 'Province' }),
    ]);
    expect(entries.map((e) => e.name.en)).toEqual(['Gulf Province', 'Štore State']);
  });

  it('names a little-known division by one Arabic word only with its division word', () => {
    const [known, obscure] = build([
      feature({ name_en: 'Bigstate', name_ar: 'بيغستيت', scalerank: 2 }),
      feature({ name_en: 'Smallprov', name_ar: 'سمولبروف', scalerank: 8, type_en: 'Province' }),
    ]);
    expect(known!.name.ar).toBe('بيغستيت');
    expect(obscure!.name.ar).toBe('محافظة سمولبروف');
    expect(obscure!.name.en).toBe('Smallprov');
  });

  it('gives a taken id the country code, and skips the countries curated by hand', () => {
    const entries = build([
      feature({ name_en: 'Taken', name_ar: 'تاكن' }),
      feature({ name_en: 'Skipped', name_ar: 'سكيبد', iso_a2: 'SY' }),
    ]);
    expect(entries.map((e) => e.id)).toEqual(['taken-state-zz']);
  });
});

describe('bareArabic and bareEnglish', () => {
  it('drop the division word', () => {
    expect(bareArabic('ولاية جنوب دارفور', ['ولاية'])).toBe('جنوب دارفور');
    expect(bareArabic('كراسنودار كراي', [], ['كراي'])).toBe('كراسنودار');
    expect(bareArabic('ولاية', ['ولاية'])).toBe('ولاية');
    expect(bareEnglish('Krasnodar Krai', ['krai'])).toBe('Krasnodar');
    expect(bareEnglish('Texas', ['State'])).toBe('Texas');
  });
});

describe('divisions.json', () => {
  const divisions = divisionsJson as GazetteerEntry[];
  const others = [countriesJson, citiesJson, curatedJson].flat() as GazetteerEntry[];

  it('holds valid region entries with ids of their own', () => {
    for (const entry of divisions) expect(v.is(GazetteerEntrySchema, entry), entry.id).toBe(true);
    expect(divisions.every((e) => e.kind === 'region')).toBe(true);
    const ids = new Set(others.map((e) => e.id));
    expect(divisions.filter((e) => ids.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('names a division bare only where no country, town or curated place has the name, but a US state where only a country, a small or a foreign town has it, and a division where only its own town under an English name has it', () => {
    const holders = new Map<string, GazetteerEntry[]>();
    for (const e of others)
      for (const n of new Set([e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en].map(foldArabic)))
        holders.set(n, [...(holders.get(n) ?? []), e]);
    const clashes = divisions
      .filter((e) => e.iso2 !== null)
      .flatMap((d) =>
        [d.name.ar, d.name.en, ...d.aliases.ar, ...d.aliases.en]
          .filter((n) => holders.has(foldArabic(n)))
          .map((n) => ({ d, n, held: holders.get(foldArabic(n))! })),
      );
    const us = clashes.filter(({ d }) => d.iso2 === 'US').map(({ n }) => n);
    expect(us.sort()).toEqual([
      'Colorado',
      'Delaware',
      'Florida',
      'Georgia',
      'Montana',
      'Oregon',
      'Virginia',
      'Wyoming',
    ]);
    for (const { d, held } of clashes)
      for (const e of held) {
        const yields =
          d.iso2 === 'US'
            ? e.kind === 'country' || (e.population ?? 0) < 100_000 || e.iso2 !== 'US'
            : e.kind === 'settlement' &&
              e.iso2 === d.iso2 &&
              e.name.ar === e.name.en &&
              planeKm(e.lngLat, d.lngLat) <= SAME_PLACE_KM + 0.1;
        expect(yields, `${d.id} / ${e.id}`).toBe(true);
      }
    expect(divisions.find((e) => e.id === 'ceuta-autonomous-city')?.name.en).toBe('Ceuta');
  });

  it('covers the divisions and continents news names', () => {
    const byName = new Map(
      divisions.flatMap((e) =>
        [e.name.en, ...e.aliases.en, e.name.ar, ...e.aliases.ar].map((n) => [n, e.id]),
      ),
    );
    expect(byName.get('South Darfur')).toBe('south-darfur-state');
    expect(byName.get('ولاية شمال دارفور')).toBe('north-darfur-state');
    expect(byName.get('Texas')).toBe('texas-state');
    expect(byName.get('Krasnodar Krai')).toBe('krasnodar-territory');
    expect(byName.get('أفريقيا')).toBe('africa');
    expect(byName.get('إفريقيا')).toBe('africa');
    expect(byName.get('Africa')).toBe('africa');
  });
});
