/**
 * Finds lexicon phrases in tokenised, normalised text, Arabic or English.
 *
 * Arabic joins particles and the article to words ("وبالأسلحة" is و + ب + ال + أسلحة) and pronouns to
 * their ends ("وجودها", its presence). Rather than list every form in every lexicon, a lexicon word is
 * stored bare ("اسلحه") and a text word matches it when any of its readings does: as written, without
 * leading particles, without the article, without a pronoun suffix. Readings only ever add candidates,
 * so a reading that makes no sense ("بناء" read as ب + "ناء") simply finds nothing.
 */
import type { Token } from '../text/tokens';
import { PHRASE_WORDS } from '../lexicon/lexicon';
import { normalizeName } from '../letters/normalize';
import { ATTACHED_PARTICLES, CONJUNCTIONS, PRONOUN_SUFFIXES } from '../text/particles';

/** Most fillers skipped between two words of a phrase. */
const MAX_FILLERS = 1;

/** Words whose readings are kept; past it the memo starts afresh, so a long build's memory stays bounded. */
const MEMO_WORDS = 100_000;
const memo = { nouns: new Map<string, string[]>(), verbs: new Map<string, string[]>() };

/**
 * The bare forms a text word may stand for, the word itself first. `verbs` reads only the particles a
 * verb can take. The rules ask for the readings of the same words clause after clause, so each word's
 * are worked out once and shared: callers read the array and never change it.
 */
export function readings(word: string, verbs = false): string[] {
  const known = verbs ? memo.verbs : memo.nouns;
  let found = known.get(word);
  if (found === undefined) {
    if (known.size >= MEMO_WORDS) known.clear();
    known.set(word, (found = readingsOf(word, verbs)));
  }
  return found;
}

function readingsOf(word: string, verbs: boolean): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  for (const p of verbs ? CONJUNCTIONS : ATTACHED_PARTICLES) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    add(rest);
    // "للطائرات": ل + الطائرات, the alef of the article dropped after ل.
    if (p.endsWith('ل') && rest.startsWith('ل')) add('ا' + rest);
  }
  for (const w of [...out]) if (w.startsWith('ال') && w.length > 3) add(w.slice(2));
  // "سترسل", "سينشر": the future prefix before a present verb ("will send" is a word of sending).
  for (const w of [...out]) if (/^س[يتن]/.test(w) && w.length >= 5) add(w.slice(1));
  // Duals and construct forms of feminine nouns: "سفينتا", "طائرتي", "سفينتان" read as "سفينة".
  for (const w of [...out]) {
    const dual = /^(.{3,})ت(ا|ي|ان|ين)$/.exec(w);
    if (dual) add(`${dual[1]!}ه`);
  }
  // "سفنا", "وجودا", "جنودا": the indefinite accusative's alef. Not after ي or و, where it is most often the
  // name's own ("روسيا", "سوريا") or a verb's ending ("قالوا"), nor on a participle in م ("متحدثا",
  // "مؤكدا": speaking, stressing), which says how someone spoke.
  if (!verbs)
    for (const w of [...out])
      if (w.length >= 4 && /[^اوي]ا$/.test(w) && !/^(ال|م)/.test(w)) add(w.slice(0, -1));
  // "قواته", "طائراته": a feminine plural with "his" (a lone ه is read as ة everywhere else).
  for (const w of [...out]) if (w.length >= 5 && w.endsWith('اته')) add(w.slice(0, -1));
  // "مقاتليه", "مستشاريه": a masculine plural's construct form in ي with "his".
  for (const w of [...out]) if (w.length >= 6 && w.endsWith('يه')) add(w.slice(0, -1));
  for (const w of [...out])
    for (const s of PRONOUN_SUFFIXES)
      if (w.endsWith(s) && w.length - s.length >= 3) {
        const stem = w.slice(0, -s.length);
        add(stem);
        // "قاعدتها", "منطقتهم": a feminine noun's ة is written ت before a pronoun.
        if (stem.endsWith('ت') && stem.length >= 4) add(`${stem.slice(0, -1)}ه`);
      }
  return out;
}

/** The bare form a lexicon word is stored under: normalised, without the article. */
function bare(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

export interface PhraseIndex<T> {
  /** Phrases by their first bare word, longest first. */
  byFirst: Map<string, { words: string[]; value: T }[]>;
  /** Verbs take only و and ف before them. */
  verbs: boolean;
}

/** Builds an index from `[phrase, value]` pairs; phrases are normalised the way article text is. */
export function createPhraseIndex<T>(entries: Iterable<readonly [string, T]>, verbs = false): PhraseIndex<T> {
  const byFirst = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of entries) {
    const words = normalizeName(phrase).split(' ').filter(Boolean).map(bare);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, verbs };
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indices, end exclusive. */
  firstToken: number;
  endToken: number;
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
}

/**
 * The phrases found in `tokens[from..to)`, left to right, longest first, not overlapping. Each token's
 * readings are computed once per call.
 */
export function findPhrases<T>(
  tokens: readonly Token[],
  index: PhraseIndex<T>,
  from = 0,
  to = tokens.length,
): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  const cache = new Map<number, string[]>();
  to = Math.min(to, tokens.length);
  const readingsAt = (i: number) => {
    let r = cache.get(i);
    if (!r) cache.set(i, (r = readings(tokens[i]!.text, index.verbs)));
    return r;
  };
  for (let i = from; i < to; i++) {
    let best: { end: number; value: T } | null = null;
    for (const first of readingsAt(i)) {
      for (const candidate of index.byFirst.get(first) ?? []) {
        const end = matchRest(candidate.words, i, to, readingsAt, tokens);
        if (end > 0 && (!best || end > best.end)) best = { end, value: candidate.value };
      }
    }
    if (!best) continue;
    found.push({
      value: best.value,
      firstToken: i,
      endToken: best.end,
      start: tokens[i]!.start,
      end: tokens[best.end - 1]!.end,
    });
    i = best.end - 1;
  }
  return found;
}

/** The end token of `words` matched from token `i`, or 0; fillers may stand between two words. */
/**
 * "القوات البرية والبحرية والجوية": adjectives joined by "و" after a phrase of a noun and an adjective
 * share its noun, each read as the phrase of that noun and itself ("القوات الجوية").
 */
export function coordinatedPhrases<T>(
  tokens: readonly Token[],
  index: PhraseIndex<T>,
  found: readonly PhraseMatch<T>[],
  to = tokens.length,
): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (const m of found) {
    if (m.endToken - m.firstToken !== 2) continue;
    const noun = readings(tokens[m.firstToken]!.text, index.verbs);
    for (let t = m.endToken; t < Math.min(to, tokens.length) && tokens[t]!.text.startsWith('و'); t++) {
      const adjective = readings(tokens[t]!.text.slice(1), index.verbs);
      const value = noun
        .flatMap((n) => index.byFirst.get(n) ?? [])
        .find((c) => c.words.length === 2 && adjective.includes(c.words[1]!))?.value;
      if (value === undefined) break;
      out.push({ value, firstToken: t, endToken: t + 1, start: tokens[t]!.start, end: tokens[t]!.end });
    }
  }
  return out;
}

function matchRest(
  words: readonly string[],
  i: number,
  to: number,
  readingsAt: (i: number) => string[],
  tokens: readonly Token[],
): number {
  let t = i + 1;
  for (let w = 1; w < words.length; w++) {
    let skipped = 0;
    while (
      t < to &&
      !readingsAt(t).includes(words[w]!) &&
      PHRASE_WORDS.fillers.has(tokens[t]!.text) &&
      skipped < MAX_FILLERS
    ) {
      t++;
      skipped++;
    }
    if (t >= to || !readingsAt(t).includes(words[w]!)) return 0;
    t++;
  }
  return t;
}
