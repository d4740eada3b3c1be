import type { Language } from '../../geo/contract';
import { INTL_LOCALES } from './locale';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * Formats an ISO calendar date (`YYYY-MM-DD`) for the interface language. Articles are dated to the day,
 * so the date is read and written in UTC: no reader's time zone can move it to the day before.
 */
export function formatPublished(isoDate: string, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}
