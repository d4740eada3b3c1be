/**
 * Stretches of text where a place name is not a mention of the place: inside the name of an
 * organisation, force or operation ("قوات سوريا الديمقراطية"), or on a "read also" line.
 */
import type { NonPlace } from '../lexicon/schema';
import { findNames } from '../match/find-names';
import type { NameIndex } from '../match/name-index';
import { boilerplateLines } from '../text/boilerplate';
import type { Reading } from '../text/reading';

export interface ExcludedSpan {
  /** Normalised offsets. */
  start: number;
  end: number;
  reason: string;
}

export function excludedSpans(reading: Reading, nonPlaces: NameIndex<NonPlace>): ExcludedSpan[] {
  const spans: ExcludedSpan[] = boilerplateLines(reading.norm.text).map((line) => ({
    ...line,
    reason: 'on a "read also" or prompt line, not part of the report',
  }));
  for (const m of findNames(reading.norm.text, reading.tokens, nonPlaces)) {
    const { what, names } = m.records[0]!.entry;
    spans.push({ start: m.start, end: m.end, reason: `part of the name of ${what} ("${names[0]}")` });
  }
  return spans;
}

/** The reason of the first span that overlaps `[start, end)`, or null. */
export function exclusionOf(spans: readonly ExcludedSpan[], start: number, end: number): string | null {
  return spans.find((s) => s.start < end && start < s.end)?.reason ?? null;
}
