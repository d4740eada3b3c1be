/**
 * The interface language: Arabic by default, English with `?lang=en`. The URL is the source of truth on
 * load, so a news page can embed either version with a plain iframe `src`.
 */
import type { Language } from '../../geo/contract';

export const DEFAULT_LANGUAGE: Language = 'ar';
const LANGUAGE_PARAM = 'lang';

/** Reads the interface language from a query string such as `?lang=en`; anything unknown means Arabic. */
export function languageFromSearch(search: string): Language {
  return new URLSearchParams(search).get(LANGUAGE_PARAM) === 'en' ? 'en' : DEFAULT_LANGUAGE;
}

/** The query string that keeps every other parameter and names `language` (omitted when it is the default). */
export function searchWithLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search);
  if (language === DEFAULT_LANGUAGE) params.delete(LANGUAGE_PARAM);
  else params.set(LANGUAGE_PARAM, language);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
