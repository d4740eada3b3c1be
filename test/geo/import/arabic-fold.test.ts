import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../../geo/import/arabic-fold';
import { normalize } from '../../../geo/letters/normalize';

describe('foldArabic', () => {
  it('folds hamza seats, ta marbuta, alef maqsura and Persian letters, and drops vowel marks', () => {
    expect(foldArabic('أوكرانيا')).toBe(foldArabic('اوكرانيا'));
    expect(foldArabic('حماة')).toBe('حماه');
    expect(foldArabic('مؤتة')).toBe('موته');
    expect(foldArabic('سيناء')).toBe('سيناء');
    expect(foldArabic('طَرَابُلُس')).toBe('طرابلس');
    expect(foldArabic('کرج')).toBe('كرج');
  });

  it('is the matcher’s own fold, never more or less', () => {
    for (const name of ['عمّان', 'الإسكندرونة', 'دوشنبه', 'گرگان', 'Türkiye', 'ریا‌نوفوستی'])
      expect(foldArabic(name)).toBe(normalize(name).text);
  });
});
