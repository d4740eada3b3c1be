/**
 * Lines that are not part of the report: "read also" links, reader prompts. Found on the normalised
 * text, by how the line begins.
 */
import { NON_PLACES } from '../lexicon/lexicon';
import { firstNameLetter, normalizeName } from '../letters/normalize';

const OPENINGS = [...NON_PLACES.boilerplateOpenings];
/** Each opening followed by a space: the words that may come after it on its line. */
const OPENINGS_THEN_WORDS = OPENINGS.map((o) => o + ' ');
/** Their first letters: a line that begins with none of them is read no further. */
const OPENING_LETTERS = new Set(OPENINGS.map((o) => o.charCodeAt(0)));

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
    const head = Math.min(end, start + 40);
    if (OPENING_LETTERS.has(firstNameLetter(normalized, start, head))) {
      const opening = normalizeName(normalized.slice(start, head));
      if (OPENINGS.some((o, k) => opening === o || opening.startsWith(OPENINGS_THEN_WORDS[k]!)))
        spans.push({ start, end });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return spans;
}
