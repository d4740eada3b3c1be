import { describe, expect, it } from 'vitest';
import { directionOf, languageFromSearch, searchWithLanguage } from '../../../src/i18n/language';

describe('language', () => {
  it('is Arabic by default and English with ?lang=en', () => {
    expect(languageFromSearch('')).toBe('ar');
    expect(languageFromSearch('?lang=en')).toBe('en');
    expect(languageFromSearch('?x=1&lang=en')).toBe('en');
  });

  it('falls back to Arabic for a language it does not have', () => {
    expect(languageFromSearch('?lang=fr')).toBe('ar');
  });

  it('writes English into the query string and drops the parameter for Arabic', () => {
    expect(searchWithLanguage('?x=1', 'en')).toBe('?x=1&lang=en');
    expect(searchWithLanguage('?lang=en&x=1', 'ar')).toBe('?x=1');
    expect(searchWithLanguage('?lang=en', 'ar')).toBe('');
  });

  it('reads Arabic right to left and English left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
