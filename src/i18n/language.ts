/**
 * The interface language. A news page embeds the map with `?lang=ar` or `?lang=en` in the iframe `src`
 * (the address codec reads it); without it the reader's browser languages decide (the first of Arabic or
 * English they list), and failing that Arabic.
 */
import type { Language } from '../../geo/contract';

export const DEFAULT_LANGUAGE: Language = 'ar';

/**
 * The first of Arabic or English in the browser's preferred languages (`navigator.languages`, BCP 47
 * tags such as `en-GB` or `ar-EG`), or null when it lists neither.
 */
export function languageFromBrowser(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-', 1)[0];
    if (primary === 'ar' || primary === 'en') return primary;
  }
  return null;
}

/** The language a reader gets from an address that names none: the browser's, else Arabic. */
export function unmarkedLanguage(preferred: readonly string[]): Language {
  return languageFromBrowser(preferred) ?? DEFAULT_LANGUAGE;
}

/** The language to show: the one the address names, else the browser's, else Arabic. */
export function chooseLanguage(named: Language | null, preferred: readonly string[]): Language {
  return named ?? unmarkedLanguage(preferred);
}

/**
 * The language as the address should name it: null (not named) when it is the one this reader would get
 * anyway, so addresses stay clean yet a reload keeps the choice.
 */
export function markedLanguage(language: Language, preferred: readonly string[]): Language | null {
  return language === unmarkedLanguage(preferred) ? null : language;
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
