/**
 * The dataset in two parts (schema 6, CONTRACT.md "Text chunks"): the first file, which every reader
 * downloads, holds the articles without their texts; the texts lie in chunk files fetched when a reader
 * opens a quote, an article or an export. This module splits a dataset so (the build), reads the first
 * file and each chunk as the app does, checking every offset against the text's length first and every
 * slice when the chunk comes, and joins the parts again into one dataset (the desk, which edits texts).
 */
import * as v from 'valibot';
import {
  checkEvidence,
  issueMessages,
  ListedDatasetShapeSchema,
  openingWords,
  rangedClaims,
  rangedPlaces,
  readChecked,
  SCHEMA_VERSION,
  storedDataset,
  TEXT_CHUNK_LIMITS,
  TextChunkSchema,
  withQuoteTexts,
  type ArticleMeta,
  type ChunkedArticle,
  type Dataset,
  type EvidenceParts,
  type QuarantinedArticle,
  type StoredClaim,
  type StoredDataset,
  type StoredPlaceFeature,
  type TextChunk,
  type Unresolved,
} from './contract.ts';
import { chunkTexts } from './text-chunks.ts';

/** The first file of a split dataset: every article without its text, which lies in its chunk. */
export type FirstFile = Omit<StoredDataset, 'articles'> & { articles: ChunkedArticle[] };

/**
 * Splits a dataset into its first file and its text chunks, articles in the dataset's order. The writer
 * names the chunks (`textChunks`: the build by their content's hash) as it writes them.
 */

export function splitDataset(
  dataset: Dataset,
  limits: { units: number; articles: number } = TEXT_CHUNK_LIMITS,
): { first: FirstFile; chunks: TextChunk[] } {
  const { chunkOf, chunks } = chunkTexts(dataset.articles, limits);
  const stored = storedDataset(dataset);
  // The unresolved candidates go with their article's text: the map does not show them.
  const unresolvedOf = new Map<string, Unresolved[]>();
  for (const u of dataset.unresolved)
    unresolvedOf.set(u.articleId, [...(unresolvedOf.get(u.articleId) ?? []), u]);
  for (const chunk of chunks)
    for (const entry of chunk.texts) {
      const unresolved = unresolvedOf.get(entry.id);
      if (unresolved) entry.unresolved = unresolved;
    }
  return {
    first: {
      ...stored,
      unresolved: [],
      articles: dataset.articles.map(({ text, ...meta }) => ({
        ...meta,
        chunk: chunkOf.get(meta.id)!,
        length: text.length,
        lead: meta.title === null ? openingWords(text) : null,
      })),
    },
    chunks,
  };
}

/**
 * A first file with the texts of its chunks put back into its articles: a dataset of one file again, for
 * `parseDataset` or `readDataset` to check in full. Untrusted input goes through untouched but for the
 * texts: what is malformed is left for the schema to refuse.
 */
export function joinTexts(first: unknown, chunks: readonly unknown[]): unknown {
  if (typeof first !== 'object' || first === null) return first;
  const { articles } = first as { articles?: unknown };
  if (!Array.isArray(articles)) return first;
  const texts = new Map<unknown, unknown>();
  const unresolved: Unresolved[] = [];
  for (const chunk of chunks) {
    const read = v.safeParse(TextChunkSchema, chunk);
    if (read.success)
      for (const entry of read.output.texts) {
        texts.set(entry.id, entry.text);
        unresolved.push(...(entry.unresolved ?? []));
      }
  }
  const inline = (first as { unresolved?: unknown }).unresolved;
  return {
    ...first,
    unresolved: Array.isArray(inline) ? [...(inline as unknown[]), ...unresolved] : inline,
    articles: articles.map((article: unknown) => {
      if (typeof article !== 'object' || article === null) return article;
      const { chunk, length, lead, ...meta } = article as Record<string, unknown>;
      if (chunk === undefined) return article;
      const text = texts.get(meta.id);
      return text === undefined ? { ...meta, chunk, length, lead } : { ...meta, text };
    }),
  };
}

/**
 * An article as the app holds it: what the dataset says of it, its text's length, its opening words when
 * it has no headline, and the chunk its text lies in (null: the text came with the dataset).
 */
export type ListedArticle = ArticleMeta & { chunk: number | null; length: number; lead: string | null };
/** A mention as the app holds it: its quote by offsets; the text is sliced from its article when shown. */
export type ListedMention = StoredPlaceFeature['properties']['mentions'][number];
export type ListedClaim = StoredClaim;
export type ListedPlaceFeature = StoredPlaceFeature;

/** The dataset as the app holds it: every quote and clause by its offsets, the texts apart. */
export interface ListedDataset {
  schemaVersion: number;
  articles: ListedArticle[];
  places: { type: 'FeatureCollection'; features: ListedPlaceFeature[] };
  unresolved: Unresolved[];
  claims?: ListedClaim[];
  /** The chunk files' names, chunk n at index n; empty when every text came with the dataset. */
  textChunks: string[];
}

export type ReadListedResult =
  | {
      ok: true;
      dataset: ListedDataset;
      /** The texts that came with the dataset (every one, but for schema 6's chunked articles). */
      texts: Map<string, string>;
      quarantined: QuarantinedArticle[];
    }
  | { ok: false; problems: string[] };

type ListedShape = v.InferOutput<typeof ListedDatasetShapeSchema>;

/** What the evidence checks know of the articles of a dataset, with the texts at hand. */
function checkedParts(
  dataset: Omit<ListedShape, 'articles' | 'schemaVersion'>,
  articles: EvidenceParts['articles'],
) {
  return checkEvidence({ ...dataset, articles });
}

/**
 * Reads untrusted data of any readable version as the app holds it. Texts that come with the data are
 * checked against every span now; for texts in chunks, every span is checked to lie inside the text's
 * length now, and to be its verbatim slice when the chunk comes (`readTextChunk`). An article that fails
 * is set aside, as `readDataset` does.
 */
export function readListedDataset(stored: unknown): ReadListedResult {
  const read = readChecked(withQuoteTexts(stored), ListedDatasetShapeSchema, (dataset) => {
    const files = dataset.textChunks?.length ?? 0;
    const chunkless = dataset.articles.flatMap((a) =>
      a.chunk !== undefined && a.chunk >= files
        ? [
            {
              articleId: a.id,
              message: `article ${a.id}: chunk ${a.chunk} is not one of the ${files} chunk files`,
            },
          ]
        : [],
    );
    const articles = dataset.articles.map((a) => ({
      id: a.id,
      published: a.published,
      text: a.text ?? null,
      length: a.text?.length ?? a.length ?? 0,
    }));
    return [...chunkless, ...checkedParts(dataset, articles)];
  });
  if (!read.ok) return read;
  return { ok: true, quarantined: read.quarantined, ...listedDataset(read.dataset) };
}

/**
 * A dataset read and checked (by `readListedDataset`, or a whole one the build or the desk made) as the
 * app holds it: quotes and clauses by their offsets, and apart, the texts it carries.
 */
export function listedDataset(dataset: ListedShape): { dataset: ListedDataset; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const articles = dataset.articles.map(({ text, chunk, length, lead, ...meta }): ListedArticle => {
    if (text !== undefined) texts.set(meta.id, text);
    return {
      ...meta,
      chunk: text === undefined ? (chunk ?? null) : null,
      length: text?.length ?? length ?? 0,
      lead: meta.title !== null ? null : (lead ?? (text === undefined ? null : openingWords(text))),
    };
  });
  return {
    texts,
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      articles,
      places: { type: 'FeatureCollection', features: rangedPlaces(dataset.places.features) },
      unresolved: dataset.unresolved,
      claims: dataset.claims && rangedClaims(dataset.claims),
      textChunks: dataset.textChunks ?? [],
    },
  };
}

export type ReadChunkResult =
  | {
      ok: true;
      /** The texts whose every span checked out, by article id. */
      texts: Map<string, string>;
      /** Articles of the chunk whose text does not match their evidence, with the reasons. */
      unreadable: Map<string, string[]>;
    }
  | { ok: false; problems: string[] };

/**
 * Reads the untrusted chunk file `chunk` of a dataset the app holds: its number and articles must be
 * those the dataset names, each text as long as the dataset says, and every span of each article a
 * verbatim slice of it. An article whose text fails is left unreadable, not the chunk's others.
 */
export function readTextChunk(json: unknown, chunk: number, dataset: ListedDataset): ReadChunkResult {
  const parsed = v.safeParse(TextChunkSchema, json);
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.issues) };
  if (parsed.output.chunk !== chunk)
    return { ok: false, problems: [`chunk ${parsed.output.chunk} where chunk ${chunk} was asked for`] };
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  const texts = new Map<string, string>();
  const unreadable = new Map<string, string[]>();
  // Its unresolved candidates are checked with it, each its article's own; the app shows none of them.
  const unresolved: Unresolved[] = [];
  for (const { id, text, unresolved: candidates = [] } of parsed.output.texts) {
    const article = byId.get(id);
    const foreign = candidates.find((u) => u.articleId !== id);
    unresolved.push(...candidates);
    if (article?.chunk !== chunk) unreadable.set(id, [`article ${id} is not in chunk ${chunk}`]);
    else if (foreign)
      unreadable.set(id, [`article ${id}: holds a candidate of article ${foreign.articleId}`]);
    else if (text.length !== article.length)
      unreadable.set(id, [`article ${id}: a text of ${text.length} characters, not ${article.length}`]);
    else texts.set(id, text);
  }
  for (const article of dataset.articles)
    if (article.chunk === chunk && !texts.has(article.id) && !unreadable.has(article.id))
      unreadable.set(article.id, [`article ${article.id}: its text is missing from chunk ${chunk}`]);
  // The whole dataset is checked, this chunk's articles against their texts and the others against their
  // lengths (as when it was read), so a claim may still answer one of another article.
  const problems = checkedParts(
    { ...dataset, unresolved: [...dataset.unresolved, ...unresolved] },
    dataset.articles.map((a) => ({ ...a, text: texts.get(a.id) ?? null })),
  );
  for (const { articleId, message } of problems) {
    if (articleId === null || !texts.has(articleId)) continue;
    texts.delete(articleId);
    unreadable.set(articleId, [...(unreadable.get(articleId) ?? []), message]);
  }
  return { ok: true, texts, unreadable };
}
