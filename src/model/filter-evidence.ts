import type { ArticleEvidence } from './dataset-index';
import { claimsInQuote, type ClaimIndex } from './claim-index';

/**
 * True when a claim the filters leave names `placeId` in the sentence `quote` of `articleId`: the
 * sentences of a place that stay shown while the reader filters.
 */
export function quoteShownUnderFilters(
  index: ClaimIndex,
  visible: ReadonlySet<string>,
  placeId: string,
  articleId: string,
  quote: { start: number; end: number },
): boolean {
  return claimsInQuote(index, articleId, quote).some(
    (claim) => visible.has(claim.id) && claim.places.some((p) => p.placeId === placeId),
  );
}

/**
 * A place's evidence narrowed to the sentences where a claim the filters leave names the place: what
 * the popup and the list show while the reader filters. Articles left with no sentence are dropped.
 */
export function evidenceWithVisibleClaims(
  evidence: readonly ArticleEvidence[],
  index: ClaimIndex,
  visible: ReadonlySet<string>,
  placeId: string,
): ArticleEvidence[] {
  const kept: ArticleEvidence[] = [];
  for (const item of evidence) {
    const quotes = item.quotes.filter(({ quote }) =>
      quoteShownUnderFilters(index, visible, placeId, item.article.id, quote),
    );
    if (quotes.length > 0) kept.push(quotes.length === item.quotes.length ? item : { ...item, quotes });
  }
  return kept;
}
