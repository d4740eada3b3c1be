/**
 * Sentences cut into the clauses that can each carry their own claim: one sentence of news often joins a
 * report and its denial ("نفى لافروف …، ردّاً على اتهامات الولايات المتحدة …"), a fact and a "but"
 * ("… لكنها لم تصلها"), or two statements of one speaker ("…، مشيراً إلى أن …").
 */
import { CLAUSE_WORDS } from '../lexicon/lexicon';
import { splitSentences } from '../text/sentences';
import { gapBefore, tokenAt, type Reading } from '../text/reading';
import { lexicon } from './lexicon-index';
import { createPhraseIndex, findPhrases, readings } from './phrases';

/** How a clause was opened: the first of its sentence, or after a "but", a "in response to", a participle, a new speaker. */
export type ClauseOpening = 'sentence' | 'contrast' | 'response' | 'participle' | 'speaker';

export interface Clause {
  /** The sentence, in original offsets. */
  sentence: { start: number; end: number };
  /** Token range of the clause, end exclusive. */
  firstToken: number;
  endToken: number;
  opening: ClauseOpening;
  /** True when the clause starts inside quotation marks opened earlier in its sentence. */
  inQuote: boolean;
}

const {
  contrast: CONTRAST,
  responses: RESPONSE_FIRST,
  participles: PARTICIPLES,
  afterComma: AFTER_COMMA,
  takeUps,
} = CLAUSE_WORDS;
const TAKE_UPS = createPhraseIndex([...takeUps].map((w) => [w, true] as const));
/** How many words a take-up ("وهو ما", "which") may stand before the verb of its response. */
const TAKE_UP_REACH = 3;
/** Two-word openers of a contrast ("في حين"), by their second word. */
const CONTRAST_PAIRS = new Map(CLAUSE_WORDS.contrastPairs.pairs.map(([first, second]) => [second, first]));
/** Lines that are not part of the report ("اقرأ أيضاً: …", "Read more: …"). */
const NOT_REPORT = /^\s*(اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|read more|read also|related\s*:)/i;

/**
 * The clauses of the article, in order. `startsNewSpeaker(token)` says whether a token opens a statement
 * by a newly named speaker ("… وقال كيري إن …"); it is asked only about tokens past a clause's start.
 */
export function splitClauses(at: Reading, startsNewSpeaker: (token: number) => boolean): Clause[] {
  const clauses: Clause[] = [];
  for (const sentence of splitSentences(at.text)) {
    if (NOT_REPORT.test(at.text.slice(sentence.start, sentence.end))) continue;
    const first = tokenAt(at, sentence.start);
    let end = first;
    while (end < at.tokens.length && at.origStart[end]! < sentence.end) end++;
    if (end === first) continue;
    let start = first;
    let opening: ClauseOpening = 'sentence';
    const push = (to: number, next: ClauseOpening) => {
      if (to > start) clauses.push({ sentence, firstToken: start, endToken: to, opening, inQuote: false });
      start = to;
      opening = next;
    };
    for (let i = first + 1; i < end; i++) {
      const opens = openingAt(at, i) ?? (startsNewSpeaker(i) ? { kind: 'speaker' as const, from: i } : null);
      if (opens && opens.from > start) push(opens.from, opens.kind);
    }
    push(end, 'sentence');
  }
  for (const c of clauses)
    c.inQuote = insideQuote(at.text.slice(c.sentence.start, at.origStart[c.firstToken]));
  return clauses;
}

/** Whether token i opens a clause, and at which token the clause starts (the opener's first word). */
function openingAt(at: Reading, i: number): { kind: ClauseOpening; from: number } | null {
  const word = at.tokens[i]!.text;
  const before = CONTRAST_PAIRS.get(word);
  if (before !== undefined && readings(at.tokens[i - 1]!.text).includes(before))
    return { kind: 'contrast', from: i - 1 };
  if (readings(word).some((w) => CONTRAST.has(w))) return { kind: 'contrast', from: i };
  if (AFTER_COMMA.has(word) && /[,،]\s*$/.test(gapBefore(at, i))) return { kind: 'contrast', from: i };
  if (/[,،]\s*$/.test(gapBefore(at, i)) && takesUp(at, i)) return { kind: 'response', from: i };
  if (RESPONSE_FIRST.has(word) && at.tokens[i + 1]?.text === 'علي') return { kind: 'response', from: i };
  if (word === 'response' && at.tokens[i - 1]!.text === 'in') return { kind: 'response', from: i - 1 };
  if (PARTICIPLES.has(word)) return { kind: 'participle', from: i };
  // ", saying that", ", as officials warned": English joins a new statement after a comma.
  if ((word === 'saying' || word === 'as') && /,\s*$/.test(gapBefore(at, i)))
    return { kind: word === 'saying' ? 'participle' : 'contrast', from: i };
  return null;
}

/** True when `prefix` leaves a quotation open: an odd number of straight quotes, or more openers than closers. */
function insideQuote(prefix: string): boolean {
  let straight = 0;
  let open = 0;
  for (const c of prefix) {
    if (c === '"') straight++;
    else if (c === '«' || c === '“') open++;
    else if ((c === '»' || c === '”') && open > 0) open--;
  }
  return straight % 2 === 1 || open > 0;
}

/**
 * "…، وهو ما نفته صربيا", "…, which Moscow denied", "…، وهو ما لم تعلق عليه موسكو": a take-up right before
 * a verb of denying or confirming, or a silence.
 */
function takesUp(at: Reading, i: number): boolean {
  const takeUp = findPhrases(at.tokens, TAKE_UPS, i, i + 3).find((m) => m.firstToken === i);
  if (!takeUp) return false;
  return findPhrases(at.tokens, lexicon().stance, takeUp.endToken, takeUp.endToken + TAKE_UP_REACH).some(
    (m) => RESPONSES.has(m.value.stance),
  );
}

/** The stances of a response that takes up the claim before it. */
const RESPONSES = new Set(['denied', 'confirmed', 'no-comment']);
