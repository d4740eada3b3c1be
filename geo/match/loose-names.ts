/**
 * The key that English transliterations of one Arabic name share, so a spelling the gazetteer lacks still
 * finds its place: "Khmeimim" and "Hmeimim", "Qusayr" and "Kusayr", "Zour" and "Zur", "Raqqa" and
 * "Raqa", "el-Qaim", "al-Qaim" and "Qaim" each read the same. At match time only, after the exact
 * names: kh is h, q is k, ou is u, a doubled letter is one, and the Arabic article (al-, el-, and its
 * assimilated forms ash-, ad-, az-…) is left out.
 *
 * Precision first: only names of places in the Arabic-speaking countries (where English writes
 * transliterations) are indexed; a key shorter than MIN_LETTERS, or shared by two places, or equal to
 * another place's own name, is not; and the case check that follows (latin-case.ts) still asks a
 * capitalised name for a capitalised word.
 */
import type { NameRecord } from './name-index';

export interface LooseIndex<E> {
  /** Loose key, its words joined by one space → the records of the one place it names. */
  byKey: Map<string, NameRecord<E>[]>;
  /** Every proper word-prefix of a loose key: when to read on. */
  prefixes: Set<string>;
  /** Most words in any loose key. */
  maxWords: number;
}

/** Fewer letters than this (spaces aside) make too many English words. */
const MIN_LETTERS = 5;
/** The article and its forms before sun letters. "al" and "el" stand apart; the others only before a hyphen. */
const ARTICLES = new Set(['al', 'el']);
const HYPHENED_ARTICLES = new Set([
  'as',
  'ash',
  'ad',
  'adh',
  'ar',
  'at',
  'ath',
  'az',
  'an',
  'ed',
  'es',
  'ez',
  'er',
  'et',
  'en',
]);

const K = 0x6b;
const H = 0x68;
const Q = 0x71;
const O = 0x6f;
const U = 0x75;

/** True when `word` has nothing to fold: no kh, q, ou or doubled letter (most English words). */
function alreadyLoose(word: string): boolean {
  let prev = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === prev || c === Q || (c === H && prev === K) || (c === U && prev === O)) return false;
    prev = c;
  }
  return true;
}

/** Where looseWord writes a word's letters: one buffer, reused, no word of news being longer. */
const BUFFER = new Uint16Array(64);

/** One word's loose form: "khmeimim" → "hmeimim", "raqqa" → "raka", "zour" → "zur". In one pass. */
export function looseWord(word: string): string {
  if (alreadyLoose(word) || word.length > BUFFER.length) return word;
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    const next = word.charCodeAt(i + 1);
    if (c === K && next === H) {
      c = H;
      i++;
    } else if (c === O && next === U) {
      c = U;
      i++;
    } else if (c === Q) c = K;
    if (n === 0 || BUFFER[n - 1] !== c) BUFFER[n++] = c;
  }
  return String.fromCharCode(...BUFFER.subarray(0, n));
}

/** True when `word` is the article: "al", "el", or an assimilated form written before a hyphen. */
export function isArticle(word: string, hyphenAfter: boolean): boolean {
  return ARTICLES.has(word) || (hyphenAfter && HYPHENED_ARTICLES.has(word));
}

/** The loose key of a gazetteer key (words joined by spaces), its articles left out. */
export function looseKey(key: string): string {
  const words = key.split(' ');
  return words
    .filter((w, i) => i === words.length - 1 || !(ARTICLES.has(w) || HYPHENED_ARTICLES.has(w)))
    .map(looseWord)
    .join(' ');
}

const LATIN_KEY = /^[a-z][a-z ]*$/;

/**
 * The loose index of the names in `byKey` whose places `indexed` accepts: keys of Latin letters only,
 * long enough, naming one place, and no other place's exact name.
 */
export function createLooseIndex<E extends { id: string }>(
  byKey: ReadonlyMap<string, NameRecord<E>[]>,
  indexed: (entry: E) => boolean,
): LooseIndex<E> {
  const found = new Map<string, NameRecord<E>[]>();
  const shared = new Set<string>();
  for (const [key, records] of byKey) {
    if (!records.every((r) => indexed(r.entry)) || !LATIN_KEY.test(key)) continue;
    const loose = looseKey(key);
    if (loose.replaceAll(' ', '').length < MIN_LETTERS) continue;
    const known = found.get(loose);
    if (known === undefined) found.set(loose, records);
    else if (!sameEntries(known, records)) shared.add(loose);
  }
  const byLoose = new Map<string, NameRecord<E>[]>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const [loose, records] of found) {
    if (shared.has(loose) || records.some((r) => r.entry.id !== records[0]!.entry.id)) continue;
    const exact = byKey.get(loose);
    if (exact && !sameEntries(exact, records)) continue;
    byLoose.set(loose, records);
    const words = loose.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return { byKey: byLoose, prefixes, maxWords };
}

function sameEntries<E extends { id: string }>(a: readonly NameRecord<E>[], b: readonly NameRecord<E>[]) {
  return a.length === b.length && a.every((r, i) => r.entry.id === b[i]!.entry.id);
}
