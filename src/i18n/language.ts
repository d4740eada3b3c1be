/**
 * The interface language, and the one place that reads and writes the `lang` URL parameter. A news page
 * embeds the map with `?lang=ar` or `?lang=en` in the iframe `src`; without it the reader's browser
 * languages decide (the first of Arabic or English they list), and failing that Arabic.
 */
import type { Language } from '../../geo/contract';

export const DEFAULT_LANGUAGE: Language = 'ar';
const LANGUAGE_PARAM = 'lang';

/** The language a query string such as `?lang=en` names, or null when it names none we have. */
export function languageInSearch(search: string): Language | null {
  const value = new URLSearchParams(search).get(LANGUAGE_PARAM);
  return value === 'ar' || value === 'en' ? value : null;
}

/** Reads the interface language from a query string such as `?lang=en`; anything unknown means Arabic. */
export function languageFromSearch(search: string): Language {
  return languageInSearch(search) ?? DEFAULT_LANGUAGE;
}

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

/** The language a reader gets from a URL without `lang`: the browser's, else Arabic. */
export function unmarkedLanguage(preferred: readonly string[]): Language {
  return languageFromBrowser(preferred) ?? DEFAULT_LANGUAGE;
}

/** The language to start in: the URL's, else the browser's, else Arabic. */
export function initialLanguage(search: string, preferred: readonly string[]): Language {
  return languageInSearch(search) ?? unmarkedLanguage(preferred);
}

/**
 * The query string that keeps every other parameter and names `language`, omitted when it is `unmarked`
 * (the language this reader would get anyway), so addresses stay clean yet a reload keeps the choice.
 */
export function searchWithLanguage(
  search: string,
  language: Language,
  unmarked: Language = DEFAULT_LANGUAGE,
): string {
  const params = new URLSearchParams(search);
  if (language === unmarked) params.delete(LANGUAGE_PARAM);
  else params.set(LANGUAGE_PARAM, language);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
