import { describe, expect, it } from 'vitest';
import { f1, scoreClaims, type GoldFile } from '../../../geo/eval/score-claims';
import { claimsOf } from '../claims/claims-of';

const text = 'وقال مسؤولون أمريكيون إن روسيا أرسلت دبابات إلى اللاذقية. ونفت روسيا ذلك.';

const gold = (claims: GoldFile['claims']): GoldFile => ({ article: 't', claims });
/** The gold of the first clause of `text`, said by `claimant`. */
const sentTanks = (claimant: GoldFile['claims'][number]['claimant']) =>
  gold([{ anchor: 'أرسلت دبابات', activities: ['ground'], claimant, stance: 'reported' }]);

describe('scoreClaims', () => {
  it('pairs a gold claim with the extracted claim whose clause holds its anchor', () => {
    const score = scoreClaims(
      text,
      gold([
        {
          anchor: 'أرسلت دبابات',
          activities: ['ground'],
          claimant: { id: 'us-officials', text: 'مسؤولون' },
          stance: 'reported',
        },
        {
          anchor: 'ونفت روسيا',
          activities: ['ground'],
          claimant: { id: 'russia', text: 'روسيا' },
          stance: 'denied',
        },
      ]),
      claimsOf(text),
    );
    expect(score.counts.claims).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.counts.stance).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.denials).toEqual([{ anchor: 'ونفت روسيا', gold: 'denied', found: 'denied' }]);
  });

  it('counts a wrong stance as a false positive and a false negative, and names it', () => {
    const score = scoreClaims(
      text,
      gold([{ anchor: 'أرسلت دبابات', activities: ['ground', 'air'], claimant: null, stance: 'planned' }]),
      claimsOf(text).slice(0, 1),
    );
    expect(score.counts.stance).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.counts.activity).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.counts.claimant).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.errors).toContain('"أرسلت دبابات" stance: gold planned, found reported');
  });

  it('matches a claimant known only by its words when the extracted span overlaps them', () => {
    const score = scoreClaims(text, sentTanks({ text: 'أمريكيون' }), claimsOf(text).slice(0, 1));
    expect(score.counts.claimant).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores who the claimant speaks for when the gold gives it', () => {
    const score = scoreClaims(text, sentTanks({ text: 'مسؤولون', party: 'RU' }), claimsOf(text).slice(0, 1));
    expect(score.accuracy.party).toEqual({ right: 0, of: 1 });
    expect(score.errors).toContain('"أرسلت دبابات" party: gold RU, found US');
  });

  it("counts a site right only when every site read is the gold's, and none when the gold says null", () => {
    const site = (where: string | null) =>
      scoreClaims(
        'قصفت طائرات روسية مواقع في اللاذقية.',
        gold([
          { anchor: 'قصفت', activities: ['air', 'combat'], claimant: null, stance: 'reported', site: where },
        ]),
        claimsOf('قصفت طائرات روسية مواقع في اللاذقية.'),
      ).accuracy.site;
    expect(site('latakia')).toEqual({ right: 1, of: 1 });
    expect(site(null)).toEqual({ right: 0, of: 1 });
    expect(site('aleppo')).toEqual({ right: 0, of: 1 });
  });

  it('refuses an anchor that is not in the article exactly once', () => {
    expect(() =>
      scoreClaims(text, gold([{ anchor: 'روسيا', activities: [], claimant: null, stance: 'reported' }]), []),
    ).toThrow(/anchor/);
  });

  it('computes precision, recall and F1, and zero for nothing', () => {
    expect(f1({ tp: 3, fp: 1, fn: 0 })).toEqual({ p: 0.75, r: 1, f1: 6 / 7 });
    expect(f1({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});
