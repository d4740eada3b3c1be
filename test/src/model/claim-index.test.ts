import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../geo/contract';
import { claimDate, claimsInQuote, indexClaims, withResponsesAfter } from '../../../src/model/claim-index';
import { builtListed } from '../fixtures/built-dataset';

const claim = (id: string, respondsTo: string | null = null) => ({ id, respondsTo }) as Claim;

describe('claim index', () => {
  it('puts an answer right after what it answers, even when the text gives it first', () => {
    const ordered = withResponsesAfter([claim('denial', 'report'), claim('other'), claim('report')]);
    expect(ordered.map((c) => c.id)).toEqual(['other', 'report', 'denial']);
  });

  it('keeps an answer whose claim is elsewhere in its own place', () => {
    const ordered = withResponsesAfter([claim('a'), claim('denial', 'not-here'), claim('b')]);
    expect(ordered.map((c) => c.id)).toEqual(['a', 'denial', 'b']);
  });

  it('dates a claim by its event, else by its article', () => {
    expect(claimDate({ eventDate: '2015-09-10', published: '2015-09-11' })).toBe('2015-09-10');
    expect(claimDate({ eventDate: null, published: '2015-09-11' })).toBe('2015-09-11');
  });

  it('finds every claim of a sentence of the seeds, a report and its denial together', () => {
    const dataset = builtListed();
    const index = indexClaims(dataset);
    const denial = (dataset.claims ?? []).find((c) => c.stance === 'denied' && c.respondsTo !== null);
    expect(denial).toBeDefined();
    const inQuote = claimsInQuote(index, denial!.articleId, denial!.quote);
    expect(inQuote.map((c) => c.id)).toContain(denial!.id);
    expect(inQuote.map((c) => c.id)).toContain(denial!.respondsTo);
    expect(index.responses.get(denial!.respondsTo!)).toContain(denial);
  });

  it('lists each named claimant once', () => {
    const { claimants } = indexClaims(builtListed());
    const ids = claimants.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('us-officials');
    expect(ids).not.toContain(null);
  });
});
