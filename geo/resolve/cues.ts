/**
 * The words around a name that say what it is: "مدينة X", "X العاصمة" (a town); "دولة X" (a country);
 * "قمة X", "X talks" (the venue of talks); "في X", "شمال X" (a place, governed by a preposition); and a
 * dateline, a name opening a line before a dash ("عمّان - ", "MANAMA, Bahrain — "), which is a town.
 */
import { PLACE_CUES } from '../lexicon/lexicon';
import type { NameMatch } from '../match/find-names';
import type { Reading } from '../text/reading';
import { withoutConjunction } from '../text/particles';
import { wordAfter, wordBefore } from './words-around';

export interface Cues {
  settlement: boolean;
  country: boolean;
  venue: boolean;
  governed: boolean;
  /** An English preposition of place right before the name ("in Pineville", "near Kennebunk"). */
  placedInEnglish: boolean;
}

const {
  governors,
  englishPlacePrepositions,
  settlementBefore,
  capitalOf,
  settlementAfter,
  countryBefore,
  venueBefore,
  venueAfter,
} = PLACE_CUES;

const LATIN = /^[a-z]/;

/** A cue word may carry the conjunction: "وشمال حماة", "ومدينة حلب". */
function cueWord(word: string | undefined): string | null {
  if (word === undefined) return null;
  return word.length >= 3 && !governors.has(word) ? withoutConjunction(word) : word;
}

/** After a dateline's town: a dash or a slash, or a comma, a country or state and then the dash. */
const DATELINE_AFTER = /^ ?(?:[-–—/]|,[^\n,.]{2,25}?[-–—])/;
/** What `trim` takes off a line: white space and line terminators. */
const SPACE = /\s/;

/** True when `match` opens a line and a dash follows it, or its country and a dash: a dateline. */
export function isDateline(match: NameMatch, reading: Reading): boolean {
  const text = reading.norm.text;
  // Back from the name to the line's start, stopping at the first letter: a text of one long line
  // would otherwise be searched and copied back to its start for every name in it.
  for (let k = match.start - 1; k >= 0; k--) {
    const c = text.charAt(k);
    if (c === '\n') break;
    if (!SPACE.test(c)) return false;
  }
  return DATELINE_AFTER.test(text.slice(match.end, match.end + 30));
}

export function cuesAround(match: NameMatch, reading: Reading): Cues {
  const before = wordBefore(reading, match)?.text;
  const prev =
    before !== undefined && (settlementBefore.has(before) || governors.has(before))
      ? before
      : cueWord(before);
  const next = wordAfter(reading, match)?.text ?? null;
  // "the town of Sanibel", "the city of Homs": an English cue word before "of".
  const beforeOf = before === 'of' ? (wordBefore(reading, match, 2)?.text ?? null) : null;
  return {
    settlement:
      (prev !== null && settlementBefore.has(prev)) ||
      // But not "the capital of Greenland": what a capital is of is no town.
      (beforeOf !== null &&
        LATIN.test(beforeOf) &&
        settlementBefore.has(beforeOf) &&
        !capitalOf.has(beforeOf)) ||
      (next !== null && settlementAfter.has(next)) ||
      isDateline(match, reading),
    country: prev !== null && countryBefore.has(prev),
    venue: (prev !== null && venueBefore.has(prev)) || (next !== null && venueAfter.has(next)),
    governed: (prev !== null && governors.has(prev)) || match.particle !== '',
    placedInEnglish: before !== undefined && englishPlacePrepositions.has(before),
  };
}
