import { describe, expect, it } from 'vitest';
import type { PlaceFeature, PlaceKind } from '../../../geo/contract';
import type { GoldSpan } from '../../../geo/eval/external-corpus';
import { addSpanScore, allKinds, emptySpanScore, overlap, scoreSpans } from '../../../geo/eval/score-spans';

/** A place found at the given offsets, placed at `lngLat`. */
function place(kind: PlaceKind, lngLat: [number, number], ...spans: [number, number][]): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: lngLat },
    properties: {
      id: `${kind}-${lngLat.join(',')}`,
      kind,
      iso2: null,
      name: { ar: 'مكان', en: 'Place' },
      source: 'test',
      mentions: spans.map(([start, end]) => ({
        articleId: 't',
        start,
        end,
        text: 'x'.repeat(end - start),
        quote: { start: 0, end: 100, text: 'x'.repeat(100) },
        confidence: 1,
        reason: 'test',
      })),
    },
  };
}

const gold = (
  start: number,
  end: number,
  kind: GoldSpan['kind'],
  lngLat: [number, number] | null = null,
) => ({
  start,
  end,
  kind,
  lngLat,
});

describe('overlap', () => {
  it('counts the code units two spans share, none for spans that only touch', () => {
    expect(overlap({ start: 0, end: 5 }, { start: 3, end: 9 })).toBe(2);
    expect(overlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(overlap({ start: 2, end: 4 }, { start: 0, end: 9 })).toBe(2);
  });
});

describe('scoreSpans', () => {
  it('finds a gold span a mention overlaps, even one cut differently, whatever the kinds', () => {
    // Gold "بالقاهرة" as one token at 10-18; the geoparser's mention leaves out the particle: 11-18.
    const score = scoreSpans([gold(10, 18, 'city')], [place('country', [31.2, 30], [11, 18])]);
    expect(score.byKind['cities and towns']).toMatchObject({ gold: 1, found: 1, predicted: 0, right: 0 });
    expect(score.byKind.countries).toMatchObject({ gold: 0, found: 0, predicted: 1, right: 1 });
  });

  it('counts a mention on no gold span as wrong, and a gold span no mention touches as missed', () => {
    const score = scoreSpans(
      [gold(0, 5, 'country'), gold(20, 25, 'admin1')],
      [place('country', [0, 0], [0, 5]), place('settlement', [0, 0], [40, 45])],
    );
    expect(allKinds(score)).toMatchObject({ gold: 2, found: 1, predicted: 2, right: 1 });
    expect(score.byKind.divisions).toMatchObject({ gold: 1, found: 0 });
    expect(score.byKind['cities and towns']).toMatchObject({ predicted: 1, right: 0 });
  });

  it('puts admin1 and admin2 under divisions, city and town together, and regions, other and no kind under other', () => {
    const score = scoreSpans(
      [
        gold(0, 1, 'admin1'),
        gold(2, 3, 'admin2'),
        gold(4, 5, 'city'),
        gold(6, 7, 'town'),
        gold(8, 9, 'region'),
        gold(10, 11, 'other'),
        gold(12, 13, null),
        gold(14, 15, 'facility'),
        gold(16, 17, 'water'),
      ],
      [],
    );
    expect(Object.fromEntries(Object.entries(score.byKind).map(([k, c]) => [k, c.gold]))).toEqual({
      countries: 0,
      divisions: 2,
      'cities and towns': 2,
      facilities: 1,
      waters: 1,
      other: 3,
    });
  });

  it('finds both of two nested gold spans with one mention', () => {
    const score = scoreSpans(
      [gold(0, 10, 'facility'), gold(5, 10, 'city')],
      [place('settlement', [0, 0], [5, 10])],
    );
    expect(allKinds(score)).toMatchObject({ gold: 2, found: 2, predicted: 1, right: 1 });
  });

  it('sets demonyms aside: in no recall, a mention on one in no precision, counted apart', () => {
    const score = scoreSpans(
      [gold(0, 7, 'demonym', [37.6, 55.75]), gold(20, 26, 'country')],
      [place('country', [100, 60], [0, 7]), place('country', [100, 60], [20, 26])],
    );
    expect(allKinds(score)).toMatchObject({ gold: 1, found: 1, predicted: 1, right: 1, located: 0 });
    expect(score.demonyms).toEqual({ gold: 1, taken: 1 });
  });

  it('counts a found span with a point as near within 161 km of it, by the mention that shares the most', () => {
    const damascus: [number, number] = [36.29, 33.51];
    const score = scoreSpans(
      [gold(0, 8, 'city', damascus), gold(20, 26, 'city', damascus), gold(40, 46, 'city')],
      [
        // 0-8: a short far mention and a long near one; the long one stands for the span.
        place('settlement', [0, 0], [0, 2]),
        place('settlement', [36.3, 33.5], [1, 8]),
        // 20-26: put 300 km away.
        place('settlement', [39.3, 33.5], [20, 26]),
        // 40-46: no point in the gold, so not in Acc@161.
        place('settlement', [0, 0], [40, 46]),
      ],
    );
    expect(score.byKind['cities and towns']).toMatchObject({ gold: 3, found: 3, located: 2, near: 1 });
  });

  it('adds scores kind by kind', () => {
    const one = scoreSpans([gold(0, 5, 'country')], [place('country', [0, 0], [0, 5])]);
    const total = emptySpanScore();
    addSpanScore(total, one);
    addSpanScore(total, one);
    expect(total.byKind.countries).toEqual({
      gold: 2,
      found: 2,
      predicted: 2,
      right: 2,
      located: 0,
      near: 0,
    });
  });
});
