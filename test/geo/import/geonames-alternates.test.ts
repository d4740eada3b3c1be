import { describe, expect, it } from 'vitest';
import { alternateArabicName, readAlternateNames } from '../../../geo/import/geonames-alternates';

describe('readAlternateNames', () => {
  it('keeps the Arabic-script alternate names of each line, by geonameid', () => {
    const tsv =
      '361546\tArish\tArish\tAl Arish,El Arish,Эль-Ариш,אל עריש,العريش,عریش\t31.1\t33.8\tP\tPPLA\tEG\n' +
      '2988507\tParis\tParis\tParigi,Париж\t48.8\t2.3\tP\tPPLC\tFR\n';
    expect(readAlternateNames(tsv)).toEqual(new Map([[361546, ['العريش', 'عریش']]]));
  });
});

describe('alternateArabicName', () => {
  it('takes the name written in Arabic letters alone, not the Persian spelling', () => {
    expect(alternateArabicName(['العريش', 'عریش'])).toBe('العريش');
  });

  it('takes nothing when the alternate names are all Persian or Urdu spellings', () => {
    expect(alternateArabicName(['پاریس', 'کابل'])).toBeNull();
  });

  it('takes one name when the others are the same once folded or once the unit word is dropped', () => {
    expect(alternateArabicName(['أم درمان', 'ام درمان'])).toBe('أم درمان');
    expect(alternateArabicName(['صحار', 'ولاية صحار'])).toBe('صحار');
  });

  it('takes nothing when the alternate names name different things', () => {
    expect(alternateArabicName(['السيب', 'السيب الجديدة'])).toBeNull();
  });

  it('drops the vowel marks', () => {
    expect(alternateArabicName(['دِمْيَاط'])).toBe('دمياط');
  });
});
