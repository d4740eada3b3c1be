import { describe, expect, it } from 'vitest';
import { readArticle, readPlaces } from '../../../geo/corrections/read-article';
import type { Correction } from '../../../geo/corrections/schema';
import { plainArticle } from '../plain-article';
import { smallGazetteer } from '../small-gazetteer';

const gazetteer = smallGazetteer();
const ARTICLE = plainArticle(
  'a1',
  'قال مسؤولون أمريكيون إن روسيا أرسلت طائرات مقاتلة إلى اللاذقية. ونفت موسكو ذلك.',
);
const places = readPlaces(ARTICLE, gazetteer);
const read = (corrections: Correction[]) => readArticle(ARTICLE, places, gazetteer, corrections);
const signed = { by: 'Rana', at: '2026-12-02T10:00:00Z', note: null };
const automatic = read([]).claims;
const onClause = (k: number): Pick<Correction, 'articleId' | 'start' | 'end' | 'text'> => {
  const { start, end, text } = automatic[k]!.clause;
  return { articleId: 'a1', start, end, text };
};

describe('claim corrections', () => {
  it('reads claims in the fixture, one answering the other', () => {
    expect(automatic.length).toBeGreaterThanOrEqual(2);
    expect(automatic.some((c) => c.respondsTo === automatic[0]!.id)).toBe(true);
  });

  it('gives a claim the stance the editor chose, marked corrected and signed', () => {
    const result = read([{ ...onClause(0), action: 'claim-stance', stance: 'speculative', ...signed }]);
    expect(result.claims[0]!.stance).toBe('speculative');
    expect(result.claims[0]!.review).toEqual({ state: 'corrected', ...signed });
    expect(result.applied).toHaveLength(1);
  });

  it('deletes a claim, and a reply to it answers nothing any more', () => {
    const result = read([{ ...onClause(0), action: 'claim-delete', ...signed }]);
    expect(result.claims.map((c) => c.id)).not.toContain(automatic[0]!.id);
    expect(result.claims.every((c) => c.respondsTo !== automatic[0]!.id)).toBe(true);
  });

  it('reports a decision on words that are no claim now, or that moved, and applies nothing of it', () => {
    const moved = { ...onClause(0), start: 1, end: 1 + onClause(0).text.length };
    const notAClaim = { articleId: 'a1', start: 0, end: 3, text: 'قال' };
    const result = read([
      { ...moved, action: 'claim-delete', ...signed },
      { ...notAClaim, action: 'claim-stance', stance: 'denied', ...signed },
    ]);
    expect(result.stale.map((s) => s.problem)).toEqual([
      expect.stringMatching(/^the words at 1–\d+ now read /),
      'no claim is read in these words now',
    ]);
    expect(result.claims).toEqual(automatic);
  });
});
