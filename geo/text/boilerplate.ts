/**
 * Lines that are not part of the report: "read also" links, reader prompts. Found on the normalised
 * text, by how the line begins.
 */
import { NON_PLACES } from '../lexicon/lexicon';
import { normalizeName } from '../letters/normalize';

const OPENINGS = [...NON_PLACES.boilerplateOpenings];

export interface Span {
  start: number;
  end: number;
}

/** Spans, in normalised offsets, of the lines that open with a boilerplate phrase. */
export function boilerplateLines(normalized: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= normalized.length) {
    const newline = normalized.indexOf('\n', start);
    const end = newline < 0 ? normalized.length : newline;
    const opening = normalizeName(normalized.slice(start, Math.min(end, start + 40)));
    if (OPENINGS.some((o) => opening === o || opening.startsWith(o + ' '))) spans.push({ start, end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return spans;
}
