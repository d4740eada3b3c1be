import { describe, expect, it } from 'vitest';
import {
  parseDataset,
  readDataset,
  SCHEMA_VERSION,
  storedDataset,
  withQuoteTexts,
  type Dataset,
} from '../../geo/contract';

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

  it('still reads data of schema 2, from before reviews', () => {
    const old = { ...dataset(), schemaVersion: 2 };
    expect(parseDataset(old).ok).toBe(true);
    expect(readDataset(old).ok).toBe(true);
  });

  it('still reads data of schema 3, from before the stance accused', () => {
    expect(parseDataset({ ...dataset(), schemaVersion: 3 }).ok).toBe(true);
    expect(parseDataset({ ...dataset(), schemaVersion: SCHEMA_VERSION + 1 }).ok).toBe(false);
  });

  it("reads an editor's review of a mention, and refuses one with an unknown state or no signature", () => {
    const reviewed = (review: unknown) => {
      const d = dataset();
      (d.places.features[0]!.properties.mentions[0] as { review?: unknown }).review = review;
      return parseDataset(d);
    };
    const good = { state: 'verified', by: 'Rana', at: '2026-12-02T10:00:00Z', note: null };
    const read = reviewed(good);
    expect(read.ok && read.dataset.places.features[0]!.properties.mentions[0]!.review).toEqual(good);
    expect(reviewed({ ...good, state: 'approved' }).ok).toBe(false);
    expect(reviewed({ ...good, by: '' }).ok).toBe(false);
    expect(reviewed({ ...good, at: 'yesterday' }).ok).toBe(false);
  });

  it('refuses data of another schema version or no data at all', () => {
    expect(parseDataset({ ...dataset(), schemaVersion: 99 }).ok).toBe(false);
    expect(parseDataset(null).ok).toBe(false);
    expect(parseDataset('<html>').ok).toBe(false);
  });
});

describe('readDataset', () => {
  /** The test dataset with a second article, whose one mention is off by one code unit. */
  function withBadArticle(): Dataset {
    const d = dataset();
    const bad = { ...d.articles[0]!, id: 'b', title: 'عنوان' };
    d.articles.push(bad);
    const place = d.places.features[0]!;
    place.properties.mentions.push({ ...place.properties.mentions[0]!, articleId: 'b', start: start + 1 });
    d.places.features.push({
      ...place,
      properties: {
        ...place.properties,
        id: 'only-in-b',
        mentions: [{ ...place.properties.mentions[0]!, articleId: 'b', start: start + 1 }],
      },
    });
    return d;
  }

  it('reads exact data whole, setting nothing aside', () => {
    expect(readDataset(dataset())).toMatchObject({ ok: true, quarantined: [] });
  });

  it('sets aside the article whose span does not match its text, and keeps the rest', () => {
    const d = withBadArticle();
    expect(parseDataset(d).ok).toBe(false);
    const result = readDataset(d);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.dataset.articles.map((a) => a.id)).toEqual(['a']);
    expect(result.dataset.places.features.map((f) => f.properties.id)).toEqual(['latakia']);
    expect(result.dataset.places.features[0]!.properties.mentions.map((m) => m.articleId)).toEqual(['a']);
    expect(result.quarantined).toEqual([
      {
        articleId: 'b',
        title: 'عنوان',
        problems: [
          `place latakia, article b at ${start + 1}: mention is not a verbatim slice`,
          `place only-in-b, article b at ${start + 1}: mention is not a verbatim slice`,
        ],
      },
    ]);
    expect(parseDataset(result.dataset).ok).toBe(true);
  });

  it('still refuses a dataset whose fault is not one article’s: a malformed file, a shared id', () => {
    expect(readDataset({ ...dataset(), articles: 'none' }).ok).toBe(false);
    const d = dataset();
    d.articles.push({ ...d.articles[0]! });
    expect(readDataset(d)).toMatchObject({ ok: false, problems: ['article a: duplicate id'] });
  });
});

describe('readDataset with a malformed span', () => {
  it('sets aside the article whose quote has the wrong length, and keeps the rest', () => {
    const d = dataset();
    const second = { ...d.articles[0]!, id: 'b' };
    d.articles.push(second);
    const place = d.places.features[0]!;
    const mention = place.properties.mentions[0]!;
    place.properties.mentions.push({
      ...mention,
      articleId: 'b',
      quote: { ...mention.quote, start: mention.quote.start + 1 },
    });
    const result = readDataset(d);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.dataset.articles.map((a) => a.id)).toEqual(['a']);
    expect(result.quarantined.map((q) => q.articleId)).toEqual(['b']);
    expect(result.quarantined[0]!.problems[0]).toMatch(/quote: end - start must equal text length/);
  });
});

describe('the stored dataset (schema 5, and one file of schema 6)', () => {
  it('writes quotes by their offsets only, and reads them back as slices of their article', () => {
    const stored = storedDataset(dataset());
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored.places.features[0]!.properties.mentions[0]!.quote).toEqual({ start: 0, end: 24 });
    const read = parseDataset(JSON.parse(JSON.stringify(stored)));
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(read.dataset.places.features[0]!.properties.mentions[0]!.quote).toEqual({
      start: 0,
      end: 24,
      text: text.slice(0, 24),
    });
  });

  it('fills the text of claims’ quotes and clauses from their article', () => {
    const claim = { id: 'a#1', articleId: 'a', quote: { start: 0, end: 24 }, clause: { start: 4, end: 10 } };
    const filled = withQuoteTexts({ articles: [{ id: 'a', text }], claims: [claim] }) as {
      claims: { quote: { text: string }; clause: { text: string } }[];
    };
    expect(filled.claims[0]!.quote.text).toBe(text.slice(0, 24));
    expect(filled.claims[0]!.clause.text).toBe(text.slice(4, 10));
    expect(claim.quote).toEqual({ start: 0, end: 24 });
  });

  it('sets aside the article whose quote reaches beyond its text, and keeps the rest', () => {
    const stored = storedDataset(dataset());
    stored.articles.push({ ...stored.articles[0]!, id: 'b' });
    const mention = stored.places.features[0]!.properties.mentions[0]!;
    stored.places.features[0]!.properties.mentions.push({
      ...mention,
      articleId: 'b',
      quote: { start: 0, end: text.length + 5 },
    });
    const result = readDataset(JSON.parse(JSON.stringify(stored)));
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.dataset.articles.map((a) => a.id)).toEqual(['a']);
    expect(result.quarantined.map((q) => q.articleId)).toEqual(['b']);
  });

  it('leaves input it cannot read for the schema to refuse', () => {
    expect(withQuoteTexts(null)).toBe(null);
    expect(withQuoteTexts('<html>')).toBe('<html>');
    expect(parseDataset({ schemaVersion: 5, articles: [], places: 'none', unresolved: [] }).ok).toBe(false);
  });
});
