import { describe, expect, it } from 'vitest';
import { buildSmallTowns, parseCities500 } from '../../../geo/import/build-small-towns';
import smallTowns from '../../../geo/gazetteer/small-towns.json';
import citiesJson from '../../../geo/gazetteer/cities.json';
import type { GazetteerEntry } from '../../../geo/gazetteer/entry';

/** One line of a GeoNames dump, invented: the columns the build reads, the others empty. */
const line = (
  id: number,
  name: string,
  ascii: string,
  alternates: string,
  [lng, lat]: [number, number],
  code: string,
  iso2: string,
  admin1: string,
  population: number,
) =>
  [id, name, ascii, alternates, lat, lng, 'P', code, iso2, '', admin1, '', '', '', population, '', '', '', '']
    .map(String)
    .join('\t');

const dump = [
  line(1, 'Elmwood', 'Elmwood', '', [-88.1, 40.7], 'PPL', 'US', 'IL', 2400),
  line(2, 'Elmwood', 'Elmwood', '', [-96.3, 40.8], 'PPL', 'US', 'NE', 2100),
  line(3, 'Tinyville', 'Tinyville', '', [-90, 35], 'PPL', 'US', 'TN', 900),
  line(4, 'Elmwood Heights', 'Elmwood Heights', '', [-88.2, 40.7], 'PPLX', 'US', 'IL', 5000),
  line(5, 'Known City', 'Known City', '', [-87, 41], 'PPL', 'US', 'IL', 9000),
  line(6, 'Tall al Qamar', 'Tall al Qamar', 'تل القمر,Tal al-Qamar', [37.1, 36.2], 'PPL', 'SY', '09', 0),
  line(7, 'Dūbīvka', 'Dubivka', 'تل القمر', [33.5, 45.1], 'PPL', 'UA', '11', 0),
  line(8, 'Lyon-sur-Mer', 'Lyon-sur-Mer', '', [2, 48], 'PPL', 'FR', '11', 40000),
].join('\n');

describe('small towns from GeoNames cities500', () => {
  const entries = buildSmallTowns(parseCities500(dump), {
    minPopulation: new Map([
      ['US', 2000],
      ['SY', 0],
      ['UA', 0],
    ]),
    known: new Set([5]),
    reservedIds: new Set(['elmwood']),
    sourceOf: (id) => `GeoNames ${id}`,
  });

  it('keeps the towns of the listed countries from their population, but sections and known towns', () => {
    expect(entries.map((e) => e.source.split(';')[0])).toEqual([
      'GeoNames 7',
      'GeoNames 1',
      'GeoNames 2',
      'GeoNames 6',
    ]);
  });

  it('ids a namesake by its country and first-level division, never taking an id of another file', () => {
    expect(entries.map((e) => e.id)).toEqual(['dubivka', 'elmwood-us', 'elmwood-us-ne', 'tall-al-qamar']);
  });

  it('takes an Arabic name from the alternate names in Arabic-speaking countries only, and the plain spelling as an alias', () => {
    const [dubivka, , , tall] = entries as [GazetteerEntry, GazetteerEntry, GazetteerEntry, GazetteerEntry];
    expect(tall.name).toEqual({ ar: 'تل القمر', en: 'Tall al Qamar' });
    expect(dubivka.name).toEqual({ ar: 'Dūbīvka', en: 'Dūbīvka' });
    expect(dubivka.aliases.en).toEqual(['Dubivka']);
    expect(dubivka.source).toMatch(/no Arabic name known/);
  });

  it("lets the towns of a country listed late choose their ids after the others'", () => {
    const namesakes = [
      line(11, 'Ivanovka', 'Ivanovka', '', [33, 47], 'PPL', 'UA', '09', 800),
      line(12, 'Ivanovka', 'Ivanovka', '', [40, 55], 'PPL', 'RU', '48', 9000),
    ].join('\n');
    const towns = buildSmallTowns(parseCities500(namesakes), {
      minPopulation: new Map([
        ['UA', 0],
        ['RU', 5000],
      ]),
      known: new Set(),
      late: new Set(['RU']),
      reservedIds: new Set(),
      sourceOf: (id) => `GeoNames ${id}`,
    });
    expect(towns.map((e) => [e.iso2, e.id])).toEqual([
      ['UA', 'ivanovka'],
      ['RU', 'ivanovka-ru'],
    ]);
  });

  it('keeps the villages of the later theatres (DR Congo, Myanmar, Kosovo, the Baltic states)', () => {
    const towns = smallTowns as unknown as GazetteerEntry[];
    for (const iso2 of ['CD', 'MM', 'MZ', 'ET', 'XK', 'LT', 'LV', 'EE', 'PH'])
      expect(
        towns.some((e) => e.iso2 === iso2),
        iso2,
      ).toBe(true);
  });

  it('shares no id and no GeoNames town with cities.json', () => {
    const cities = citiesJson as GazetteerEntry[];
    const towns = smallTowns as unknown as GazetteerEntry[];
    const ids = new Set(cities.map((e) => e.id));
    const geonames = new Set(cities.map((e) => /^GeoNames (\d+)/.exec(e.source)?.[1]));
    for (const town of towns) {
      expect(ids.has(town.id), town.id).toBe(false);
      expect(geonames.has(/^GeoNames (\d+)/.exec(town.source)?.[1]), town.id).toBe(false);
    }
  });
});
