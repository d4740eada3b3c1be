import { describe, expect, it } from 'vitest';
import type { PlaceFeature, PlaceKind } from '../../../geo/contract';
import { orderPlaces } from '../../../src/model/list-order';

function place(id: string, kind: PlaceKind, mentions: number, en: string, ar: string): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { id, kind, name: { ar, en }, mentions: Array.from({ length: mentions }, () => ({})) },
  } as unknown as PlaceFeature;
}

const PLACES = [
  place('syria', 'country', 45, 'Syria', 'سوريا'),
  place('latakia', 'settlement', 6, 'Latakia', 'اللاذقية'),
  place('airbase', 'facility', 5, 'Hmeimim Air Base', 'قاعدة حميميم الجوية'),
  place('damascus', 'settlement', 6, 'Damascus', 'دمشق'),
  place('sea', 'water', 2, 'Mediterranean Sea', 'البحر الأبيض المتوسط'),
];

const ids = (groups: ReturnType<typeof orderPlaces>) =>
  groups.map((g) => [g.kind, g.places.map((p) => p.properties.id)]);

describe('orderPlaces', () => {
  it('groups by kind in the legend order, most mentioned first within a kind', () => {
    expect(ids(orderPlaces(PLACES, 'kind', 'en'))).toEqual([
      ['facility', ['airbase']],
      ['settlement', ['damascus', 'latakia']],
      ['water', ['sea']],
      ['country', ['syria']],
    ]);
  });

  it('sorts by mentions in one run, breaking ties by name in the interface language', () => {
    expect(ids(orderPlaces(PLACES, 'mentions', 'en'))).toEqual([
      [null, ['syria', 'damascus', 'latakia', 'airbase', 'sea']],
    ]);
    // Arabic alphabetical order puts اللاذقية (alif) before دمشق (dal).
    expect(ids(orderPlaces(PLACES, 'mentions', 'ar'))[0]![1]).toEqual([
      'syria',
      'latakia',
      'damascus',
      'airbase',
      'sea',
    ]);
  });

  it('leaves out kinds that have no place, and gives no group at all for no places', () => {
    expect(orderPlaces(PLACES, 'kind', 'en').some((g) => g.kind === 'region')).toBe(false);
    expect(orderPlaces([], 'kind', 'en')).toEqual([]);
    expect(orderPlaces([], 'mentions', 'en')).toEqual([]);
  });
});
