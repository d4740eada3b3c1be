import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../../src/i18n/format-date';
import { formatCount } from '../../../src/i18n/locale';

describe('interface locale', () => {
  it('writes Arabic counts with Latin digits, whatever the browser would choose for plain "ar"', () => {
    expect(formatCount(1234, 'ar')).toBe('1,234');
    expect(formatCount(26, 'ar')).not.toMatch(/[٠-٩]/);
  });

  it('writes Arabic dates with Latin digits and the Arabic month name', () => {
    expect(formatPublished('2015-09-15', 'ar')).toBe('15 سبتمبر 2015');
  });

  it('writes English counts with a thousands separator', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
  });
});
