/**
 * The dataset: fetched once, validated against the contract (it arrives over the network, so it is
 * untrusted), then read-only. A failure keeps the reasons so the page can list them.
 *
 * The articles' texts come apart (schema 6), and with them the rest of their evidence (schema 7: the
 * words of each mention and claim, how sure the reading is, an editor's review): those the dataset carries
 * at once, the others from their chunk file when a quote, an article or an export needs them
 * (`loadTexts`), each chunk checked against the evidence before its texts and details are kept. A chunk
 * that cannot be read leaves its articles' quotes with the reason in their place; asking again tries again.
 *
 * A summary first file (schema 8) holds only what the first view draws: the articles, mentions and claims
 * come with its evidence file (`loadEvidence`), on the first popup, filter, list, article or export; until
 * then `dataset.pending` is set, and once it comes the dataset is replaced by the whole one.
 */
import { DATASET_PATH, evidencePath, textChunkPath, type QuarantinedArticle } from '../../geo/contract';
import {
  readEvidence,
  readListedDataset,
  readTextChunk,
  type ArticleDetail,
  type ListedDataset,
} from '../../geo/split-dataset';
import { filterDomainOf, knownFilters } from '../model/filters';
import type { FetchJson } from '../platform/fetch-json';
import type { DalilSlice } from './store';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Why there is no dataset: the file could not be read, or it was read and failed validation. */
export type DatasetError = { kind: 'unreachable'; detail: string } | { kind: 'invalid'; problems: string[] };

/** Where an article's text stands: at hand, on its way, or unreadable and why. */
export type TextState =
  | { status: 'ready'; text: string }
  | { status: 'loading' }
  | { status: 'failed'; problems: readonly string[] };

export type EvidenceState =
  | { status: 'ready' }
  | { status: 'pending' }
  | { status: 'loading' }
  | { status: 'failed'; problems: readonly string[] };

const EVIDENCE_READY: EvidenceState = { status: 'ready' };

export interface DataSlice {
  status: DataStatus;
  dataset: ListedDataset | null;
  /** Articles set aside because their evidence does not match their text: the reader is told. */
  quarantined: readonly QuarantinedArticle[];
  error: DatasetError | null;
  /** The articles' texts at hand, by article id. */
  texts: ReadonlyMap<string, string>;
  /**
   * The rest of each article's evidence, by article id: with its text (schema 7), or all at once when the
   * dataset carries it (schemas 2 to 6); an article whose text fails its checks loses it.
   */
  details: ReadonlyMap<string, ArticleDetail>;
  /** Why an article's text could not be had (its chunk unreachable, or not matching its evidence). */
  textProblems: ReadonlyMap<string, readonly string[]>;
  /**
   * Where the evidence file of a summary first file stands (schema 8): `ready` when the dataset is whole
   * (as every older schema's is), `pending` until asked for, `failed` with why (asking again tries again).
   */
  evidence: EvidenceState;
  loadDataset: () => Promise<void>;
  /** Fetches the evidence file, unless the dataset is whole or it is on its way; resolves once it is read. */
  loadEvidence: () => Promise<void>;
  /** Fetches the chunks that hold these articles' texts, unless at hand or on their way. */
  loadTexts: (articleIds: Iterable<string>) => Promise<void>;
}

export function createDataSlice(fetchJson: FetchJson): DalilSlice<DataSlice> {
  /** Each chunk on its way, so that two askers wait for one download. */
  const inFlight = new Map<number, Promise<void>>();
  /** The evidence file on its way, so that two askers wait for one download. */
  let evidenceInFlight: Promise<void> | null = null;
  /** The articles of one chunk, and what came of reading it. */
  const loadChunk = async (
    get: () => DataSlice,
    set: (partial: Partial<DataSlice>) => void,
    dataset: ListedDataset,
    chunk: number,
  ) => {
    const name = dataset.textChunks[chunk];
    const fetched = name === undefined ? null : await fetchJson(textChunkPath(name));
    const read = fetched?.ok ? readTextChunk(fetched.json, chunk, dataset, get().details) : null;
    if (get().dataset !== dataset) return;
    const texts = new Map(get().texts);
    const details = new Map(get().details);
    const textProblems = new Map(get().textProblems);
    const members = dataset.articles.filter((a) => a.chunk === chunk).map((a) => a.id);
    if (read?.ok) {
      for (const [id, text] of read.texts) {
        texts.set(id, text);
        details.set(id, read.details.get(id)!);
        textProblems.delete(id);
      }
      for (const [id, problems] of read.unreadable) {
        details.delete(id);
        textProblems.set(id, problems);
      }
    } else {
      const problems = read
        ? read.problems.map((p) => `${textChunkPath(name!)}: ${p}`)
        : [fetched && !fetched.ok ? fetched.detail : `chunk ${chunk} is not one of the dataset's`];
      for (const id of members) textProblems.set(id, problems);
    }
    set({ texts, details, textProblems });
  };

  return (set, get) => ({
    status: 'idle',
    dataset: null,
    quarantined: [],
    error: null,
    texts: new Map(),
    details: new Map(),
    textProblems: new Map(),
    evidence: EVIDENCE_READY,
    loadDataset: async () => {
      set({ status: 'loading', error: null });
      const fetched = await fetchJson(DATASET_PATH);
      if (!fetched.ok) {
        const error: DatasetError =
          fetched.reason === 'not-json'
            ? { kind: 'invalid', problems: [fetched.detail] }
            : { kind: 'unreachable', detail: fetched.detail };
        set({ status: 'failed', dataset: null, error });
        return;
      }
      const parsed = readListedDataset(fetched.json);
      if (parsed.ok) {
        const { dataset, quarantined, texts, details } = parsed;
        // Filters a link named before the data came are held to what the data has (model/filters.ts),
        // once it has them all: a summary's are held when its evidence comes.
        set({
          status: 'ready',
          dataset,
          quarantined,
          texts,
          details,
          textProblems: new Map(),
          error: null,
          evidence: dataset.pending ? { status: 'pending' } : EVIDENCE_READY,
          ...(!dataset.pending && { filters: knownFilters(get().filters, filterDomainOf(dataset)) }),
        });
      } else set({ status: 'failed', dataset: null, error: { kind: 'invalid', problems: parsed.problems } });
    },
    loadEvidence: async () => {
      const { dataset } = get();
      if (!dataset?.pending) return;
      if (!evidenceInFlight) {
        const { pending } = dataset;
        const path = evidencePath(pending.evidence);
        evidenceInFlight = (async () => {
          set({ evidence: { status: 'loading' } });
          const fetched = await fetchJson(path);
          const read = fetched.ok ? readEvidence(pending, fetched.json) : null;
          if (get().dataset !== dataset) return;
          if (read?.ok) {
            set({
              dataset: read.dataset,
              quarantined: read.quarantined,
              texts: read.texts,
              details: read.details,
              evidence: EVIDENCE_READY,
              filters: knownFilters(get().filters, filterDomainOf(read.dataset)),
            });
          } else {
            const problems = read
              ? read.problems.map((p) => `${path}: ${p}`)
              : [fetched.ok ? path : fetched.detail];
            set({ evidence: { status: 'failed', problems } });
          }
        })().finally(() => (evidenceInFlight = null));
      }
      await evidenceInFlight;
    },
    loadTexts: async (articleIds) => {
      // The chunks are checked against every mention and claim of their articles: those come first.
      await get().loadEvidence();
      const { dataset, texts } = get();
      if (!dataset) return;
      const chunks = new Set<number>();
      const wanted = new Set(articleIds);
      for (const article of dataset.articles)
        if (wanted.has(article.id) && article.chunk !== null && !texts.has(article.id))
          chunks.add(article.chunk);
      await Promise.all(
        [...chunks].map((chunk) => {
          let loading = inFlight.get(chunk);
          if (!loading) {
            loading = loadChunk(get, set, dataset, chunk).finally(() => inFlight.delete(chunk));
            inFlight.set(chunk, loading);
          }
          return loading;
        }),
      );
    },
  });
}
