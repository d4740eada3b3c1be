/**
 * Two-word prepositions that the rules of roles (roles.ts) and of movements (movement.ts) read alike:
 * "في كل من منبج وتل رفعت" (in each of), whose من is no "from", and "pull out of Kherson", whose "of" is.
 */
import type { Reading } from '../text/reading';

/** The token before "كل من" when token `k` is its من, else `k`: the preposition stands before it. */
export function pastEachOf(at: Reading, k: number): number {
  return at.tokens[k]?.text === 'من' && at.tokens[k - 1]?.text === 'كل' ? k - 2 : k;
}

/** True when token `k` is the "of" of "out of" ("pull out of", "moved out of"): a "from". */
export function isOutOf(at: Reading, k: number): boolean {
  return at.tokens[k]?.text === 'of' && at.tokens[k - 1]?.text === 'out';
}
