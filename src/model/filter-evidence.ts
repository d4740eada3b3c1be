import type { ArticleEvidence } from './dataset-index';
import { claimsInQuote, type ClaimIndex } from './claim-index';

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
      claimsInQuote(index, item.article.id, quote).some(
        (claim) => visible.has(claim.id) && claim.places.some((p) => p.placeId === placeId),
      ),
    );
    if (quotes.length > 0) kept.push(quotes.length === item.quotes.length ? item : { ...item, quotes });
  }
  return kept;
}
