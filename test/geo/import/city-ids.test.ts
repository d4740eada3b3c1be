import { describe, expect, it } from 'vitest';
import { assignCityIds, type IdCandidate } from '../../../geo/import/city-ids';
import { kebabId } from '../../../geo/import/kebab-id';

const place = (geonameid: number, nameEn: string, iso2: string, population: number, admin1Name = 'A') =>
  ({ geonameid, nameEn, iso2, population, admin1Name }) satisfies IdCandidate;

describe('kebabId', () => {
  it('drops accents and transliteration marks', () => {
    expect(kebabId('Dar‘ā')).toBe('dara');
    expect(kebabId('Jisr ash Shughūr')).toBe('jisr-ash-shughur');
    expect(kebabId("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(kebabId('İskenderun')).toBe('iskenderun');
  });
});

describe('assignCityIds', () => {
  it('lets a place kept for its English name alone choose last, however large', () => {
    const ids = assignCityIds(
      [
        { ...place(2, 'Abington', 'US', 55_310, 'Pennsylvania'), late: true },
        place(1, 'Abington', 'US', 15_985),
      ],
      new Set(),
    );
    expect(ids.get(1)).toBe('abington');
    expect(ids.get(2)).toBe('abington-us');
  });

  it('lets a place marked last choose after the late ones, however large', () => {
    const ids = assignCityIds(
      [
        { ...place(3, 'Nova', 'BR', 900_000), late: true, last: true },
        { ...place(2, 'Nova', 'UA', 20_000), late: true },
        place(1, 'Nova', 'SY', 15_000),
      ],
      new Set(),
    );
    expect([ids.get(1), ids.get(2), ids.get(3)]).toEqual(['nova', 'nova-ua', 'nova-br']);
  });

  it('gives the plain id to the most populous place and suffixes the others by country', () => {
    const ids = assignCityIds(
      [place(2, 'Damascus', 'US', 15_257), place(1, 'Damascus', 'SY', 1_569_394)],
      new Set(),
    );
    expect(ids.get(1)).toBe('damascus');
    expect(ids.get(2)).toBe('damascus-us');
  });

  it('adds the first-level division when one country has two places of one name', () => {
    const ids = assignCityIds(
      [
        place(1, 'Kingston', 'US', 30_000, 'New York'),
        place(2, 'Kingston', 'US', 20_000, 'Pennsylvania'),
        place(3, 'Kingston', 'JM', 900_000),
      ],
      new Set(),
    );
    expect([ids.get(3), ids.get(1), ids.get(2)]).toEqual([
      'kingston',
      'kingston-us',
      'kingston-us-pennsylvania',
    ]);
  });

  it('lets a fixed id win and never takes a reserved one', () => {
    const ids = assignCityIds(
      [
        { ...place(1, 'Washington D.C.', 'US', 689_545), fixedId: 'washington' },
        place(2, 'Washington', 'GB', 53_526),
        place(3, 'Luxembourg', 'LU', 76_684),
      ],
      new Set(['luxembourg']),
    );
    expect([ids.get(1), ids.get(2), ids.get(3)]).toEqual(['washington', 'washington-gb', 'luxembourg-lu']);
  });

  it('does not depend on input order', () => {
    const list = [place(1, 'Tripoli', 'LY', 1_150_989), place(2, 'Tripoli', 'LB', 229_398)];
    expect(assignCityIds(list, new Set())).toEqual(assignCityIds([...list].reverse(), new Set()));
  });
});
