/**
 * Single words that say what a source is: a nationality ("أمريكية", "الغربيان", "Russian"), an unnamed
 * source ("مسؤولون", "sources"), a title ("رئيس", "minister"), or a word that is never a name.
 */
import type { Nationality, SourceNoun } from '../lexicon/claims-schema';
import { SOURCE_WORDS } from '../lexicon/lexicon';
import { withoutConjunction } from '../text/particles';
import { readings } from './phrases';
import countries from '../gazetteer/countries.json';
import demonyms from '../gazetteer/demonyms.json';
import capitals from '../gazetteer/capitals.json';
import { deriveNationalities, type CountryNationalities } from './country-nationalities';

const NATIONALITIES = SOURCE_WORDS.nationalities.entries;
const SOURCE_NOUNS = SOURCE_WORDS.nouns.entries;
/** The nisba endings an Arabic nationality takes on its stem ("تايوانية", "إثيوبيون"). */
const NISBA = /(يتان|يتين|يون|يين|يان|يه|ي)$/;

/**
 * Capitals (gazetteer ids) that stand for their government (country ids) when they speak or act: every
 * national capital the gazetteer holds, and the lexicon's seats of government beside them.
 */
export const CAPITAL_GOVERNMENTS: Readonly<Record<string, string>> = {
  ...capitals.capitals,
  ...SOURCE_WORDS.capitalGovernments.capitals,
};

/** Words that are never part of a name: pronouns, demonstratives, relatives, particles. */
export const NOT_NAMES = SOURCE_WORDS.notNames;
/** Nationality of an adjective ("أمريكية", "الغربيان", "Russian"), if it is one. */
export function nationalityOf(word: string): Nationality | undefined {
  for (const r of readings(word)) {
    const stem = r.replace(NISBA, '');
    const found =
      NATIONALITIES.find((n) => n.arabicStems.has(stem) || n.english.has(r)) ??
      // Every other country: its Arabic adjective, with its ending ("التايوانية"), or its English one.
      (stem !== r ? countryNationalities().byStem.get(stem) : undefined) ??
      countryNationalities().byEnglish.get(r);
    if (found) return found;
  }
  return undefined;
}

/** A nationality of two English words ("sri lankan", "south korean"), if the two words make one. */
export function nationalityOfPair(first: string, second: string): Nationality | undefined {
  return countryNationalities().byEnglish.get(`${first} ${second}`);
}

/** The nationality of a country by its ISO code: "Kenya's military" speaks for Kenya. */
export function nationalityOfParty(iso2: string): Nationality | undefined {
  return countryNationalities().byParty.get(iso2);
}

let derived: CountryNationalities | undefined;

/** The nationalities of the gazetteer's countries, made once, when first asked. */
function countryNationalities(): CountryNationalities {
  derived ??= deriveNationalities(countries, NATIONALITIES, demonyms.english);
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

/** A title only a state's offices hold ("وزير", "ministry", "command"): see sources.json's `stateTitles`. */
export function stateTitled(word: string): boolean {
  return readings(word).some((r) => SOURCE_WORDS.stateTitles.has(r));
}
