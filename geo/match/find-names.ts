/**
 * Finds gazetteer names in a normalised text: phrases of whole words, Arabic particles stripped from the
 * first word ("واللاذقية", "للاذقية"), and words run together by bad scraping ("واشنطنروسيا").
 * Longest match first, left to right; one name per stretch of text.
 */
import { PLACE_CUES } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { sameClause } from '../text/tokens';
import type { GazetteerEntry } from '../gazetteer/entry';
import { isArticle, looseWord, type LooseIndex } from './loose-names';
import type { NameIndex, NameRecord } from './name-index';
import { hasReading, MIN_STEM_LENGTH, readingsOf } from '../text/particles';

/** How a name was found, for the reason an editor reads. */
export type MatchWay = 'exact' | 'particle' | 'run-together' | 'transliteration' | 'arabic-letters';

export interface NameMatch<E = GazetteerEntry> {
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
  /** Index of the first and one past the last token the match covers. */
  firstToken: number;
  endToken: number;
  /** The normalised name that matched, words joined by spaces. */
  key: string;
  records: NameRecord<E>[];
  way: MatchWay;
  /** Letters stripped from the front of the first word (particles). */
  particle: string;
}

/** The shortest Arabic word worth trying to split in two (two names of 4 letters, or one and a particle). */
const MIN_RUN_TOGETHER = 7;
/** A name found at the head of a run-together word must be at least this long. */
const MIN_RUN_TOGETHER_NAME = 4;

const LATIN = /^[a-z]+$/;
/** Whether a word is Latin letters alone: a word of another script is turned away by its first letter. */
function isLatin(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a && LATIN.test(word);
}
/** The prepositions bad scraping runs into a name, as a list: read before every long Arabic word. */
const RUN_ON_PREPOSITIONS = [...PLACE_CUES.runOnPrepositions];
/** Those prepositions by their first letter, in their order: a word is read only for those it may begin with. */
const RUN_ON_BY_INITIAL = new Map<number, string[]>();
for (const preposition of RUN_ON_PREPOSITIONS) {
  const initial = preposition.charCodeAt(0);
  const list = RUN_ON_BY_INITIAL.get(initial);
  if (list) list.push(preposition);
  else RUN_ON_BY_INITIAL.set(initial, [preposition]);
}
/** No match: one empty list for every word that holds no name, not a new one each. */
const NO_MATCHES: readonly never[] = [];
/** A nisba ending written after a name's final alef ("النمساوية", "النمساويين"): one word, not two. */
const NISBA_TAIL = /^وي(?:ه|ون|ين|ات)?$/;

/**
 * All name matches in `tokens`, in text order, not overlapping. `capitalised` says whether the original
 * of a token begins with a capital: another transliteration is only looked for from such a word (or an
 * article before one), as the case check would turn the rest away.
 */
export function findNames<E>(
  normalized: string,
  tokens: readonly Token[],
  index: NameIndex<E>,
  capitalised: (token: Token) => boolean = () => true,
): NameMatch<E>[] {
  const matches: NameMatch<E>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const found =
      matchAt(normalized, tokens, i, 0, index) ??
      (index.loose && isLatin(token.text) && (capitalised(token) || isArticle(token.text, true))
        ? matchLoose(normalized, tokens, i, index.loose)
        : null) ??
      splitRunTogether(normalized, tokens, i, index);
    if (found.length === 0) {
      i++;
      continue;
    }
    for (const match of found) matches.push(match);
    i = found[found.length - 1]!.endToken;
  }
  return matches;
}

/**
 * The longest name starting at token `i`, whose first word is read from its letter `from` on (0 for the
 * whole token, more for the tail of a run-together token).
 */
function matchAt<E>(
  normalized: string,
  tokens: readonly Token[],
  i: number,
  from: number,
  index: NameIndex<E>,
): NameMatch<E>[] | null {
  const stems = readingsOf(tokens[i]!.text, index.firstWords, from);
  if (stems.length === 0) return null;
  const wordStart = tokens[i]!.start + from;
  const limit = Math.min(index.maxWords, tokens.length - i);
  let best: NameMatch<E> | null = null;
  for (const stem of stems) {
    // Read word by word while the words so far begin some name; keep the longest full name.
    let key = stem.text;
    for (let n = 1; n <= limit; n++) {
      if (n > 1) {
        const next = tokens[i + n - 1]!;
        if (!sameClause(normalized, tokens[i + n - 2]!.end, next.start)) break;
        key += ' ' + next.text;
      }
      const records = index.byKey.get(key);
      if (records && (!best || i + n > best.endToken)) {
        best = {
          start: wordStart + stem.cut,
          end: tokens[i + n - 1]!.end,
          firstToken: i,
          endToken: i + n,
          key,
          records,
          way: stem.cut > 0 ? 'particle' : 'exact',
          particle: stem.particle,
        };
      }
      if (!index.prefixes.has(key)) break;
    }
  }
  return best ? [best] : null;
}

/**
 * The longest name starting at token `i` whose transliteration shares its loose key with the gazetteer's
 * ("Khmeimim", "el-Qaim", "Deir al-Zour"): the article's words are read, and left out of the key.
 */
function matchLoose<E>(
  normalized: string,
  tokens: readonly Token[],
  i: number,
  loose: LooseIndex<E>,
): NameMatch<E>[] | null {
  let key = '';
  let written = '';
  let best: NameMatch<E> | null = null;
  for (let n = i; n < tokens.length && n - i < 2 * loose.maxWords; n++) {
    const token = tokens[n]!;
    if (!isLatin(token.text)) break;
    if (n > i && !sameClause(normalized, tokens[n - 1]!.end, token.start)) break;
    written = n > i ? `${written} ${token.text}` : token.text;
    if (isArticle(token.text, normalized.charAt(token.end) === '-')) continue;
    key = key === '' ? looseWord(token.text) : `${key} ${looseWord(token.text)}`;
    const records = loose.byKey.get(key);
    if (records) {
      const [start, end] = [tokens[i]!.start, token.end];
      best = {
        start,
        end,
        firstToken: i,
        endToken: n + 1,
        key: written,
        records,
        way: 'transliteration',
        particle: '',
      };
    }
    if (!loose.prefixes.has(key)) break;
  }
  return best ? [best] : null;
}

/**
 * "واشنطنروسيا" → واشنطن + روسيا; "سوريةوتدفق" → سورية + وتدفق. A split is taken only when its head is
 * a one-word name of at least four letters and its tail is a name too, or starts with و or ال (the next
 * word's particle or article), so ordinary words that merely begin like a name ("ايرانيه") stay whole;
 * a tail that is a nisba ending after the name's alef ("النمساوية": Austrian) is no next word.
 */
function splitRunTogether<E>(
  normalized: string,
  tokens: readonly Token[],
  i: number,
  index: NameIndex<E>,
): readonly NameMatch<E>[] {
  const token = tokens[i]!;
  const word = token.text;
  const initial = word.charCodeAt(0);
  if (initial < 0x0600 || initial > 0x06ff) return NO_MATCHES;
  // "فيموسكو": a preposition run into the name after it.
  const prepositions = RUN_ON_BY_INITIAL.get(initial);
  if (prepositions)
    for (let p = 0; p < prepositions.length; p++) {
      const preposition = prepositions[p]!;
      if (!word.startsWith(preposition) || word.length - preposition.length < MIN_RUN_TOGETHER_NAME) continue;
      const tail = matchAt(normalized, tokens, i, preposition.length, index);
      if (tail) return tail.map((m) => ({ ...m, way: 'run-together' as const }));
    }
  if (word.length < MIN_RUN_TOGETHER) return NO_MATCHES;
  for (let k = word.length - MIN_STEM_LENGTH; k >= MIN_RUN_TOGETHER_NAME; k--) {
    // The tail is checked first, as it is cheap: it must open with و or ال, or begin a name itself.
    // Both halves are read in place; most places to cut are turned away before a letter is copied.
    const joined = (word.startsWith('و', k) && !NISBA_TAIL.test(word.slice(k))) || word.startsWith('ال', k);
    if (!joined && !hasReading(word, index.firstWords, k)) continue;
    const head = readingsOf(word, index.singleWords, 0, k).find(
      (s) => s.text.length >= MIN_RUN_TOGETHER_NAME,
    );
    if (!head) continue;
    const tailMatch = matchAt(normalized, tokens, i, k, index);
    if (!tailMatch && !joined) continue;
    const headMatch: NameMatch<E> = {
      start: token.start + head.cut,
      end: token.start + k,
      firstToken: i,
      endToken: i + 1,
      key: head.text,
      records: index.byKey.get(head.text) ?? [],
      way: 'run-together',
      particle: head.particle,
    };
    if (!tailMatch) return [headMatch];
    const second = tailMatch[0]!;
    return [headMatch, { ...second, firstToken: i, way: 'run-together' }];
  }
  return NO_MATCHES;
}
