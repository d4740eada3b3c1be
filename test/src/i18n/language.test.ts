import { describe, expect, it } from 'vitest';
import { parseAddress, searchWith } from '../../../src/address/codec';
import { chooseLanguage, directionOf, languageFromBrowser, markedLanguage } from '../../../src/i18n/language';

/** The language a reader with these browser languages sees at this address. */
const languageAt = (search: string, preferred: readonly string[] = []) =>
  chooseLanguage(parseAddress(search).language, preferred);

/** The address after the reader chose `language`, named only when the browser would not give it. */
const searchAfterChoosing = (search: string, language: 'ar' | 'en', preferred: readonly string[] = []) =>
  searchWith(search, { language: markedLanguage(language, preferred) });

describe('language', () => {
  it('is Arabic by default and English with ?lang=en', () => {
    expect(languageAt('')).toBe('ar');
    expect(languageAt('?lang=en')).toBe('en');
    expect(languageAt('?x=1&lang=en')).toBe('en');
  });

  it('falls back to Arabic for a language it does not have', () => {
    expect(languageAt('?lang=fr')).toBe('ar');
  });

  it('writes English into the query string and drops the parameter for Arabic', () => {
    expect(searchAfterChoosing('?x=1', 'en')).toBe('?x=1&lang=en');
    expect(searchAfterChoosing('?lang=en&x=1', 'ar')).toBe('?x=1');
    expect(searchAfterChoosing('?lang=en', 'ar')).toBe('');
  });

  it('takes the first of Arabic or English among the browser languages, whatever their region', () => {
    expect(languageFromBrowser(['fr-FR', 'en-GB', 'ar'])).toBe('en');
    expect(languageFromBrowser(['AR-eg', 'en'])).toBe('ar');
    expect(languageFromBrowser(['fr', 'de'])).toBeNull();
    expect(languageFromBrowser([])).toBeNull();
  });

  it('starts in the language of the URL, else of the browser, else Arabic', () => {
    expect(languageAt('?lang=ar', ['en-US'])).toBe('ar');
    expect(languageAt('?lang=en', ['ar'])).toBe('en');
    expect(languageAt('', ['en-US'])).toBe('en');
    expect(languageAt('?lang=fr', ['de', 'en'])).toBe('en');
    expect(languageAt('', ['fr'])).toBe('ar');
  });

  it('keeps ?lang=ar in the address of a reader whose browser would open in English', () => {
    expect(searchAfterChoosing('', 'ar', ['en'])).toBe('?lang=ar');
    expect(searchAfterChoosing('?lang=en', 'en', ['en'])).toBe('');
  });

  it('reads Arabic right to left and English left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
