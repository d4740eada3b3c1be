/**
 * Single words that say what a source is: a nationality ("أمريكية", "الغربيان", "Russian"), an unnamed
 * source ("مسؤولون", "sources"), a title ("رئيس", "minister"), or a word that is never a name.
 */
import {
  NATIONALITIES,
  SOURCE_NOUNS,
  TITLE_WORDS,
  type Nationality,
  type SourceNoun,
} from './lexicon/sources';
import { withoutConjunction } from '../text/particles';
import { readings } from './phrases';
import { normalizeName } from '../text/normalize';

const titles = new Set(TITLE_WORDS.map(normalizeName));

/** Words that are never part of a name: pronouns, demonstratives, relatives, particles. */
export const NOT_NAMES = new Set(
  [
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'هذان',
    'هاتان',
    'التي',
    'الذي',
    'الذين',
    'هو',
    'هي',
    'هم',
    'ما',
    'لا',
    'لم',
    'لن',
  ]
    .concat([
      'قد',
      'كان',
      'كانت',
      'كما',
      'كذلك',
      'ايضا',
      'انه',
      'انها',
      'الان',
      'حاليا',
      'مؤخرا',
      'بشكل',
      'قوله',
      'قولها',
      'قولهم',
      'نفسه',
    ])
    .concat([
      'it',
      'its',
      'this',
      'that',
      'these',
      'those',
      'who',
      'which',
      'he',
      'she',
      'they',
      'not',
      'also',
      'has',
      'had',
    ]),
);
/** Nationality of an adjective ("أمريكية", "الغربيان", "Russian"), if it is one. */
export function nationalityOf(word: string): Nationality | undefined {
  for (const r of readings(word)) {
    const stem = r.replace(/(يتان|يتين|يون|يين|يان|يه|ي)$/, '');
    const found = NATIONALITIES.find((n) => n.arabicStems.includes(stem) || n.english.includes(r));
    if (found) return found;
  }
  return undefined;
}

const nouns = SOURCE_NOUNS.map((n) => ({ noun: n, words: new Set(n.words.map(normalizeName)) }));

export function sourceNounOf(word: string): { noun: SourceNoun; definite: boolean } | undefined {
  for (const r of readings(word)) {
    const noun = nouns.find((n) => n.words.has(r))?.noun;
    if (noun) return { noun, definite: r !== withoutConjunction(word) || word.startsWith('ال') };
  }
  return undefined;
}

export function titled(word: string): boolean {
  return readings(word).some((r) => titles.has(r));
}
