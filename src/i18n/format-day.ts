import type { Language } from '../../geo/contract';
import { INTL_LOCALES } from './locale';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/** A short day for the timeline's axis, "15 Sep" or "15 سبتمبر", read in UTC like every date here. */
export function formatDay(isoDate: string, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[language], {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    formatters.set(language, formatter);
  }
  return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}
