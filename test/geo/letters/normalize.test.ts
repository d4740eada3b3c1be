import { describe, expect, it } from 'vitest';
import { normalize, normalizeName, toOriginal } from '../../../geo/letters/normalize';

describe('normalize', () => {
  it('folds the alef forms, ta marbuta, alef maqsura and hamza seats', () => {
    expect(normalize('أإآٱ ة ى ؤ ئ').text).toBe('اااا ه ي و ي');
  });

  it('folds Persian letters that appear in Arabic text', () => {
    expect(normalize('ی ک').text).toBe('ي ك');
  });

  it('drops diacritics, tatweel and direction marks but maps every kept letter back', () => {
    const original = 'اللاذقيـــةُ\u200f';
    const norm = normalize(original);
    expect(norm.text).toBe('اللاذقيه');
    for (let i = 0; i < norm.text.length; i++) {
      expect(normalize(original.charAt(norm.offsets[i]!)).text).toBe(norm.text.charAt(i));
    }
    expect(norm.offsets[norm.text.length]).toBe(original.length);
  });

  it('lowercases Latin and removes its accents', () => {
    expect(normalize('Türkiye LATAKIA').text).toBe('turkiye latakia');
  });

  it('turns Arabic-Indic digits into ASCII digits', () => {
    expect(normalize('٢٠١٥').text).toBe('2015');
  });

  it('keeps lone surrogates as they are, one unit each', () => {
    const norm = normalize('a\ud800b');
    expect(norm.text.length).toBe(3);
  });

  it('maps a span back including the vowel marks after its last letter', () => {
    const original = 'في دمشقَ اليوم';
    const norm = normalize(original);
    const start = norm.text.indexOf('دمشق');
    const [from, to] = toOriginal(norm, start, start + 4, original);
    expect(original.slice(from, to)).toBe('دمشقَ');
  });

  it('normalises names with their punctuation collapsed to single spaces', () => {
    expect(normalizeName('  Bassel al-Assad  Airport ')).toBe('bassel al assad airport');
  });
});

describe('normalizeName', () => {
  it('joins the words of a name by one space, whatever stood between them', () => {
    expect(normalizeName('  Hmeimim  Air-Base ')).toBe('hmeimim air base');
    expect(normalizeName('x – y')).toBe('x y');
  });

  it('drops the marks matching ignores inside a word', () => {
    expect(normalizeName('إنْجِلْتِرا')).toBe('انجلترا');
  });
});
