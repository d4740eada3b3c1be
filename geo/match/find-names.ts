/**
 * Finds gazetteer names in a normalised text: phrases of whole words, Arabic particles stripped from the
 * first word ("واللاذقية", "للاذقية"), and words run together by bad scraping ("واشنطنروسيا").
 * Longest match first, left to right; one name per stretch of text.
 */
import { ATTACHED_PARTICLES, MIN_STEM_LENGTH } from '../lexicon/arabic';
import type { Token } from '../text/tokens';
import { sameClause } from '../text/tokens';
import type { NameIndex, NameRecord } from './name-index';

/** How a name was found, for the reason an editor reads. */
export type MatchWay = 'exact' | 'particle' | 'run-together';

export interface NameMatch {
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
  /** Index of the first and one past the last token the match covers. */
  firstToken: number;
  endToken: number;
  /** The normalised name that matched, words joined by spaces. */
  key: string;
  records: NameRecord[];
  way: MatchWay;
  /** Letters stripped from the front of the first word (particles). */
  particle: string;
}

/** The shortest Arabic word worth trying to split in two (two names of 4 letters, or one and a particle). */
const MIN_RUN_TOGETHER = 7;
/** A name found at the head of a run-together word must be at least this long. */
const MIN_RUN_TOGETHER_NAME = 4;

const ARABIC = /^[\u0600-\u06ff]/;

interface Stem {
  text: string;
  /** Normalised letters cut from the front of the word. */
  cut: number;
  particle: string;
}

/** The word itself, then the readings with attached particles removed; `لل` restores the article. */
export function stemsOf(word: string): Stem[] {
  const stems: Stem[] = [{ text: word, cut: 0, particle: '' }];
  if (!ARABIC.test(word)) return stems;
  for (const p of ['', ...ATTACHED_PARTICLES]) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (p !== '' && rest.length >= MIN_STEM_LENGTH) stems.push({ text: rest, cut: p.length, particle: p });
    // ل + ال is written لل: "للعراق" is ل + العراق, "للاذقيه" is ل + اللاذقيه.
    if ((p === '' || p === 'و' || p === 'ف') && rest.startsWith('لل') && rest.length > 3) {
      const tail = rest.slice(1);
      const particle = p + 'ل';
      stems.push({ text: 'ا' + tail, cut: p.length + 1, particle });
      stems.push({ text: 'ال' + tail, cut: p.length + 1, particle });
    }
  }
  return stems;
}

/** All name matches in `tokens`, in text order, not overlapping. */
export function findNames(normalized: string, tokens: readonly Token[], index: NameIndex): NameMatch[] {
  const matches: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const found =
      matchAt(normalized, tokens, i, token.text, token.start, index) ??
      splitRunTogether(normalized, tokens, i, index);
    if (found.length === 0) {
      i++;
      continue;
    }
    matches.push(...found);
    i = found[found.length - 1]!.endToken;
  }
  return matches;
}

/**
 * The longest name starting at token `i`, whose first word is read as `word` beginning at normalised
 * offset `wordStart` (a whole token, or the tail of a run-together token).
 */
function matchAt(
  normalized: string,
  tokens: readonly Token[],
  i: number,
  word: string,
  wordStart: number,
  index: NameIndex,
): NameMatch[] | null {
  const stems = stemsOf(word).filter((s) => index.firstWords.has(s.text));
  if (stems.length === 0) return null;
  const limit = Math.min(index.maxWords, tokens.length - i);
  for (let n = limit; n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    if (n > 1 && !sameClause(normalized, tokens[i]!.end, last.start)) continue;
    const rest =
      n > 1
        ? ' ' +
          tokens
            .slice(i + 1, i + n)
            .map((t) => t.text)
            .join(' ')
        : '';
    for (const stem of stems) {
      const key = stem.text + rest;
      const records = index.byKey.get(key);
      if (!records) continue;
      return [
        {
          start: wordStart + stem.cut,
          end: last.end,
          firstToken: i,
          endToken: i + n,
          key,
          records,
          way: stem.cut > 0 ? 'particle' : 'exact',
          particle: stem.particle,
        },
      ];
    }
  }
  return null;
}

/**
 * "واشنطنروسيا" → واشنطن + روسيا; "سوريةوتدفق" → سورية + وتدفق. A split is taken only when its head is
 * a one-word name of at least four letters and its tail is a name too, or starts with و or ال (the next
 * word's particle or article), so ordinary words that merely begin like a name ("ايرانيه") stay whole.
 */
function splitRunTogether(
  normalized: string,
  tokens: readonly Token[],
  i: number,
  index: NameIndex,
): NameMatch[] {
  const token = tokens[i]!;
  const word = token.text;
  if (word.length < MIN_RUN_TOGETHER || !ARABIC.test(word)) return [];
  for (let k = word.length - MIN_STEM_LENGTH; k >= MIN_RUN_TOGETHER_NAME; k--) {
    const head = stemsOf(word.slice(0, k)).find(
      (s) => s.text.length >= MIN_RUN_TOGETHER_NAME && index.singleWords.has(s.text),
    );
    if (!head) continue;
    const tail = word.slice(k);
    const tailMatch = matchAt(normalized, tokens, i, tail, token.start + k, index);
    if (!tailMatch && !/^(و|ال)/.test(tail)) continue;
    const headMatch: NameMatch = {
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
  return [];
}
