import { describe, expect, it } from 'vitest';
import { parseDataset, SCHEMA_VERSION, type Dataset } from '../../geo/contract';

const text = 'وصل الجنود إلى اللاذقية. ثم غادروا.';
const start = text.indexOf('اللاذقية');

function dataset(): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [
      {
        id: 'a',
        title: null,
        published: '2015-09-15',
        language: 'ar',
        outlet: null,
        url: null,
        note: null,
        text,
      },
    ],
    places: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [35.78, 35.52] },
          properties: {
            id: 'latakia',
            kind: 'settlement',
            iso2: 'SY',
            name: { ar: 'اللاذقية', en: 'Latakia' },
            source: 'test',
            mentions: [
              {
                articleId: 'a',
                start,
                end: start + 8,
                text: 'اللاذقية',
                quote: { start: 0, end: 24, text: text.slice(0, 24) },
                confidence: 0.9,
                reason: 'test',
              },
            ],
          },
        },
      ],
    },
    unresolved: [],
  };
}

describe('parseDataset', () => {
  it('accepts data whose every quote is a verbatim slice of its article', () => {
    expect(parseDataset(dataset())).toMatchObject({ ok: true });
  });

  it('refuses a quote that is not the article text', () => {
    const d = dataset();
    d.places.features[0]!.properties.mentions[0]!.quote.text = 'وصل الجنود إلى اللاذقيه.';
    const result = parseDataset(d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join()).toMatch(/quote is not a verbatim slice/);
  });

  it('refuses a mention of an article it does not have', () => {
    const d = dataset();
    d.places.features[0]!.properties.mentions[0]!.articleId = 'b';
    expect(parseDataset(d).ok).toBe(false);
  });

  it('refuses a mention outside its quote', () => {
    const d = dataset();
    d.places.features[0]!.properties.mentions[0]!.quote = { start: 25, end: 35, text: text.slice(25, 35) };
    expect(parseDataset(d).ok).toBe(false);
  });

  it('refuses an article link that is not http or https', () => {
    const d = dataset();
    d.articles[0]!.url = 'javascript:alert(1)';
    expect(parseDataset(d).ok).toBe(false);
  });

  it('refuses coordinates out of range and unknown kinds', () => {
    const d = dataset();
    d.places.features[0]!.geometry.coordinates = [200, 10];
    expect(parseDataset(d).ok).toBe(false);
    const e = dataset() as unknown as { places: { features: { properties: { kind: string } }[] } };
    e.places.features[0]!.properties.kind = 'planet';
    expect(parseDataset(e).ok).toBe(false);
  });

  it('refuses data of another schema version or no data at all', () => {
    expect(parseDataset({ ...dataset(), schemaVersion: 99 }).ok).toBe(false);
    expect(parseDataset(null).ok).toBe(false);
    expect(parseDataset('<html>').ok).toBe(false);
  });
});
