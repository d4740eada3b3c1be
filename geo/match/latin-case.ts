/**
 * English names are matched without case, then checked against the original letters: every word the
 * gazetteer capitalises must be capitalised in the text ("Turkey", not "turkey"; "port of Tartus" but
 * not "port of tartus"), and an abbreviation in capitals matches only in capitals ("US", not "us"). A
 * generic head after the name's first word may be lower case ("the Crimean peninsula", "the Sinai
 * peninsula", "Incirlik Air base"): english.json's genericHeads. Arabic has no case and passes untouched.
 */
import { ENGLISH } from '../lexicon/lexicon';
import type { NameMatch } from './find-names';
import type { NameRecord } from './name-index';

const LATIN_WORD = /[A-Za-z]+/g;
/** The marks of a transliteration: accents, the ayn and hamza signs and the apostrophes written for them ("Ma`in"). */
const TRANSLITERATION_MARKS = /[\p{M}‘’ʿʾʻ`´']/gu;

/** "Mā‘īn" → "Main": GeoNames' transliteration as plain letters, so each word keeps its capital. */
const plainLetters = (text: string) => text.normalize('NFD').replace(TRANSLITERATION_MARKS, '');

/** The match with only the records its original spelling allows, or null when none is left. */
export function checkLatinCase(match: NameMatch, original: string): NameMatch | null {
  if (!/[A-Za-z]/.test(original)) return match;
  const records = match.records.filter((r) => caseAllows(r, original));
  if (records.length === 0) return null;
  return records.length === match.records.length ? match : { ...match, records };
}

function caseAllows(record: NameRecord, original: string): boolean {
  return record.spellings.some((spelling) => spellingAllows(spelling, original));
}

function spellingAllows(written: string, original: string): boolean {
  const spelling = plainLetters(written);
  const aliasWords = spelling.match(LATIN_WORD);
  // An Arabic alias that normalises like this Latin text (none in practice): nothing to compare.
  if (!aliasWords) return true;
  const textWords = plainLetters(original).match(LATIN_WORD) ?? [];
  const letters = aliasWords.join('');
  if (letters.length >= 2 && letters === letters.toUpperCase() && aliasWords.every((w) => w.length <= 3))
    return textWords.join('') === letters; // "US", "U.S.", "UAE"
  // "the Pentagon" is indexed as "Pentagon": compare from the end, word by word.
  const offset = aliasWords.length - textWords.length;
  return textWords.every((word, i) => {
    const alias = aliasWords[i + offset];
    if (alias === undefined || !/^[A-Z]/.test(alias) || /^[A-Z]/.test(word)) return true;
    return i + offset > 0 && ENGLISH.genericHeads.has(word);
  });
}
