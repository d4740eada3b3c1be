/**
 * Derived data, read from the state. Each selector returns the same object for the same dataset, so it
 * can be passed straight to `useDalil`.
 */
import type { TextRange } from '../../geo/contract';
import type { ListedArticle, ListedPlaceFeature } from '../../geo/split-dataset';
import { indexClaims } from '../model/claim-index';
import { evidenceWithVisibleClaims } from '../model/filter-evidence';
import { isFiltering } from '../model/filters';
import { selectVisibleClaimIds } from './claim-selectors';
import { indexDataset, type ArticleEvidence } from '../model/dataset-index';
import { memoize } from '../model/memo';
import type { DalilState } from './store';

const NO_PLACES: readonly ListedPlaceFeature[] = [];
const NO_EVIDENCE: readonly ArticleEvidence[] = [];

export function selectPlaces(state: DalilState): readonly ListedPlaceFeature[] {
  return state.dataset?.places.features ?? NO_PLACES;
}

export function selectArticleCount(state: DalilState): number {
  return state.dataset?.pending?.articles ?? state.dataset?.articles.length ?? 0;
}

export function selectPlaceById(placeId: string) {
  return (state: DalilState): ListedPlaceFeature | null =>
    state.dataset ? (indexDataset(state.dataset).places.get(placeId) ?? null) : null;
}

/** A place's evidence narrowed to the claims shown: built once per set shown, so each read returns the same array. */
const filteredEvidence = memoize(evidenceWithVisibleClaims);

/**
 * The articles that mention a place, oldest first, each with its quoting sentences in reading order;
 * while the reader filters, only the sentences where a claim shown names the place.
 */
export function selectMentionsByArticle(placeId: string) {
  return (state: DalilState): readonly ArticleEvidence[] => {
    if (!state.dataset) return NO_EVIDENCE;
    const all = indexDataset(state.dataset).evidence.get(placeId) ?? NO_EVIDENCE;
    if (!isFiltering(state.filters)) return all;
    return filteredEvidence(all, indexClaims(state.dataset), selectVisibleClaimIds(state), placeId);
  };
}

/** How many of a place's quoting sentences the filters hide (0 when nothing is filtered). */
export function selectHiddenQuoteCount(placeId: string) {
  return (state: DalilState): number => {
    if (!state.dataset || !isFiltering(state.filters)) return 0;
    const count = (evidence: readonly ArticleEvidence[]) => evidence.reduce((n, e) => n + e.quotes.length, 0);
    const all = indexDataset(state.dataset).evidence.get(placeId) ?? NO_EVIDENCE;
    return count(all) - count(selectMentionsByArticle(placeId)(state));
  };
}

export function selectArticleById(articleId: string) {
  return (state: DalilState): ListedArticle | null =>
    state.dataset ? (indexDataset(state.dataset).articles.get(articleId) ?? null) : null;
}

/** The article open in the side panel, if any. */
export function selectOpenArticle(state: DalilState): ListedArticle | null {
  if (!state.dataset || !state.openArticle) return null;
  return indexDataset(state.dataset).articles.get(state.openArticle.articleId) ?? null;
}

/**
 * The sentence the side panel was opened at, to highlight: a place's quote, or a claim's (a denial read
 * beside a place names no place itself); null when no quote starts there.
 */
export function selectOpenQuote(state: DalilState): TextRange | null {
  if (!state.dataset || !state.openArticle) return null;
  const { articleId, quoteStart } = state.openArticle;
  const mentioned = indexDataset(state.dataset).quotes.get(articleId)?.get(quoteStart);
  if (mentioned) return mentioned;
  const claims = indexClaims(state.dataset).byArticle.get(articleId) ?? [];
  return claims.find((c) => c.quote.start === quoteStart)?.quote ?? null;
}
