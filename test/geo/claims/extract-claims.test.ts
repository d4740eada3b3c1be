import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../geo/article';
import { extractClaims } from '../../../geo/claims/extract-claims';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';
import { geoparse, geoparseArticle } from '../../../geo/geoparse';
import { readText } from '../../../geo/text/reading';
import { article, claimOf, claimsOf } from './claims-of';

// Built once, outside any test's time limit.
const gazetteer = defaultGazetteer();

describe('extractClaims', () => {
  it('makes a report and its denial in one sentence two claims, the denial answering the report', () => {
    const [denial, report] = claimsOf(
      'وكان لافروف قد نفى أمس أي تعزيز للوجود العسكري الروسي في سورية، ردّاً على اتهامات الولايات المتحدة التي كشفت عن نشر جنود روس في اللاذقية.',
      '2015-09-11',
    );
    expect(denial).toMatchObject({ stance: 'denied', activities: ['presence'], eventDate: '2015-09-10' });
    expect(report).toMatchObject({ stance: 'accused', activities: ['ground'], eventDate: null });
    expect(report!.claimant?.id).toBe('united-states');
    expect(denial!.respondsTo).toBe(report!.id);
    expect(denial!.quote).toEqual(report!.quote);
  });

  it('gives a "no comment" on "these reports" the activities of the report it answers', () => {
    const [report, silence] = claimsOf(
      'وقالت مصادر لبنانية إن القوات الروسية بدأت تشارك في العمليات القتالية. ولم تعلق موسكو على هذه التقارير.',
    );
    expect(silence).toMatchObject({
      stance: 'no-comment',
      activities: report!.activities,
      respondsTo: report!.id,
    });
  });

  it('keeps an explicit denial of something that is no activity as a claim with no activity', () => {
    expect(claimOf('وقال سميرنوف إن التأكيد على أن دعم موسكو يؤثر سلبا على الوضع ليس صحيحا.')).toMatchObject({
      stance: 'denied',
      activities: [],
    });
  });

  it('makes no claim of a sentence that speaks of no activity', () => {
    expect(claimsOf('وأضاف أن الوضع في البلاد كان سيكون أسوأ مما هو في ليبيا.')).toEqual([]);
  });

  it('numbers claims in text order and repeats the publication date on each', () => {
    const claims = claimsOf('أرسلت روسيا دبابات إلى اللاذقية. ونفت روسيا ذلك.', '2015-09-19');
    expect(claims.map((c) => [c.id, c.published])).toEqual([
      ['t#1', '2015-09-19'],
      ['t#2', '2015-09-19'],
    ]);
  });

  it('cites only verbatim slices of the seed articles', () => {
    for (const name of readdirSync('geo/articles')) {
      const article = parseArticle(readFileSync(join('geo/articles', name), 'utf8'), name);
      const { claims } = extractClaims(article, geoparse(article.text, article.id, gazetteer).features);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims)
        for (const span of [c.quote, c.clause, c.claimant, c.via, c.cue, c.dateText, ...c.equipment])
          if (span) expect(article.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('reads the article once: from the reading the geoparser made, the claims are those it reads itself', () => {
    const name = readdirSync('geo/articles')[0]!;
    const seed = parseArticle(readFileSync(join('geo/articles', name), 'utf8'), name);
    const { features, reading } = geoparseArticle(seed.text, seed.id, gazetteer);
    expect(reading?.text).toBe(seed.text);
    expect(extractClaims(seed, features, { reading })).toEqual(extractClaims(seed, features));
  });

  it('refuses a reading of another text', () => {
    const text = 'أرسلت روسيا دبابات إلى اللاذقية.';
    expect(() => extractClaims(article(text), [], { reading: readText(text + ' ') })).toThrow(/another text/);
  });

  it('gives a "no comment" on a named topic the activities of the claim that spoke of it', () => {
    const claims = claimsOf(
      "Russia's navy began exercises at sea off Tartus, officials said. Syria's defence minister said troops would arrive in Latakia. The Kremlin declined to comment on the exercises.",
    );
    expect(claims.at(-1)).toMatchObject({
      stance: 'no-comment',
      activities: ['naval'],
      respondsTo: claims[0]!.id,
    });
  });

  it('reads a "no comment" on a question of no activity as answering no claim', () => {
    const claims = claimsOf(
      'Syrian troops retook the town near Latakia after fighting, officials said. The company declined to comment on when work at its plant in Tartus would resume.',
    );
    expect(claims.map((c) => c.stance)).toEqual(['reported']);
  });

  it('reads a response that takes up the sentence as its own claim: "، وهو ما نفته", ", which … denied", "وهو ما لم تعلق عليه"', () => {
    for (const text of [
      'واتهمت دمشق أنقرة بتسليح مجموعات قرب اللاذقية، وهو ما نفته تركيا.',
      "Syria's government accused Ankara of arming groups near Latakia, which Turkey denied.",
    ]) {
      const [accusation, denial] = claimsOf(text);
      expect(accusation).toMatchObject({ stance: 'accused', activities: ['weapons'] });
      expect(denial).toMatchObject({ stance: 'denied', activities: ['weapons'], respondsTo: accusation!.id });
      expect(denial!.claimant?.party).toBe('TR');
    }
    // A silence that takes up the report, its speaker after the pronoun of what was said.
    const [report, silence] = claimsOf(
      'وذكرت إذاعة محلية أن قوات روسية انسحبت من اللاذقية، وهو ما لم تعلق عليه موسكو.',
    );
    expect(report).toMatchObject({ stance: 'reported', activities: ['ground'] });
    expect(silence).toMatchObject({ stance: 'no-comment', respondsTo: report!.id });
    expect(silence!.claimant?.party).toBe('RU');
    // A relative clause that denies nothing stays inside its sentence.
    expect(claimsOf('Russia sent troops to Latakia, which lies on the coast, officials said.')).toHaveLength(
      1,
    );
  });
});
