/**
 * The locale each interface language formats numbers and dates with.
 *
 * Arabic uses Latin digits (0-9), written out as `ar-u-nu-latn` rather than left to the browser: plain
 * `ar` gives Latin digits in Chromium but Arabic-Indic digits (٠-٩) in Firefox and Safari, and a count
 * should not change shape with the reader's browser. Latin digits also match the quotes beside them:
 * the seed articles, like most Arabic news sites online, write numbers with Latin digits. Quotes are
 * never reformatted; this only concerns the interface's own counts and dates.
 */
import type { Language } from '../../geo/contract';

export const INTL_LOCALES: Record<Language, string> = {
  ar: 'ar-u-nu-latn',
  en: 'en',
};

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A whole number written for the interface language, with its grouping: 1234 → "1,234". */
export function formatCount(count: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[language]);
    numberFormats.set(language, format);
  }
  return format.format(count);
}
