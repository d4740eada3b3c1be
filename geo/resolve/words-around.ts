/** The words right before and after a name match, when they stand in the same sentence. */
import type { NameMatch } from '../match/find-names';
import type { Reading } from '../text/reading';
import { sameClause, type Token } from '../text/tokens';

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
