import { describe, expect, it } from 'vitest';
import { evidenceTotals } from '../../../src/model/evidence-totals';
import type { ArticleEvidence } from '../../../src/model/dataset-index';

describe('evidenceTotals', () => {
  it('counts the distinct sentences and the articles they come from', () => {
    const evidence = [{ quotes: [{}, {}] }, { quotes: [{}] }] as unknown as ArticleEvidence[];
    expect(evidenceTotals(evidence)).toEqual({ quotes: 3, articles: 2 });
  });

  it('counts nothing for a place without evidence', () => {
    expect(evidenceTotals([])).toEqual({ quotes: 0, articles: 0 });
  });
});
