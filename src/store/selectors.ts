/**
 * Derived data, read from the state. Each selector returns the same object for the same dataset, so it
 * can be passed straight to `useDalil`.
 */
import type { Article, PlaceFeature, Span } from '../../geo/contract';
import { indexDataset, type ArticleEvidence } from './dataset-index';
import type { DalilState } from './store';

const NO_PLACES: readonly PlaceFeature[] = [];
const NO_EVIDENCE: readonly ArticleEvidence[] = [];

export function selectPlaces(state: DalilState): readonly PlaceFeature[] {
  return state.dataset?.places.features ?? NO_PLACES;
}

export function selectArticleCount(state: DalilState): number {
  return state.dataset?.articles.length ?? 0;
}

export function selectPlaceById(placeId: string) {
  return (state: DalilState): PlaceFeature | null =>
    state.dataset ? (indexDataset(state.dataset).places.get(placeId) ?? null) : null;
}

/** The articles that mention a place, oldest first, each with its quoting sentences in reading order. */
export function selectMentionsByArticle(placeId: string) {
  return (state: DalilState): readonly ArticleEvidence[] =>
    state.dataset ? (indexDataset(state.dataset).evidence.get(placeId) ?? NO_EVIDENCE) : NO_EVIDENCE;
}

/** The article open in the side panel, if any. */
export function selectOpenArticle(state: DalilState): Article | null {
  if (!state.dataset || !state.openArticle) return null;
  return indexDataset(state.dataset).articles.get(state.openArticle.articleId) ?? null;
}

/** The sentence the side panel was opened at, to highlight; null when no quote starts there. */
export function selectOpenQuote(state: DalilState): Span | null {
  if (!state.dataset || !state.openArticle) return null;
  const { articleId, quoteStart } = state.openArticle;
  return indexDataset(state.dataset).quotes.get(articleId)?.get(quoteStart) ?? null;
}
