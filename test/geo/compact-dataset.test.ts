import { describe, expect, it } from 'vitest';
import {
  openingWords,
  SCHEMA_VERSION,
  storedDataset,
  type Dataset,
  type TextChunk,
} from '../../geo/contract';
import { readListedDataset, readTextChunk } from '../../geo/split-dataset';
import { chunkTexts } from '../../geo/text-chunks';
import { builtDataset } from '../src/fixtures/built-dataset';
import { splitFiles } from '../src/fixtures/split-files';

/** A split dataset as schema 7 wrote it: the compact first file naming its chunks. */
function written(dataset: Dataset) {
  const { compact, chunks } = splitFiles(dataset);
  return { first: compact, chunks };
}

function readFirst(first: unknown) {
  const read = readListedDataset(first);
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read;
}

/** The seeds as schema 6 wrote them: whole mentions and claims in the first file, only the texts apart. */
function schema6(dataset: Dataset) {
  const { chunkOf, chunks } = chunkTexts(dataset.articles);
  const first = {
    ...storedDataset(dataset),
    schemaVersion: 6,
    unresolved: [],
    articles: dataset.articles.map(({ text, ...meta }) => ({
      ...meta,
      chunk: chunkOf.get(meta.id),
      length: text.length,
      lead: meta.title === null ? openingWords(text) : null,
    })),
    textChunks: chunks.map((c) => `${c.chunk}-000000000000`),
  };
  return JSON.parse(JSON.stringify({ first, chunks })) as { first: unknown; chunks: TextChunk[] };
}

/** The first article of the seeds with a claim whose claimant the article names, and that claim's detail. */
function namedClaimant(chunks: TextChunk[]) {
  for (const chunk of chunks)
    for (const entry of chunk.texts) {
      const claim = entry.claims?.find((c) => c.claimant !== null);
      if (claim) return { chunk, entry, claim };
    }
  throw new Error('no claim with a claimant in the seeds');
}

describe('the compact first file', () => {
  it('holds of each mention its article, offsets, quote and role, and none of its words', () => {
    const { first } = written(builtDataset());
    expect(first.schemaVersion).toBe(7);
    expect(SCHEMA_VERSION).toBe(8);
    const mentions = first.places.features.flatMap((f) => f.properties.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m).toHaveLength(6);
      expect(first.articles[m[0]]).toBeDefined();
    }
    expect(JSON.stringify(first)).not.toMatch(/"(confidence|reason|cue|dateText|review|unresolved)"/);
  });

  it('names each claimant once, in the table of sources, without the offsets of its words', () => {
    const { first } = written(builtDataset());
    expect(first.sources.length).toBeGreaterThan(0);
    expect(new Set(first.sources.map((s) => JSON.stringify(s))).size).toBe(first.sources.length);
    for (const source of first.sources) expect(Object.keys(source)).toEqual(['id', 'name', 'party', 'text']);
    const read = readFirst(first);
    const claimants = (read.dataset.claims ?? []).flatMap((c) => (c.claimant ? [c.claimant] : []));
    expect(claimants.length).toBeGreaterThan(0);
    for (const claimant of claimants) expect(claimant.name ?? claimant.text).not.toBeNull();
  });

  it('reads back as the app held the whole dataset, but for the details, which wait in the chunks', () => {
    const dataset = builtDataset();
    const compact = readFirst(written(dataset).first);
    const whole = readFirst(JSON.parse(JSON.stringify(storedDataset(dataset))));
    expect(compact.dataset.places).toEqual(whole.dataset.places);
    expect(compact.dataset.claims).toEqual(whole.dataset.claims);
    expect(compact.details.size).toBe(0);
    expect(whole.details.size).toBe(dataset.articles.length);
  });

  it('refuses a file whose mention names an article it does not hold, saying where', () => {
    const { first } = written(builtDataset());
    first.places.features[0]!.properties.mentions[0]![0] = 999;
    expect(readListedDataset(first)).toEqual({
      ok: false,
      problems: [
        `places.features.0.properties.mentions.0: article 999 is not one of the ${first.articles.length} articles`,
      ],
    });
  });

  it('refuses a claim whose claimant is not in the table, and a mention of another shape', () => {
    const { first } = written(builtDataset());
    const k = first.claims.findIndex((c) => c.claimant !== null);
    first.claims[k]!.claimant = first.sources.length;
    expect(readListedDataset(first)).toEqual({
      ok: false,
      problems: [
        `claims.${k}.claimant: source ${first.sources.length} is not one of the ${first.sources.length} sources`,
      ],
    });
    const other = written(builtDataset()).first as unknown as {
      places: { features: { properties: { mentions: unknown[] } }[] };
    };
    other.places.features[0]!.properties.mentions[0] = { articleId: 'x' };
    const read = readListedDataset(other);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toMatch(/^places\.features\.0\.properties\.mentions\.0/);
  });

  it('sets aside an article whose quote reaches past its text', () => {
    const { first } = written(builtDataset());
    const mention = first.places.features[0]!.properties.mentions[0]!;
    mention[4] = first.articles[mention[0]]!.length + 1;
    const read = readFirst(first);
    expect(read.quarantined.map((q) => q.articleId)).toEqual([first.articles[mention[0]]!.id]);
  });
});

describe('the details in a chunk', () => {
  it('come with the texts, every mention and claim of their articles with its own', () => {
    const dataset = builtDataset();
    const { first, chunks } = written(dataset);
    const listed = readFirst(first).dataset;
    const read = readTextChunk(chunks[0], 0, listed);
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(read.unreadable.size).toBe(0);
    for (const article of dataset.articles.filter((a) => read.texts.has(a.id))) {
      const mentions = dataset.places.features.flatMap((f) =>
        f.properties.mentions.filter((m) => m.articleId === article.id),
      );
      const detail = read.details.get(article.id)!;
      expect(detail.mentions.map((m) => m.text).sort()).toEqual(mentions.map((m) => m.text).sort());
      expect(detail.claims.map((c) => c.id)).toEqual(
        (dataset.claims ?? []).filter((c) => c.articleId === article.id).map((c) => c.id),
      );
    }
  });

  it('set aside, with the reason, an article whose claimant’s words are not a verbatim slice of its text', () => {
    const { first, chunks } = written(builtDataset());
    const { chunk, entry, claim } = namedClaimant(chunks);
    const words = claim.claimant!.text;
    claim.claimant!.text = `${words.slice(0, -1)}${words.endsWith('x') ? 'y' : 'x'}`;
    const read = readTextChunk(chunk, chunk.chunk, readFirst(first).dataset);
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect([...read.unreadable.keys()]).toEqual([entry.id]);
    expect(read.unreadable.get(entry.id)).toEqual([`claim ${claim.id}: claimant is not a verbatim slice`]);
    expect(read.texts.has(entry.id)).toBe(false);
    expect(read.details.has(entry.id)).toBe(false);
    expect(read.texts.size).toBe(chunk.texts.length - 1);
  });

  it('set aside an article whose mention’s words are not those of its text, or lack their detail', () => {
    const { first, chunks } = written(builtDataset());
    const [one, two] = chunks[0]!.texts.filter((t) => (t.mentions?.length ?? 0) > 0);
    const mention = one!.mentions![0]!;
    mention.text = `${mention.text.slice(0, -1)}${mention.text.endsWith('x') ? 'y' : 'x'}`;
    const missing = two!.mentions!.shift()!;
    const read = readTextChunk(chunks[0], 0, readFirst(first).dataset);
    if (!read.ok) throw new Error(read.problems.join('; '));
    expect(read.unreadable.get(one!.id)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^place ${mention.placeId}, article ${one!.id} at ${mention.start}: mention is not a verbatim slice$`,
        ),
      ),
    ]);
    expect(read.unreadable.get(two!.id)).toContain(
      `article ${two!.id}: the mention of ${missing.placeId} at ${missing.start} has no detail`,
    );
  });

  it('set aside an article whose detail names another claimant than the first file', () => {
    const { first, chunks } = written(builtDataset());
    const { chunk, entry, claim } = namedClaimant(chunks);
    claim.claimant = null;
    const read = readTextChunk(chunk, chunk.chunk, readFirst(first).dataset);
    expect(read.ok && read.unreadable.get(entry.id)).toEqual([
      `article ${entry.id}: claim ${claim.id} names another claimant in its detail`,
    ]);
  });
});

describe('a first file of schema 6', () => {
  it('still loads, its details held from the start and its texts checked against them when they come', () => {
    const dataset = builtDataset();
    const { first, chunks } = schema6(dataset);
    const read = readFirst(first);
    expect(read.quarantined).toEqual([]);
    expect(read.texts.size).toBe(0);
    expect(read.details.size).toBe(dataset.articles.length);
    const chunk = readTextChunk(chunks[0], 0, read.dataset, read.details);
    if (!chunk.ok) throw new Error(chunk.problems.join('; '));
    expect(chunk.unreadable.size).toBe(0);
    for (const [id, text] of chunk.texts) expect(dataset.articles.find((a) => a.id === id)!.text).toBe(text);
  });

  it('leaves unreadable an article whose text does not match the mentions the first file holds', () => {
    const dataset = builtDataset();
    const { first, chunks } = schema6(dataset);
    const read = readFirst(first);
    const mention = dataset.places.features[0]!.properties.mentions[0]!;
    const entry = chunks.flatMap((c) => c.texts).find((t) => t.id === mention.articleId)!;
    const chunk = chunks.find((c) => c.texts.includes(entry))!;
    entry.text = `${entry.text.slice(0, mention.start)}${'x'.repeat(mention.end - mention.start)}${entry.text.slice(mention.end)}`;
    const result = readTextChunk(chunk, chunk.chunk, read.dataset, read.details);
    expect(result.ok && result.unreadable.get(mention.articleId)?.[0]).toMatch(
      /mention is not a verbatim slice/,
    );
  });
});
