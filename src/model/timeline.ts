/**
 * The timeline's data: how many claims are about each day, from the first day any claim is about to the
 * last (the axis stays put whatever the filters), counted under every filter but the date range.
 * Dates are ISO calendar days, handled in UTC so no time zone moves them.
 */
import type { ListedClaim } from '../../geo/split-dataset';
import { claimDate } from './claim-index';
import { claimPasses, type Filters } from './filters';

export interface TimelineDay {
  date: string;
  /** Claims about this day that pass the other filters. */
  count: number;
  /** Whether the day lies in the selected range. */
  inRange: boolean;
}

export interface Timeline {
  days: readonly TimelineDay[];
  /** The highest count of a day, for the bars' scale (at least 1). */
  peak: number;
}

const DAY_MS = 86_400_000;
/** Longest axis drawn day by day; a dataset spanning more is cut to its last days (seeds span three weeks). */
export const MAX_DAYS = 400;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function timelineOf(claims: readonly ListedClaim[], filters: Filters): Timeline {
  if (claims.length === 0) return { days: [], peak: 1 };
  const counts = new Map<string, number>();
  let first = claimDate(claims[0]!);
  let last = first;
  for (const claim of claims) {
    const date = claimDate(claim);
    if (date < first) first = date;
    if (date > last) last = date;
    if (claimPasses(claim, filters, true)) counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  const span = Math.round((Date.parse(last) - Date.parse(first)) / DAY_MS);
  if (span >= MAX_DAYS) first = addDays(last, -(MAX_DAYS - 1));
  const days: TimelineDay[] = [];
  let peak = 1;
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const count = counts.get(date) ?? 0;
    peak = Math.max(peak, count);
    const inRange =
      (filters.from === null || date >= filters.from) && (filters.to === null || date <= filters.to);
    days.push({ date, count, inRange });
  }
  return { days, peak };
}
