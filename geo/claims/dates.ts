/**
 * The date a clause gives, resolved against the article's publication date: a weekday ("الثلاثاء" is
 * the latest Tuesday on or before publication, "غداً الأحد" the next Sunday), a relative day ("أمس",
 * "today"), or a calendar date ("15 أيلول/سبتمبر 2015", "September 15"). A year or a month alone, and
 * "last week", give no day: null.
 */
import type { Reading } from '../text/reading';
import { DATE_WORDS } from '../lexicon/lexicon';
import { readings } from './phrases';

export interface DateFound {
  /** ISO 8601 calendar date. */
  date: string;
  /** Token range of the words that give it. */
  first: number;
  end: number;
}

/** Weekday words by their day number (0 Sunday … 6 Saturday). */
const WEEKDAYS = new Map(
  DATE_WORDS.weekdays.days.flatMap((words, day) => [...words].map((w) => [w, day] as const)),
);
/** Days from publication, by word. */
const RELATIVE = new Map(
  DATE_WORDS.relativeDays.offsets.flatMap(({ days, words }) => [...words].map((w) => [w, days] as const)),
);
const { past: PAST, next: NEXT } = DATE_WORDS;
/** The names of each month, January first. */
const MONTHS = DATE_WORDS.months.names.map((names) => [...names]);

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => toIso(new Date(toDate(iso).getTime() + n * DAY));

/** The date of a weekday relative to `published`: the latest on or before it, or the next on or after it. */
export function resolveWeekday(
  published: string,
  weekday: number,
  direction: 'past' | 'future' | 'before' | 'after',
): string {
  const today = toDate(published).getUTCDay();
  if (direction === 'past' || direction === 'before') {
    let back = (today - weekday + 7) % 7;
    if (back === 0 && direction === 'before') back = 7;
    return addDays(published, -back);
  }
  let ahead = (weekday - today + 7) % 7;
  if (ahead === 0 && direction === 'after') ahead = 7;
  return addDays(published, ahead);
}

/**
 * The first date tokens `[from, to)` give, or null. `future` says the clause speaks of what is to come,
 * so that a bare weekday is the next one rather than the last.
 */
export function findDate(
  at: Reading,
  from: number,
  to: number,
  published: string,
  future: boolean,
): DateFound | null {
  for (let i = from; i < to; i++) {
    const word = at.tokens[i]!.text;
    const bare = readings(word);
    const relative = bare.map((r) => RELATIVE.get(r)).find((n) => n !== undefined);
    if (relative !== undefined) {
      const weekdayNext = i + 1 < to && weekdayOf(at.tokens[i + 1]!.text) !== undefined;
      return { date: addDays(published, relative), first: i, end: weekdayNext ? i + 2 : i + 1 };
    }
    const weekday = weekdayOf(word);
    if (weekday !== undefined) {
      const after = at.tokens[i + 1]?.text ?? '';
      const before = at.tokens[i - 1]?.text ?? '';
      if (NEXT.has(after) || NEXT.has(before))
        return { date: resolveWeekday(published, weekday, 'after'), first: i, end: i + 1 };
      if (PAST.has(after) || PAST.has(before))
        return { date: resolveWeekday(published, weekday, 'before'), first: i, end: i + 1 };
      return { date: resolveWeekday(published, weekday, future ? 'future' : 'past'), first: i, end: i + 1 };
    }
    const calendar = calendarDate(at, i, to, published);
    if (calendar && !inDateline(at, calendar)) return calendar;
  }
  return null;
}

/**
 * "CARACAS, June 11 - …": the date of a dateline is when the report was filed, not when anything in it
 * happened: a calendar date between a line's first words and their dash.
 */
function inDateline(at: Reading, date: DateFound): boolean {
  const start = at.origStart[date.first]!;
  const end = at.origEnd[date.end - 1]!;
  const lineStart = at.text.lastIndexOf('\n', start - 1) + 1;
  return (
    /^[^\n,.]{1,40},[^\S\n]*$/.test(at.text.slice(lineStart, start)) &&
    /^[^\S\n]*(\([^)\n]*\)[^\S\n]*)?[-–—]/.test(at.text.slice(end, end + 30))
  );
}

/** True for a weekday or a relative day ("الثلاثاء", "أمس", "today"): never part of a source's name. */
export function isDateWord(word: string): boolean {
  return weekdayOf(word) !== undefined || readings(word).some((r) => RELATIVE.has(r));
}

function weekdayOf(word: string): number | undefined {
  for (const r of readings(word)) {
    const d = WEEKDAYS.get(r);
    if (d !== undefined && (r.startsWith('ال') || /^[a-z]/.test(r))) return d;
  }
  return undefined;
}

/** "15 سبتمبر 2015", "15 أيلول/سبتمبر", "September 15, 2015": the day must be there. */
function calendarDate(at: Reading, i: number, to: number, published: string): DateFound | null {
  const t = (k: number) => (k < to ? at.tokens[k]!.text : '');
  const dayFirst = /^\d{1,2}$/.test(t(i)) ? monthAt(at, i + 1, to) : null;
  const monthFirst = dayFirst ? null : monthAt(at, i, to);
  const day = dayFirst
    ? Number(t(i))
    : monthFirst && /^\d{1,2}$/.test(t(monthFirst.end))
      ? Number(t(monthFirst.end))
      : 0;
  const month = dayFirst ?? monthFirst;
  if (!month || day < 1 || day > 31) return null;
  let end = dayFirst ? month.end : month.end + 1;
  let year = Number(published.slice(0, 4));
  if (/^\d{4}$/.test(t(end))) year = Number(t(end++));
  else if (`${year}-${pad(month.month)}-${pad(day)}` > addDays(published, 7)) year--;
  const iso = `${year}-${pad(month.month)}-${pad(day)}`;
  return toIso(toDate(iso)) === iso ? { date: iso, first: i, end } : null;
}

/** A month name at token k ("أيلول/سبتمبر" reads as one), with the token after it. */
function monthAt(at: Reading, k: number, to: number): { month: number; end: number } | null {
  for (let m = 0; m < 12; m++)
    for (const name of MONTHS[m]!) {
      const words = name.split(' ');
      if (k + words.length > to || !words.every((w, j) => readings(at.tokens[k + j]!.text).includes(w)))
        continue;
      let end = k + words.length;
      // "أيلول/سبتمبر": the Levantine and the Egyptian name side by side.
      if (end < to && MONTHS[m]!.some((n) => readings(at.tokens[end]!.text).includes(n))) end++;
      return { month: m + 1, end };
    }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
