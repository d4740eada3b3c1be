/**
 * Stretches of text where a place name is not a mention of the place: inside the name of an
 * organisation, force or operation ("قوات سوريا الديمقراطية"), on a "read also" line, or inside an
 * account name or a web address ("@KUWAIT_MOH").
 */
import type { NonPlace } from '../lexicon/schema';
import { findNames } from '../match/find-names';
import type { NameIndex } from '../match/name-index';
import { boilerplateLines } from '../text/boilerplate';
import type { Reading } from '../text/reading';
import { tagSpans, type TagKind } from '../text/tags';

const TAG_REASONS: Record<TagKind, string> = {
  account: 'inside an account name, not a place the text names',
  address: 'inside a web address, not a place the text names',
  topic: "inside a topic's hashtag with other words, not a place the text names",
};

export interface ExcludedSpan {
  /** Normalised offsets. */
  start: number;
  end: number;
  reason: string;
  /** A name that spans this whole stretch is not excluded (a topic hashtag's words, "#مرفأ_بيروت"). */
  unless?: { start: number; end: number };
}

export function excludedSpans(reading: Reading, nonPlaces: NameIndex<NonPlace>): ExcludedSpan[] {
  const spans: ExcludedSpan[] = boilerplateLines(reading.norm.text).map((line) => ({
    ...line,
    reason: 'on a "read also" or prompt line, not part of the report',
  }));
  for (const tag of tagSpans(reading.norm.text))
    spans.push({ start: tag.start, end: tag.end, reason: TAG_REASONS[tag.kind], unless: tag.body });
  for (const m of findNames(reading.norm.text, reading.tokens, nonPlaces)) {
    const { what, names } = m.records[0]!.entry;
    spans.push({ start: m.start, end: m.end, reason: `part of the name of ${what} ("${names[0]}")` });
  }
  return spans;
}

/** The reason of the first span that overlaps `[start, end)`, or null. */
export function exclusionOf(spans: readonly ExcludedSpan[], start: number, end: number): string | null {
  const whole = (s: ExcludedSpan) => s.unless && start <= s.unless.start && s.unless.end <= end;
  return spans.find((s) => s.start < end && start < s.end && !whole(s))?.reason ?? null;
}
