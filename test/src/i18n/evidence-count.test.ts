import { describe, expect, it } from 'vitest';
import { evidenceCount } from '../../../src/i18n/evidence-count';

describe('evidenceCount', () => {
  it('counts quotes and articles in English, singular and plural', () => {
    expect(evidenceCount(3, 2, 'en')).toBe('3 quotes from 2 articles');
    expect(evidenceCount(1, 1, 'en')).toBe('1 quote from 1 article');
    expect(evidenceCount(1200, 40, 'en')).toBe('1,200 quotes from 40 articles');
  });

  it('uses the Arabic singular and dual, with the genitive dual after من', () => {
    expect(evidenceCount(1, 1, 'ar')).toBe('اقتباس واحد من مقال واحد');
    expect(evidenceCount(2, 2, 'ar')).toBe('اقتباسان من مقالين');
  });

  it('uses the Arabic plural for 3 to 10 and the singular accusative for 11 to 99', () => {
    expect(evidenceCount(3, 10, 'ar')).toBe('3 اقتباسات من 10 مقالات');
    expect(evidenceCount(11, 99, 'ar')).toBe('11 اقتباسًا من 99 مقالًا');
  });

  it('uses the Arabic singular after a hundred', () => {
    expect(evidenceCount(100, 102, 'ar')).toBe('100 اقتباس من 102 مقال');
  });

  it('writes Arabic counts in Latin digits', () => {
    expect(evidenceCount(5, 3, 'ar')).toMatch(/^5 .* 3 /);
  });
});
