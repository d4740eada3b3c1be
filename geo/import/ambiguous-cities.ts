/**
 * Finds the cities whose names are also ordinary words or people's names, so that the matcher takes
 * them only after a word that says they are places ("مدينة الباب", not "فتحت الباب"). The words are
 * data (geo/gazetteer/curation/ambiguous-words.json), with what each means and where it was found.
 *
 * Four tests, each with its reason:
 * 1. the Arabic name is one of the Arabic words (hand-written from a review of every one-word Arabic city
 *    name in the Arab world, Turkey, Iran and Israel, the short ones elsewhere, the one-word names the
 *    hunspell-ar dictionary accepts as words, and the false matches in the seed articles);
 * 2. it is a common Arabic given name;
 * 3. it is short, at most three letters without the article, and the place small (under
 *    SHORT_NAME_MAX_POPULATION) and outside the Syrian theatre: most three-letter strings are Arabic
 *    words, and such towns are rarely news (the theatre's towns are news, and were reviewed one by one);
 * 4. once folded it is a country's name or alias ("تونس", "الجزائر", "عمّان"/"عمان"): the country wins
 *    unless the text says "city";
 * and for English, the name is an everyday English word.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { withoutArabicMarks } from '../letters/normalize';
import { foldArabic } from './arabic-fold';
import { AMBIGUOUS_WORDS, THEATRE } from './curation';

export interface AmbiguousCity {
  id: string;
  /** The name that is ambiguous, as written in the gazetteer. */
  text: string;
  why: string;
}

/** Below this many people a short-named town is flagged; larger ones are what the short name means. */
export const SHORT_NAME_MAX_POPULATION = 100_000;

/** Arabic words that are also city names, each with what it means in ordinary text. */
export const ARABIC_WORDS = AMBIGUOUS_WORDS.arabicWords.groups.flatMap((g) => g.words);
/** English words that are also city names, by word, with what each means. */
const ENGLISH_WORDS = new Map(AMBIGUOUS_WORDS.englishWords.words.map(({ word, why }) => [word, why]));

/**
 * Letters of a name without the article. Only a bare alef starts the article: "ألين" (Allen) is a
 * transliteration, so this runs on the unfolded text.
 */
function lettersWithoutArticle(text: string): number {
  const bare = withoutArabicMarks(text);
  return (bare.startsWith('ال') ? bare.slice(2) : bare).length;
}

/** One reason per ambiguous name, in id order; an id may appear for several of its names. */
export function findAmbiguousCities(
  cities: readonly GazetteerEntry[],
  countries: readonly GazetteerEntry[],
): AmbiguousCity[] {
  const commonWords = new Map(ARABIC_WORDS.map(({ word, why }) => [foldArabic(word), why]));
  const givenNames = new Set(AMBIGUOUS_WORDS.givenNames.words.map(foldArabic));
  const countryNames = new Map<string, string>();
  for (const country of countries)
    for (const name of [country.name.ar, ...country.aliases.ar])
      countryNames.set(foldArabic(name), country.name.en);

  const found: AmbiguousCity[] = [];
  for (const city of cities) {
    // Latin text in name.ar (no Arabic name known) is left to the English test.
    const arabicNames = city.name.ar === city.name.en ? [] : [city.name.ar, ...city.aliases.ar];
    for (const text of arabicNames) {
      const folded = foldArabic(text);
      const why =
        commonWords.get(folded) ??
        (givenNames.has(folded) ? 'a given name' : undefined) ??
        (countryNames.has(folded) ? `also the country ${countryNames.get(folded)}` : undefined) ??
        (!folded.includes(' ') &&
        lettersWithoutArticle(text) <= 3 &&
        (city.population ?? 0) < SHORT_NAME_MAX_POPULATION &&
        !THEATRE.has(city.iso2 ?? '')
          ? 'short name: most strings of three letters or fewer are Arabic words'
          : undefined);
      if (why) found.push({ id: city.id, text, why });
    }
    for (const text of [city.name.en, ...city.aliases.en]) {
      const why = ENGLISH_WORDS.get(text);
      if (why) found.push({ id: city.id, text, why: `English: ${why}` });
    }
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
