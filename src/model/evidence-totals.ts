import type { ArticleEvidence } from './dataset-index';

/** How much evidence a place has: distinct quoting sentences, and the articles they come from. */
export function evidenceTotals(evidence: readonly ArticleEvidence[]): { quotes: number; articles: number } {
  return {
    quotes: evidence.reduce((sum, item) => sum + item.quotes.length, 0),
    articles: evidence.length,
  };
}
