/**
 * The words around a name that say what it is: "مدينة X", "X العاصمة" (a town); "دولة X" (a country);
 * "قمة X", "X talks" (the venue of talks); "في X", "شمال X" (a place, governed by a preposition).
 */
import { COUNTRY_CUES, PLACE_GOVERNORS, SETTLEMENT_CUES, VENUE_CUES } from '../lexicon/arabic';
import { ENGLISH_VENUE_WORDS } from '../lexicon/english';
import type { NameMatch } from '../match/find-names';
import { normalizedSet } from '../lexicon/normalized-set';
import type { Reading } from '../text/reading';
import { withoutConjunction } from '../text/particles';
import { wordAfter, wordBefore } from './words-around';

export interface Cues {
  settlement: boolean;
  country: boolean;
  venue: boolean;
  governed: boolean;
}

/** Words after a name that make it a town: "الجزائر العاصمة" is Algiers. */
const SETTLEMENT_CUES_AFTER = normalizedSet(['العاصمة', 'city']);

/** A cue word may carry the conjunction: "وشمال حماة", "ومدينة حلب". */
function cueWord(word: string | undefined): string | null {
  if (word === undefined) return null;
  return word.length >= 3 && !PLACE_GOVERNORS.has(word) ? withoutConjunction(word) : word;
}

export function cuesAround(match: NameMatch, reading: Reading): Cues {
  const before = wordBefore(reading, match)?.text;
  const prev =
    before !== undefined && (SETTLEMENT_CUES.has(before) || PLACE_GOVERNORS.has(before))
      ? before
      : cueWord(before);
  const next = wordAfter(reading, match)?.text ?? null;
  return {
    settlement:
      (prev !== null && SETTLEMENT_CUES.has(prev)) || (next !== null && SETTLEMENT_CUES_AFTER.has(next)),
    country: prev !== null && COUNTRY_CUES.has(prev),
    venue: (prev !== null && VENUE_CUES.has(prev)) || (next !== null && ENGLISH_VENUE_WORDS.has(next)),
    governed: (prev !== null && PLACE_GOVERNORS.has(prev)) || match.particle !== '',
  };
}
