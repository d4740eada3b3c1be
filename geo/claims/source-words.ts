/**
 * Single words that say what a source is: a nationality ("أمريكية", "الغربيان", "Russian"), an unnamed
 * source ("مسؤولون", "sources"), a title ("رئيس", "minister"), or a word that is never a name.
 */
import type { Nationality, SourceNoun } from '../lexicon/claims-schema';
import { SOURCE_WORDS } from '../lexicon/lexicon';
import { withoutConjunction } from '../text/particles';
import { readings } from './phrases';
import countries from '../gazetteer/countries.json';
import { deriveNationalities } from './country-nationalities';

const NATIONALITIES = SOURCE_WORDS.nationalities.entries;
const SOURCE_NOUNS = SOURCE_WORDS.nouns.entries;
/** The nisba endings an Arabic nationality takes on its stem ("تايوانية", "إثيوبيون"). */
const NISBA = /(يتان|يتين|يون|يين|يان|يه|ي)$/;

/** Words that are never part of a name: pronouns, demonstratives, relatives, particles. */
export const NOT_NAMES = SOURCE_WORDS.notNames;
/** Nationality of an adjective ("أمريكية", "الغربيان", "Russian"), if it is one. */
export function nationalityOf(word: string): Nationality | undefined {
  for (const r of readings(word)) {
    const stem = r.replace(NISBA, '');
    const found =
      NATIONALITIES.find((n) => n.arabicStems.has(stem) || n.english.has(r)) ??
      // Every other country: its Arabic adjective, with its ending ("التايوانية").
      (stem !== r ? countryNationalities().get(stem) : undefined);
    if (found) return found;
  }
  return undefined;
}

let derived: Map<string, Nationality> | undefined;

/** The nationalities of the gazetteer's countries that the lexicon does not list, made once, when first asked. */
function countryNationalities(): Map<string, Nationality> {
  derived ??= deriveNationalities(countries, NATIONALITIES);
  return derived;
}

export function sourceNounOf(word: string): { noun: SourceNoun; definite: boolean } | undefined {
  for (const r of readings(word)) {
    const noun = SOURCE_NOUNS.find((n) => n.words.has(r));
    if (noun) return { noun, definite: r !== withoutConjunction(word) || word.startsWith('ال') };
  }
  return undefined;
}

export function titled(word: string): boolean {
  return readings(word).some((r) => SOURCE_WORDS.titles.has(r));
}
