/** A set of words stored in the normalised form the matcher compares them in. */
import { normalizeName } from '../text/normalize';

export function normalizedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalizeName));
}
