/**
 * Names that are not places where they stand: part of a person's name, an adjective of nationality,
 * a modifier ("US troops"), a ship's name. Each rule returns the reason an editor reads, or null.
 */
import { ENGLISH, NON_PLACES, PEOPLE, PLACE_CUES } from '../lexicon/lexicon';
import type { NameMatch } from '../match/find-names';
import type { Token } from '../text/tokens';
import { originalOf, type Reading } from '../text/reading';
import { wordAfter, wordBefore } from './words-around';

const ARABIC_WORD = /^[\u0600-\u06ff]/;

/** A word as the article writes it, for reasons an editor reads. */
const said = (reading: Reading, token: Token) => originalOf(reading, token.start, token.end);
const LATIN_WORD = /^[a-z]/;
/** English nationality adjectives: Syrian, Russian, Lebanese, Turkish, Iraqi, Israeli. */
const DEMONYM_ENDING = /(?:ian|ean|an|ese|ish|i)$/;
/** How far back a vessel word still names the ship: "سفينتا الإنزال "نيكوبول" و"ساراتوف"". */
const VESSEL_DISTANCE = 6;

/** Why `match` is not a place here, or null when nothing says so. */
export function whyNotAPlace(
  match: NameMatch,
  reading: Reading,
  nisbas: ReadonlyMap<string, string>,
): string | null {
  return (
    personName(match, reading, nisbas) ??
    adjective(match, reading) ??
    modifier(match, reading) ??
    shipName(match, reading)
  );
}

/**
 * After a given name or title ("فيليب هاموند"), after a title and a nationality ("الرئيس الروسي
 * فلاديمير"), a given name that is also a town before another word ("فلاديمير بوتين"); in English, a
 * capitalised word that is no place word right before or after ("Analyst Jordan Hayes", "Kerem Aydin").
 */
function personName(match: NameMatch, reading: Reading, nisbas: ReadonlyMap<string, string>): string | null {
  const token = reading.tokens[match.firstToken]!;
  if (PEOPLE.newsmakers.has(token.text)) return `the name of a person ("${said(reading, token)}")`;
  if (match.particle !== '') return null;
  const prev = wordBefore(reading, match);
  const next = wordAfter(reading, match);
  if (prev && PEOPLE.markers.has(prev.text))
    return `read as part of a person's name (after "${said(reading, prev)}")`;
  const before = wordBefore(reading, match, 2);
  if (prev && before && nisbas.has(prev.text) && PEOPLE.titles.has(before.text))
    return `read as part of a person's name (after "${said(reading, before)} ${said(reading, prev)}")`;
  if (next && PEOPLE.givenNamesAlsoPlaces.has(match.key))
    return `read as part of a person's name (a given name before "${said(reading, next)}")`;
  if (!LATIN_WORD.test(match.key)) return null;
  for (const neighbour of [prev, next]) {
    if (!neighbour || !LATIN_WORD.test(neighbour.text) || ENGLISH.placeNeighbours.has(neighbour.text))
      continue;
    const gap =
      neighbour === prev
        ? reading.norm.text.slice(neighbour.end, match.start)
        : reading.norm.text.slice(match.end, neighbour.start);
    if (!/^ +$/.test(gap)) continue; // "In Damascus, Assad said": a comma parts place and person
    const written = originalOf(reading, neighbour.start, neighbour.end);
    const startsSentence = neighbour === prev && atSentenceStart(reading, neighbour.start);
    // "the Syrian port of Tartus": a nationality adjective before a place is no given name.
    const demonym = neighbour === prev && DEMONYM_ENDING.test(written);
    if (/^[A-Z][a-z]/.test(written) && !startsSentence && !demonym)
      return `read as part of a person's name (beside "${written}")`;
  }
  return null;
}

function atSentenceStart(reading: Reading, start: number): boolean {
  const before = reading.norm.text.slice(Math.max(0, start - 3), start);
  return start === 0 || /(^|[.!?\n])\s*$/.test(before);
}

/**
 * "مصادر سورية" (Syrian sources): an indefinite word before an indefinite name that is also a feminine
 * adjective; "الخارجية السعودية" (the Saudi foreign ministry): a definite word before a definite one.
 * A particle or a preposition before the name keeps it a place ("إلى سورية", "والسعودية").
 */
function adjective(match: NameMatch, reading: Reading): string | null {
  if (!NON_PLACES.adjectiveLikeNames.has(match.key) || match.particle !== '') return null;
  const prev = wordBefore(reading, match);
  if (!prev || PLACE_CUES.governors.has(prev.text) || !ARABIC_WORD.test(prev.text)) return null;
  const definiteName = match.key.startsWith('ال');
  if (prev.text.startsWith('ال') !== definiteName) return null;
  return `read as an adjective of nationality (after "${said(reading, prev)}")`;
}

/** "US-led", "Iran-backed", "US troops", "the US military's": the name qualifies a noun. */
function modifier(match: NameMatch, reading: Reading): string | null {
  if (!LATIN_WORD.test(match.key)) return null;
  const written = originalOf(reading, match.start, match.end);
  const after = reading.norm.text.slice(match.end, match.end + 2);
  // "Iran-backed", "US-led"; but "London-based" places something in London.
  if (/^-[a-z]/.test(after) && !/^-based/.test(reading.norm.text.slice(match.end, match.end + 7)))
    return `used as a modifier ("${written}-…")`;
  const next = wordAfter(reading, match);
  const abbreviation = /^[A-Z.]{2,5}$/.test(written);
  if (!abbreviation || !next || /^\s*[,;:]/.test(reading.norm.text.slice(match.end, next.start))) return null;
  const nextWritten = originalOf(reading, next.start, next.end);
  if (ENGLISH.qualifiedNouns.has(next.text) && /^[a-z]/.test(nextWritten))
    return `used as a modifier ("${written} ${nextWritten}")`;
  return null;
}

/**
 * A name right after a vessel word ("the landing ship Saratov"), or inside quotation marks opened after
 * one with no preposition between ("سفينتا الإنزال "نيكوبول" و"ساراتوف"", "حاملة الطائرات "أبراهام
 * لينكولن""), names a ship. A name after the closing mark is a place again ("… و"ساراتوف" مضيق البوسفور").
 */
function shipName(match: NameMatch, reading: Reading): string | null {
  for (let distance = 1; distance <= VESSEL_DISTANCE; distance++) {
    const word = wordBefore(reading, match, distance);
    if (!word || PLACE_CUES.governors.has(word.text) || ENGLISH.functionWords.has(word.text)) return null;
    if (!NON_PLACES.vesselWords.has(word.text)) continue;
    const marks = reading.norm.text.slice(word.end, match.start).match(/["«»“”]/g)?.length ?? 0;
    return distance === 1 || marks % 2 === 1
      ? `read as a ship's name (after "${said(reading, word)}")`
      : null;
  }
  return null;
}
