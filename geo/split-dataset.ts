/**
 * The dataset in two parts (CONTRACT.md "Text chunks", "Compact first file"): the first file, which every
 * reader downloads, holds what the first view, the filters and the counts read (schema 7, compact); each
 * chunk file the texts of some articles and the rest of their evidence, fetched when a reader opens a
 * quote, an article or an export. This module splits a dataset so (the build), reads the first file and
 * each chunk as the app does, checking every offset against the text's length first and every slice when
 * the chunk comes, and joins the parts again into one dataset (the desk, which edits texts).
 */
import * as v from 'valibot';
import {
  checkEvidence,
  ListedDatasetShapeSchema,
  openingWords,
  evidencePath,
  readChecked,
  SCHEMA_VERSION,
  TEXT_CHUNK_LIMITS,
  TextChunkSchema,
  withQuoteTexts,
  type CheckedClaim,
  type Dataset,
  type EvidenceFile,
  type EvidenceParts,
  type QuarantinedArticle,
  type TextChunk,
  type Unresolved,
} from './contract.ts';
import {
  compactDataset,
  isCompactFirstFile,
  joinCompact,
  listedOfCompact,
  readCompactFirstFile,
} from './compact-dataset.ts';
import {
  isSummaryFirstFile,
  joinEvidence,
  readSummaryFirstFile,
  summarizeDataset,
  type SummaryFirst,
} from './summary-dataset.ts';
import {
  listedClaim,
  listedPlace,
  type ArticleDetail,
  type ListedArticle,
  type ListedDataset,
  type PendingEvidence,
} from './listed-dataset.ts';
import { chunkTexts } from './text-chunks.ts';

export type {
  ArticleDetail,
  ListedArticle,
  ListedClaim,
  ListedDataset,
  ListedMention,
  ListedPlaceFeature,
  PendingEvidence,
} from './listed-dataset.ts';
export { mentionCountOf, roleCountsOf, rolesOf } from './listed-dataset.ts';

/** The first file of a split dataset (schema 8): the summary the first view draws. */
export type FirstFile = SummaryFirst;

/**
 * Splits a dataset into its summary first file, its evidence file (every article, mention and claim, as
 * schema 7's compact first file held them) and its chunks: the texts, unresolved candidates and evidence
 * details of its articles, in the dataset's order. The writer names the evidence file and the chunks
 * (`evidence`, `textChunks`: the build by their content's hash) as it writes them.
 */
export function splitDataset(
  dataset: Dataset,
  limits: { units: number; articles: number } = TEXT_CHUNK_LIMITS,
): { first: FirstFile; evidence: EvidenceFile; chunks: TextChunk[] } {
  const { chunkOf, chunks } = chunkTexts(dataset.articles, limits);
  const articles = dataset.articles.map(({ text, ...meta }) => ({
    ...meta,
    chunk: chunkOf.get(meta.id)!,
    length: text.length,
    lead: meta.title === null ? openingWords(text) : null,
  }));
  const { first: compact, details } = compactDataset(dataset, articles);
  const { first, evidence } = summarizeDataset(compact);
  // The unresolved candidates go with their article's text: the map does not show them.
  const unresolvedOf = new Map<string, Unresolved[]>();
  for (const u of dataset.unresolved)
    unresolvedOf.set(u.articleId, [...(unresolvedOf.get(u.articleId) ?? []), u]);
  for (const chunk of chunks)
    for (const entry of chunk.texts) {
      const unresolved = unresolvedOf.get(entry.id);
      if (unresolved) entry.unresolved = unresolved;
      const detail = details.get(entry.id);
      entry.mentions = detail?.mentions ?? [];
      entry.claims = detail?.claims ?? [];
    }
  return { first, evidence, chunks };
}

/**
 * A first file with its chunks put back into it: a dataset of one file again, for `parseDataset` or
 * `readDataset` to check in full; a compact first file (schema 7) gets each mention's and claim's detail
 * back too (`joinCompact`), and a summary first file (schema 8) its evidence file first (`evidence`), checked
 * to agree with it. Untrusted input goes through untouched but for what the chunks hold: what is malformed
 * is left for the schema to refuse; a summary whose evidence is missing or disagrees throws, naming why.
 */
export function joinTexts(first: unknown, chunks: readonly unknown[], evidence?: unknown): unknown {
  if (isSummaryFirstFile(first)) {
    const summary = readSummaryFirstFile(first);
    if (!summary.ok) return first;
    const joined = joinEvidence(summary.summary, evidence);
    if (!joined.ok)
      throw new Error(`${evidencePath(summary.summary.evidence)}: ${joined.problems.join('; ')}`);
    return { ...(joinCompact(joined.compact, chunks) as object), schemaVersion: 8 };
  }
  if (isCompactFirstFile(first)) return joinCompact(first, chunks);
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

export type ReadListedResult =
  | {
      ok: true;
      dataset: ListedDataset;
      /** The texts that came with the dataset (every one, but for chunked articles). */
      texts: Map<string, string>;
      /**
       * The details of the articles' evidence that came with the dataset (schemas 2 to 6, and the desk's
       * whole files): those of texts at hand are checked; those of schema 6's chunked articles are checked
       * against their text when their chunk comes. A compact or summary first file (schemas 7, 8) carries none.
       */
      details: Map<string, ArticleDetail>;
      quarantined: QuarantinedArticle[];
    }
  | { ok: false; problems: string[] };

type ListedShape = v.InferOutput<typeof ListedDatasetShapeSchema>;

/**
 * Reads untrusted data of any readable version as the app holds it. Texts that come with the data are
 * checked against every span now; for texts in chunks, every span is checked to lie inside the text's
 * length now, and to be its verbatim slice when the chunk comes (`readTextChunk`). An article that fails
 * is set aside, as `readDataset` does.
 */
export function readListedDataset(stored: unknown): ReadListedResult {
  if (isSummaryFirstFile(stored)) {
    const summary = readSummaryFirstFile(stored);
    if (!summary.ok) return summary;
    return { ok: true, dataset: summary.dataset, texts: new Map(), details: new Map(), quarantined: [] };
  }
  if (isCompactFirstFile(stored)) {
    const compact = readCompactFirstFile(stored);
    if (!compact.ok) return compact;
    return checkedCompact(compact.dataset);
  }
  const read = readChecked(withQuoteTexts(stored), ListedDatasetShapeSchema, (dataset) => {
    const files = dataset.textChunks?.length ?? 0;
    const articles = dataset.articles.map((a) => ({
      id: a.id,
      published: a.published,
      text: a.text ?? null,
      length: a.text?.length ?? a.length ?? 0,
    }));
    return [
      ...chunklessArticles(
        dataset.articles.flatMap((a) => (a.chunk === undefined ? [] : [{ id: a.id, chunk: a.chunk }])),
        files,
      ),
      ...checkEvidence({ ...dataset, articles }),
    ];
  });
  if (!read.ok) return read;
  return { ok: true, quarantined: read.quarantined, ...listedDataset(read.dataset) };
}

/** A compact dataset read from its file, its evidence checked as far as it can be before the chunks. */
function checkedCompact(compact: ListedDataset): ReadListedResult {
  const read = readChecked(
    compact,
    v.custom<ListedDataset>(() => true),
    (dataset) => [
      ...chunklessArticles(dataset.articles, dataset.textChunks.length),
      ...checkEvidence(summaryParts(dataset)),
    ],
  );
  if (!read.ok) return read;
  return { ...read, texts: new Map(), details: new Map() };
}

/**
 * Reads the untrusted evidence file of a dataset read from a summary first file (schema 8, `pending`):
 * checked against the summary (`joinEvidence`), then read and checked as schema 7's compact first file
 * was. The result is the whole dataset the app holds from then on, with the articles set aside; a fault
 * refuses the file (the problems do not name it: the caller knows its path).
 */
export function readEvidence(pending: PendingEvidence, input: unknown): ReadListedResult {
  const joined = joinEvidence(pending.summary, input);
  if (!joined.ok) return joined;
  const listed = listedOfCompact(joined.compact);
  if (!listed.ok) return listed;
  return checkedCompact({ ...listed.dataset, schemaVersion: 8 });
}

/** The articles whose chunk is not one of the `files` chunk files. */
function chunklessArticles(articles: readonly { id: string; chunk: number | null }[], files: number) {
  return articles.flatMap((a) =>
    a.chunk !== null && a.chunk >= files
      ? [
          {
            articleId: a.id,
            message: `article ${a.id}: chunk ${a.chunk} is not one of the ${files} chunk files`,
          },
        ]
      : [],
  );
}

/**
 * What the evidence checks know of a dataset the app holds before any chunk: each article's length, and
 * of each span its offsets (the words of claimants, cues and equipment wait in the chunks).
 */
function summaryParts(dataset: ListedDataset, texts?: ReadonlyMap<string, string>): EvidenceParts {
  return {
    articles: dataset.articles.map((a) => ({
      id: a.id,
      published: a.published,
      text: texts?.get(a.id) ?? null,
      length: a.length,
    })),
    places: dataset.places,
    unresolved: dataset.unresolved,
    claims: (dataset.claims ?? []).map((c): CheckedClaim => ({
      ...c,
      claimant: null,
      via: null,
      cue: null,
      dateText: null,
      equipment: [],
    })),
  };
}

/**
 * A dataset read and checked (by `readListedDataset`, or a whole one the build or the desk made) as the
 * app holds it: quotes and clauses by their offsets, and apart, the texts it carries and every article's
 * detail.
 */
export function listedDataset(dataset: ListedShape): {
  dataset: ListedDataset;
  texts: Map<string, string>;
  details: Map<string, ArticleDetail>;
} {
  const texts = new Map<string, string>();
  const details = new Map<string, ArticleDetail>();
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
    details,
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      articles,
      places: {
        type: 'FeatureCollection',
        features: dataset.places.features.map((f) => listedPlace(f, details)),
      },
      unresolved: dataset.unresolved,
      claims: dataset.claims?.map((c) => listedClaim(c, details)),
      textChunks: dataset.textChunks ?? [],
    },
  };
}

export { readTextChunk, type ReadChunkResult } from './read-chunk.ts';
