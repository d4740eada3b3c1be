import { createContext, useContext, useEffect } from 'react';
import type { TextState } from '../../store/data-slice';
import { afterNextPaint } from '../../platform/in-slices';
import { useDalil } from './use-dalil';

/**
 * Whether the quotes below may fetch their texts: the list view, hidden, shows the texts at hand and asks
 * for none, or opening the page would download every article (it asks when shown, or printed).
 */
export const TextsWanted = createContext(true);

/**
 * Where the text of `articleId` stands, fetching its chunk when it is not at hand and the quote is wanted
 * (CONTRACT.md, "Text chunks"). Shown again after a failure, a quote asks again.
 */
export function useArticleText(articleId: string): TextState {
  const wanted = useContext(TextsWanted);
  const text = useDalil((state) => state.texts.get(articleId));
  const problems = useDalil((state) => state.textProblems.get(articleId));
  const loadTexts = useDalil((state) => state.loadTexts);
  const ready = text !== undefined;
  useEffect(() => {
    if (!ready && wanted) void loadTexts([articleId]);
  }, [articleId, ready, wanted, loadTexts]);
  if (ready) return { status: 'ready', text };
  return problems ? { status: 'failed', problems } : { status: 'loading' };
}

/**
 * How many chunk files a dataset may have for the app to fetch them all once the map is shown: a map of a
 * few dozen articles then opens every quote at once and prints whole; a larger one fetches on demand.
 */
export const PREFETCHED_CHUNKS = 2;

/**
 * Fetches every text of a small dataset (`PREFETCHED_CHUNKS`) once the map is shown: the texts are for
 * quotes opened later, and reading them (each span checked against its text) is work the opening of the
 * page can do without. A quote opened before then asks for its own.
 */
export function usePrefetchedTexts(): void {
  const dataset = useDalil((state) => state.dataset);
  const mapShown = useDalil((state) => state.basemapDrawn || state.basemapStatus === 'failed');
  const loadTexts = useDalil((state) => state.loadTexts);
  useEffect(() => {
    if (!dataset || !mapShown || dataset.textChunks.length > PREFETCHED_CHUNKS) return;
    let cancelled = false;
    afterNextPaint(() => {
      if (!cancelled) void loadTexts(dataset.articles.map((a) => a.id));
    });
    return () => {
      cancelled = true;
    };
  }, [dataset, mapShown, loadTexts]);
}
