import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../../src/i18n/format-date';

describe('formatPublished', () => {
  it('writes the date in English words', () => {
    expect(formatPublished('2015-09-15', 'en')).toBe('September 15, 2015');
  });

  it('writes the date with the Arabic month name', () => {
    expect(formatPublished('2015-09-15', 'ar')).toMatch(/سبتمبر/);
  });

  it('never moves the date to the day before, whatever the time zone', () => {
    expect(formatPublished('2015-01-01', 'en')).toBe('January 1, 2015');
  });
});
