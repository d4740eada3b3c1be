import { describe, expect, it } from 'vitest';
import { claimOf, claimsOf } from './claims-of';

const stanceOf = (text: string) => claimOf(text).stance;

describe('stance', () => {
  it('reads a denial: "ونفت روسيا تعزيز وجودها العسكري في سوريا"', () => {
    const claim = claimOf('ونفت روسيا تعزيز وجودها العسكري في سوريا.');
    expect(claim.stance).toBe('denied');
    expect(claim.cue?.text).toBe('ونفت');
  });

  it('reads a denial that comes as a verdict at the end: "… ليس صحيحا"', () => {
    expect(stanceOf('وقال سميرنوف إن التأكيد على أن روسيا أرسلت قوات إلى سوريا ليس صحيحا.')).toBe('denied');
  });

  it('reads "no comment" on a report: "ولم تعلق موسكو على هذه التقارير"', () => {
    const text =
      'وقالت مصادر لبنانية لرويترز إن القوات الروسية بدأت تشارك في العمليات القتالية. ولم تعلق موسكو على هذه التقارير.';
    expect(claimsOf(text).at(-1)!.stance).toBe('no-comment');
  });

  it('reads a likelihood as speculative: "ما يرجح نيتها لبناء قاعدة"', () => {
    expect(stanceOf('وقال المتحدث إن روسيا ما يرجح نيتها لبناء قاعدة عسكرية هناك.')).toBe('speculative');
  });

  it('reads a belief as speculative: "يعتقد" and "believe"', () => {
    expect(stanceOf('ويعتقد مسؤولون أمريكيون أن موسكو ترسل قوات إلى سوريا.')).toBe('speculative');
    expect(stanceOf('Western diplomats believe Russia sent tanks to Latakia.')).toBe('speculative');
  });

  it('reads weapons on their way as planned: "في طريقها إلى سورية لكنها لم تصلها"', () => {
    const claim = claimOf('والأسلحة في طريقها إلى سورية لكنها لم تصلها حتى الآن.');
    expect(claim.stance).toBe('planned');
    expect(claim.cue?.text).toBe('في طريقها');
  });

  it('reads a future verb that says something of its subject as planned', () => {
    expect(stanceOf('وقال المسؤولان الغربيان إن القوات الروسية هي التي ستشغل نظام "إس.إيه22".')).toBe(
      'planned',
    );
  });

  it('reads a confirmation: "أكدت الرئاسة السورية"', () => {
    expect(stanceOf('اكدت الرئاسة السورية الاربعاء ان ارسال قوات جوية روسية إلى سوريا تم بطلب منها.')).toBe(
      'confirmed',
    );
  });

  it('reads "will continue" as ongoing, not planned', () => {
    expect(stanceOf('وقال لافروف إن بلاده ستواصل تزويد الأسد بالسلاح.')).toBe('reported');
    expect(stanceOf('Russia will continue to supply weapons to Syria, Lavrov said.')).toBe('reported');
  });

  it('does not make a stated buildup speculative for the possibility it raises', () => {
    expect(stanceOf('لكن تعزيزا عسكريا روسيا في قاعدة اللاذقية يثير احتمال القيام بعمليات جوية.')).toBe(
      'reported',
    );
  });

  it('takes the strongest cue: a denial of an intention is a denial', () => {
    expect(stanceOf('ونفى الكرملين وجود أي نية لبدء إنشاءات عسكرية روسية في سوريا.')).toBe('denied');
  });

  it('reads the English cues the same way', () => {
    expect(stanceOf('The Kremlin declined to comment on the deployment.')).toBe('no-comment');
    expect(stanceOf('The Russian Defence Ministry denied that S-300 systems had been sent to Syria.')).toBe(
      'denied',
    );
    expect(stanceOf('A third official said the S-300s were still on their way.')).toBe('planned');
  });
});
