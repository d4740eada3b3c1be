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

  it('changes a claim field by field, each decision on the clause applied in turn', () => {
    const claim = automatic[0]!;
    const place = claim.places.find((p) => p.role === 'site') ?? claim.places[0]!;
    const who = ARTICLE.text.indexOf('مسؤولون أمريكيون');
    const result = read([
      { ...onClause(0), action: 'claim-stance', stance: 'speculative', ...signed },
      {
        ...onClause(0),
        action: 'claim-edit',
        changes: {
          activities: ['air', 'ground'],
          to: place.placeId,
          claimant: { start: who, end: who + 'مسؤولون أمريكيون'.length, text: 'مسؤولون أمريكيون' },
          eventDate: '2015-09-18',
        },
        ...signed,
      },
    ]);
    const edited = result.claims.find((c) => c.id === claim.id)!;
    expect(edited.stance).toBe('speculative');
    expect(edited.activities).toEqual(['air', 'ground']);
    expect(edited.to).toBe(place.placeId);
    expect(edited.claimant).toEqual({
      id: null,
      name: null,
      party: null,
      start: who,
      end: who + 'مسؤولون أمريكيون'.length,
      text: 'مسؤولون أمريكيون',
    });
    expect(edited.eventDate).toBe('2015-09-18');
    expect(edited.review?.state).toBe('corrected');
    expect(result.applied).toHaveLength(2);
    expect(result.stale).toEqual([]);
  });

  it('reports a change that does not fit its claim, and applies nothing of it', () => {
    const moscow = ARTICLE.text.indexOf('موسكو');
    const result = read([
      { ...onClause(0), action: 'claim-edit', changes: { to: 'tartus', stance: 'planned' }, ...signed },
      {
        ...onClause(0),
        action: 'claim-edit',
        changes: { claimant: { start: moscow, end: moscow + 5, text: 'موسكو' }, stance: 'denied' },
        ...signed,
      },
    ]);
    expect(result.stale.map((s) => s.problem)).toEqual([
      'tartus is not a place of this clause',
      "the claimant's words are not in the claim's sentence",
    ]);
    expect(result.claims).toEqual(automatic);
  });

  it('adds a claim the reading missed on the words the editor chose, with its sentence and places', () => {
    const words = 'ونفت موسكو ذلك';
    const start = ARTICLE.text.indexOf(words);
    const withoutReply = read([
      { ...onClause(automatic.length - 1), action: 'claim-delete', ...signed },
    ]).claims;
    const result = read([
      { ...onClause(automatic.length - 1), action: 'claim-delete', ...signed },
      {
        articleId: 'a1',
        start,
        end: start + words.length,
        text: words,
        action: 'claim-add',
        stance: 'denied',
        activities: ['air'],
        ...signed,
      },
    ]);
    expect(result.claims).toHaveLength(withoutReply.length + 1);
    const added = result.claims.find((c) => c.clause.text === words)!;
    expect(added.stance).toBe('denied');
    expect(added.quote.text).toBe(ARTICLE.text.slice(added.quote.start, added.quote.end));
    expect(added.quote.text).toContain(words);
    expect(added.places.map((p) => p.placeId)).toContain('moscow');
    expect(added.review).toEqual({ state: 'corrected', ...signed });
    // The map draws its places: their mentions take the role they have in it.
    const moscow = result.features.find((f) => f.properties.id === 'moscow')!;
    expect(moscow.properties.mentions.find((m) => m.start === added.places[0]!.start)?.role).not.toBe(
      'context',
    );
  });
});
