import { describe, expect, it } from 'vitest';
import { candidatesFor, searchPlaces } from '../../../geo/corrections/place-search';
import { smallGazetteer } from '../small-gazetteer';

const gazetteer = smallGazetteer();
const ids = (list: { entry: { id: string } }[]) => list.map((c) => c.entry.id);

describe('candidatesFor', () => {
  it('proposes every place a name can mean, the country before its namesake town, each with why', () => {
    const candidates = candidatesFor('الجزائر', gazetteer);
    expect(ids(candidates)).toEqual(['algeria', 'algiers']);
    expect(candidates[1]!.why).toBe('named "الجزائر": a town of 1,977,663 people in DZ');
  });

  it('reads the name under the letters Arabic writes onto it, and folds its spelling', () => {
    expect(ids(candidatesFor('واللاذقيه', gazetteer))).toEqual(['latakia']);
    expect(candidatesFor('واللاذقيه', gazetteer)[0]!.why).toMatch(/^after "و", named "اللاذقية"/);
  });

  it('proposes nothing for words that name no place', () => {
    expect(candidatesFor('الرئيس', gazetteer)).toEqual([]);
  });
});

describe('searchPlaces', () => {
  it('finds a place by the start of its Arabic or English name, whole names first', () => {
    expect(ids(searchPlaces('Latak', gazetteer))[0]).toBe('latakia');
    expect(ids(searchPlaces('اللاذ', gazetteer))[0]).toBe('latakia');
    expect(ids(searchPlaces('syria', gazetteer))[0]).toBe('syria');
  });

  it('lists each place once, and no more than asked', () => {
    const found = ids(searchPlaces('a', gazetteer, 5));
    expect(found).toHaveLength(5);
    expect(new Set(found).size).toBe(5);
    expect(searchPlaces('  ', gazetteer)).toEqual([]);
  });
});
