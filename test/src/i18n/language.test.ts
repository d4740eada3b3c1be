import { describe, expect, it } from 'vitest';
import {
  directionOf,
  initialLanguage,
  languageFromBrowser,
  languageFromSearch,
  searchWithLanguage,
} from '../../../src/i18n/language';

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

  it('takes the first of Arabic or English among the browser languages, whatever their region', () => {
    expect(languageFromBrowser(['fr-FR', 'en-GB', 'ar'])).toBe('en');
    expect(languageFromBrowser(['AR-eg', 'en'])).toBe('ar');
    expect(languageFromBrowser(['fr', 'de'])).toBeNull();
    expect(languageFromBrowser([])).toBeNull();
  });

  it('starts in the language of the URL, else of the browser, else Arabic', () => {
    expect(initialLanguage('?lang=ar', ['en-US'])).toBe('ar');
    expect(initialLanguage('?lang=en', ['ar'])).toBe('en');
    expect(initialLanguage('', ['en-US'])).toBe('en');
    expect(initialLanguage('?lang=fr', ['de', 'en'])).toBe('en');
    expect(initialLanguage('', ['fr'])).toBe('ar');
  });

  it('keeps ?lang=ar in the address of a reader whose browser would open in English', () => {
    expect(searchWithLanguage('', 'ar', 'en')).toBe('?lang=ar');
    expect(searchWithLanguage('?lang=en', 'en', 'en')).toBe('');
  });

  it('reads Arabic right to left and English left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
