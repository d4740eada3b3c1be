import { describe, expect, it } from 'vitest';
import { parseCorpusLine } from '../../../geo/eval/external-corpus';

const line = (doc: object) => JSON.stringify(doc);

describe('parseCorpusLine', () => {
  it('reads a document, its spans with [lng, lat] when the gold gives lat and lon', () => {
    const doc = parseCorpusLine(
      line({
        id: 'd1',
        lang: 'en',
        text: 'Ships reached Tartus.',
        gold: [
          { start: 14, end: 20, text: 'Tartus', kind: 'city', lat: 34.89, lon: 35.89 },
          { start: 0, end: 5, text: 'Ships', kind: null, lat: null, lon: null },
        ],
      }),
    );
    expect(doc).toEqual({
      id: 'd1',
      text: 'Ships reached Tartus.',
      gold: [
        { start: 14, end: 20, kind: 'city', lngLat: [35.89, 34.89] },
        { start: 0, end: 5, kind: null, lngLat: null },
      ],
    });
  });

  it('counts offsets in UTF-16 code units, as the geoparser does', () => {
    const text = '🚢 إلى طرطوس';
    const doc = parseCorpusLine(
      line({ id: 'd', text, gold: [{ start: 7, end: 12, text: 'طرطوس', kind: 'city' }] }),
    );
    expect(doc.gold[0]).toMatchObject({ start: 7, end: 12 });
  });

  it('refuses a span that is not a slice of the text, an unknown kind, or a line that is no document', () => {
    const text = 'Ships reached Tartus.';
    expect(() =>
      parseCorpusLine(line({ id: 'd', text, gold: [{ start: 13, end: 19, text: 'Tartus', kind: 'city' }] })),
    ).toThrow(/not a slice of the text/);
    expect(() =>
      parseCorpusLine(line({ id: 'd', text, gold: [{ start: 14, end: 20, text: 'Tartus', kind: 'port' }] })),
    ).toThrow(/unknown kind "port"/);
    expect(() => parseCorpusLine(line({ id: 'd', text }))).toThrow(/not a document/);
  });
});
