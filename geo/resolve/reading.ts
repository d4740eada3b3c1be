/** One chunk of text as the resolver reads it: the original, its normalised form and its tokens. */
import type { NameMatch } from '../match/find-names';
import { toOriginal, type Normalized } from '../text/normalize';
import { sameClause, type Token } from '../text/tokens';

export interface Reading {
  text: string;
  norm: Normalized;
  tokens: readonly Token[];
}

/** The original text of a normalised span. */
export function originalOf(reading: Reading, start: number, end: number): string {
  const [from, to] = toOriginal(reading.norm, start, end, reading.text);
  return reading.text.slice(from, to);
}

/** The word just before a match, when nothing but spaces or punctuation inside a sentence lies between. */
export function wordBefore(reading: Reading, match: NameMatch<unknown>, distance = 1): Token | null {
  const token = reading.tokens[match.firstToken - distance];
  if (!token || match.way === 'run-together') return null;
  const next = reading.tokens[match.firstToken - distance + 1];
  const to = distance === 1 || !next ? match.start : next.start;
  return sameClause(reading.norm.text, token.end, to) ? token : null;
}

/** The word just after a match, in the same sentence. */
export function wordAfter(reading: Reading, match: NameMatch<unknown>): Token | null {
  const token = reading.tokens[match.endToken];
  if (!token || !sameClause(reading.norm.text, match.end, token.start)) return null;
  return token;
}
