import { describe, expect, it } from 'vitest';
import { openingWords, parseDataset, storedDataset, type Dataset } from '../../geo/contract';
import { joinTexts, readListedDataset, readTextChunk, type ListedDataset } from '../../geo/split-dataset';
import { builtDataset } from '../src/fixtures/built-dataset';
import { astralDataset } from '../src/fixtures/astral-dataset';
import { splitFiles } from '../src/fixtures/split-files';

/** Both fixtures in one dataset: the seeds (one article without a headline) and the astral article. */
function both(): Dataset {
  const seeds = builtDataset();
  const astral = astralDataset();
  return {
    ...seeds,
    articles: [...seeds.articles, ...astral.articles],
    places: {
      type: 'FeatureCollection',
      features: [
        ...seeds.places.features.map((f) => {
          const extra = astral.places.features.find((a) => a.properties.id === f.properties.id);
          return extra
            ? {
                ...f,
                properties: {
                  ...f.properties,
                  mentions: [...f.properties.mentions, ...extra.properties.mentions],
                },
              }
            : f;
        }),
      ],
    },
    claims: [...(seeds.claims ?? []), ...(astral.claims ?? [])],
  };
}

/** A split dataset as schema 7 wrote it: the compact first file naming its chunks. */
function written(dataset: Dataset) {
  const { compact, chunks } = splitFiles(dataset);
  return { first: compact, chunks };
}

function readFirst(dataset: Dataset): ListedDataset {
  const read = readListedDataset(JSON.parse(JSON.stringify(written(dataset).first)));
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.dataset;
}

describe('splitDataset and joinTexts', () => {
  it('give back the very dataset they split, every text in its article again', () => {
    const dataset = both();
    expect(parseDataset(dataset).ok).toBe(true);
    const { first, evidence, chunks } = splitFiles(dataset);
    const joined = parseDataset(JSON.parse(JSON.stringify(joinTexts(first, chunks, evidence))));
    if (!joined.ok) throw new Error(joined.problems.join('; '));
    expect(joined.dataset).toEqual(dataset);
    // As schema 7 wrote it, too.
    const seven = parseDataset(JSON.parse(JSON.stringify(joinTexts(written(dataset).first, chunks))));
    if (!seven.ok) throw new Error(seven.problems.join('; '));
    expect(seven.dataset.articles).toEqual(dataset.articles);
    expect(seven.dataset.places).toEqual(dataset.places);
    expect(seven.dataset.claims).toEqual(dataset.claims);
  });

  it('leave every text out of the first file, with its length, its chunk and the opening words of a headless one', () => {
    const dataset = both();
    const { first } = written(dataset);
    for (const [i, article] of first.articles.entries()) {
      const { text, title } = dataset.articles[i]!;
      expect(article).not.toHaveProperty('text');
      expect(article.length).toBe(text.length);
      expect(article.lead).toBe(title === null ? openingWords(text) : null);
    }
    expect(first.articles.some((a) => a.lead !== null)).toBe(true);
  });
});

describe('readListedDataset', () => {
  it('reads a first file with no text at hand, and a file of one piece with every text', () => {
    const dataset = both();
    const read = readListedDataset(JSON.parse(JSON.stringify(written(dataset).first)));
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(read.texts.size).toBe(0);
    expect(read.dataset.articles.every((a) => a.chunk !== null)).toBe(true);
    const whole = readListedDataset(JSON.parse(JSON.stringify(storedDataset(dataset))));
    if (!whole.ok) throw new Error(whole.problems.join('; '));
    expect([...whole.texts.keys()].sort()).toEqual(dataset.articles.map((a) => a.id).sort());
    expect(whole.dataset.articles.every((a) => a.chunk === null)).toBe(true);
  });

  it('sets aside an article whose quote reaches past its text, or whose chunk the file does not name', () => {
    const dataset = astralDataset();
    const { first } = written(dataset);
    first.places.features[0]!.properties.mentions[0]![4] = first.articles[0]!.length + 1;
    const past = readListedDataset(JSON.parse(JSON.stringify(first)));
    expect(past.ok && past.quarantined.map((q) => q.articleId)).toEqual(['astral']);
    const nowhere = readListedDataset({ ...written(dataset).first, textChunks: [] });
    expect(nowhere.ok && nowhere.quarantined[0]!.problems).toEqual([
      'article astral: chunk 0 is not one of the 0 chunk files',
    ]);
  });
});

describe('readTextChunk', () => {
  it('keeps the texts of a chunk whose every span is a verbatim slice', () => {
    const dataset = both();
    const { chunks } = written(dataset);
    const listed = readFirst(dataset);
    const read = readTextChunk(JSON.parse(JSON.stringify(chunks[0])), 0, listed);
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(read.unreadable.size).toBe(0);
    for (const article of dataset.articles) expect(read.texts.get(article.id)).toBe(article.text);
  });

  it('leaves unreadable an article whose text does not match its evidence, not the others of its chunk', () => {
    const dataset = both();
    const { chunks } = written(dataset);
    const chunk = JSON.parse(JSON.stringify(chunks[0])) as (typeof chunks)[number];
    const astral = chunk.texts.find((t) => t.id === 'astral')!;
    astral.text = astral.text.replace('Hmeimim', 'Hmeymim');
    const read = readTextChunk(chunk, 0, readFirst(dataset));
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect([...read.unreadable.keys()]).toEqual(['astral']);
    expect(read.unreadable.get('astral')![0]).toMatch(/not a verbatim slice/);
    expect(read.texts.size).toBe(dataset.articles.length - 1);
  });

  it('refuses a chunk of another number or another shape, and a text of another length', () => {
    const dataset = astralDataset();
    const { chunks } = written(dataset);
    const listed = readFirst(dataset);
    expect(readTextChunk(chunks[0], 1, listed)).toEqual({
      ok: false,
      problems: ['chunk 0 where chunk 1 was asked for'],
    });
    expect(readTextChunk({ chunk: 0, texts: 'none' }, 0, listed).ok).toBe(false);
    const longer = readTextChunk({ chunk: 0, texts: [{ id: 'astral', text: 'x' }] }, 0, listed);
    expect(longer.ok && longer.unreadable.get('astral')).toEqual([
      `article astral: a text of 1 characters, not ${listed.articles[0]!.length}`,
    ]);
  });
});

describe('the unresolved candidates', () => {
  it('wait in their article’s chunk, and come back with it', () => {
    const dataset = builtDataset();
    expect(dataset.unresolved.length).toBeGreaterThan(0);
    const { first, chunks } = written(dataset);
    expect(first).not.toHaveProperty('unresolved');
    expect(chunks.flatMap((c) => c.texts.flatMap((t) => t.unresolved ?? []))).toEqual(dataset.unresolved);
    const joined = parseDataset(JSON.parse(JSON.stringify(joinTexts(first, chunks))));
    expect(joined.ok && joined.dataset.unresolved).toEqual(dataset.unresolved);
  });

  it('leave unreadable the article of a candidate that is not a slice of its text, or of another article', () => {
    const dataset = builtDataset();
    const { chunks } = written(dataset);
    const listed = readFirst(dataset);
    const chunk = JSON.parse(JSON.stringify(chunks[0])) as (typeof chunks)[number];
    const [withCandidates, other] = chunk.texts.filter((t) => (t.unresolved?.length ?? 0) > 0);
    withCandidates!.unresolved![0]!.text = `${withCandidates!.unresolved![0]!.text}x`;
    other!.unresolved![0]!.articleId = withCandidates!.id;
    const read = readTextChunk(chunk, 0, listed);
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(read.unreadable.get(withCandidates!.id)![0]).toMatch(/not a verbatim slice/);
    expect(read.unreadable.get(other!.id)).toEqual([
      `article ${other!.id}: holds a candidate of article ${withCandidates!.id}`,
    ]);
  });
});
