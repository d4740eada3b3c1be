import { describe, expect, it } from 'vitest';
import { resolveWeekday } from '../../../geo/claims/dates';
import { claimOf } from './claims-of';

const dateOf = (text: string, published: string) => claimOf(text, published).eventDate;

describe('dates', () => {
  it('reads "الثلاثاء" in an article published on Tuesday 2015-09-15 as that very day', () => {
    expect(dateOf('دافع بوتين الثلاثاء عن إرسال قوات إلى سوريا.', '2015-09-15')).toBe('2015-09-15');
  });

  it('reads "أمس الجمعة" in an article published on Saturday 2015-09-19 as Friday 2015-09-18', () => {
    expect(dateOf('قال متحدث باسم الكرملين أمس الجمعة إن روسيا سترسل قوات.', '2015-09-19')).toBe(
      '2015-09-18',
    );
  });

  it('reads "اليوم الجمعة" as the day of publication', () => {
    expect(dateOf('قال لافروف اليوم الجمعة إن التنسيق مطلوب.', '2015-09-11')).toBe('2015-09-11');
  });

  it('reads "أمس، الخميس" across its comma', () => {
    expect(dateOf('نفى لافروف أمس، الخميس، أي تعزيز للوجود العسكري في سورية.', '2015-09-11')).toBe(
      '2015-09-10',
    );
  });

  it('reads "غداً الأحد" as the next Sunday', () => {
    expect(dateOf('وسيسافر كيري إلى لندن غداً الأحد.', '2015-09-19')).toBe('2015-09-20');
  });

  it('reads a bare weekday as the last such day for a past report', () => {
    expect(dateOf('ودعا الرئيس الروسي الاثنين إلى تشكيل تحالف واسع.', '2015-09-30')).toBe('2015-09-28');
  });

  it('reads a bare weekday as the next such day in a clause about the future', () => {
    expect(dateOf('Carter will meet NATO defence ministers in London on Thursday.', '2015-10-06')).toBe(
      '2015-10-08',
    );
  });

  it('keeps a weekday in the past when the plan it reports was made then: "ordered … on Thursday"', () => {
    expect(dateOf('The Pentagon on Thursday ordered troops to withdraw from Syria.', '2018-12-21')).toBe(
      '2018-12-20',
    );
  });

  it('reads "الجمعة الماضية" as the Friday before an article published on a Friday', () => {
    expect(dateOf('وصلت سفن روسية إلى طرطوس الجمعة الماضية.', '2015-09-11')).toBe('2015-09-04');
  });

  it('leaves "الأسبوع الماضي" without a date', () => {
    expect(dateOf('أكد لافروف الأسبوع الماضي أن روسيا سترسل أسلحة إلى سوريا.', '2015-09-15')).toBeNull();
  });

  it('reads a calendar date written with the Levantine and the Egyptian month names', () => {
    expect(dateOf('وصلت طائرات روسية إلى اللاذقية في 15 أيلول/سبتمبر 2015.', '2015-09-20')).toBe(
      '2015-09-15',
    );
  });

  it('gives no date for a month and a year alone', () => {
    expect(dateOf('وتقدم روسيا منذ منتصف مارس 2011 الدعم العسكري للأسد.', '2015-09-30')).toBeNull();
  });

  it('reads English days and dates', () => {
    expect(dateOf('Russia sent tanks to Latakia yesterday, officials said.', '2015-09-15')).toBe(
      '2015-09-14',
    );
    expect(dateOf('Russian jets have flown sorties since September 30.', '2015-10-23')).toBe('2015-09-30');
  });

  it('says which words gave the date', () => {
    const claim = claimOf('قال متحدث باسم الكرملين أمس الجمعة إن روسيا سترسل قوات.', '2015-09-19');
    expect(claim.dateText?.text).toBe('أمس الجمعة');
  });

  it('resolves weekdays forwards and backwards from a date, never crossing the week twice', () => {
    expect(resolveWeekday('2015-09-15', 2, 'past')).toBe('2015-09-15');
    expect(resolveWeekday('2015-09-15', 2, 'before')).toBe('2015-09-08');
    expect(resolveWeekday('2015-09-15', 0, 'future')).toBe('2015-09-20');
    expect(resolveWeekday('2015-09-15', 2, 'after')).toBe('2015-09-22');
  });

  it('takes no event date from a dateline: "ALGIERS, June 11 -" is when the report was filed', () => {
    expect(dateOf('ALGIERS, June 11 - Troops were deployed to Latakia.', '2025-06-11')).toBeNull();
    expect(dateOf('Troops were deployed to Latakia on June 9, officials said.', '2025-06-11')).toBe(
      '2025-06-09',
    );
  });
});
