/**
 * Sentence spans of an article, in original offsets: the quotes that back every marker.
 *
 * A hand-written splitter rather than `Intl.Segmenter`: ICU breaks inside "إس.إيه22" and after "..."
 * run into the next word, both common in scraped Arabic news, and quotes must not be cut mid-claim.
 */
import { ENGLISH } from '../lexicon/lexicon';

export interface Sentence {
  start: number;
  end: number;
}

/** Longest quote kept around a mention, in UTF-16 code units, when a "sentence" runs on without punctuation. */
export const MAX_QUOTE_LENGTH = 600;

const TERMINATORS = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']']);
const SPACE = /\s/;

/** Splits `text` into trimmed, non-empty sentence spans. Linear in the text's length. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text.charAt(s))) s++;
    while (e > s && SPACE.test(text.charAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  const candidates = /[\n.!?؟…]/g;
  for (let i = 0; i < text.length; i++) {
    // Jump to the next line break or terminator: most characters are neither.
    candidates.lastIndex = i;
    const next = candidates.exec(text);
    if (!next) break;
    i = next.index;
    const c = text.charAt(i);
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.has(c)) continue;
    let j = i + 1;
    while (j < text.length && (TERMINATORS.has(text.charAt(j)) || CLOSERS.has(text.charAt(j)))) j++;
    if (j < text.length && !SPACE.test(text.charAt(j))) continue; // "إس.إيه22", "3.5", "...في"
    if (c === '.' && isAbbreviation(text, i)) continue;
    if (c === '.' && /^\s+[a-z]/.test(text.slice(j, j + 3))) continue; // "U.S. officials said"
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return sentences;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[A-Za-z]/.test(text.charAt(k - 1))) k--;
  const word = text.slice(k, dot).toLowerCase();
  return ENGLISH.abbreviations.has(word) || (word.length === 1 && /[A-Z]/.test(text.charAt(k)));
}

/**
 * The quote for a mention `[start, end)`: the sentence that holds it, or, when that sentence is longer
 * than MAX_QUOTE_LENGTH, the clause or words around the mention. Always a slice of `text`.
 */
export function quoteFor(text: string, sentences: Sentence[], start: number, end: number): Sentence {
  const first = sentenceIndexAt(sentences, start);
  const last = sentenceIndexAt(sentences, end - 1);
  const span = {
    start: Math.min(sentences[first]?.start ?? start, start),
    end: Math.max(sentences[last]?.end ?? end, end),
  };
  if (span.end - span.start <= MAX_QUOTE_LENGTH) return span;
  return clampAround(text, span, start, end);
}

function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Cuts a long span to about MAX_QUOTE_LENGTH around the mention, at clause marks or spaces. */
function clampAround(text: string, span: Sentence, start: number, end: number): Sentence {
  const room = Math.max(0, MAX_QUOTE_LENGTH - (end - start)) >> 1;
  let from = Math.max(span.start, start - room);
  let to = Math.min(span.end, end + room);
  const head = text.slice(from, start);
  const clauseHead = Math.max(
    head.lastIndexOf('،'),
    head.lastIndexOf(','),
    head.lastIndexOf('؛'),
    head.lastIndexOf(';'),
  );
  if (clauseHead >= 0) from += clauseHead + 1;
  else if (from > span.start) from += Math.max(0, head.indexOf(' ') + 1);
  const tail = text.slice(end, to);
  const clauseTail = firstIndexOf(tail, ['،', ',', '؛', ';']);
  if (clauseTail >= 0) to = end + clauseTail;
  else if (to < span.end) to = end + Math.max(0, tail.lastIndexOf(' '));
  while (from < start && SPACE.test(text.charAt(from))) from++;
  while (to > end && SPACE.test(text.charAt(to - 1))) to--;
  return { start: from, end: to };
}

function firstIndexOf(s: string, marks: string[]): number {
  let best = -1;
  for (const m of marks) {
    const i = s.indexOf(m);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
