/**
 * A claim's stance from the words of its clause (lexicon/claims/stance.json says how far each word reaches):
 * denied > no-comment > accused > speculative > planned > confirmed > reported, the strongest cue that
 * bears on the clause's main event, i.e. on its first activity word. Whether a report or confirmation is
 * the acting party's own word is decided after, with the claimant (own-word.ts).
 */
import type { Stance } from '../contract';
import { gapBefore, type Reading } from '../text/reading';
import type { StanceCue } from '../lexicon/claims-schema';
import { ROLE_WORDS, STANCE_WORDS } from '../lexicon/lexicon';
import { lexicon } from './lexicon-index';
import { findPhrases, readings } from './phrases';

/** Strongest first. */
const PRECEDENCE: readonly Stance[] = [
  'denied',
  'no-comment',
  'accused',
  'speculative',
  'planned',
  'confirmed',
  'reported',
];
/** How many words after the first activity word a predicate ("في طريقها", "ستشغل", "ربما") still bears on it. */
export const PREDICATE_WINDOW = 4;

const {
  continuationStems,
  continuationWords,
  notFutureVerbs,
  notFutureTense,
  hypotheticals,
  silenceVerbs,
  refusals,
  comments,
} = STANCE_WORDS;
/**
 * Most words between a verb of `silenceVerbs` or `refusals` and its comment: the subject ("ولم يصدر الجيش
 * السوداني أي تعليق", "رفض متحدث باسم وزارة الدفاع التعليق").
 */
const SILENCE_REACH = 6;

export interface StanceFound {
  stance: Stance;
  /** Token range of the cue, or null for a plain report. */
  cue: [number, number] | null;
  /** True when the clause speaks in the future tense ("ستبحث", "will meet"): its weekdays are to come. */
  future: boolean;
}

interface Cue extends StanceCue {
  first: number;
  end: number;
}

/**
 * The stance of tokens `[from, to)`, whose main event is at token `main` (to when there is none);
 * `isPlace(i)` is true for a token inside a place's or a source's name ("سيفاستوبول" is no future verb).
 */
export function stanceOf(
  at: Reading,
  from: number,
  to: number,
  main: number,
  isPlace: (i: number) => boolean = () => false,
): StanceFound {
  const found: Cue[] = findPhrases(at.tokens, lexicon().stance, from, to).map((m) => ({
    ...m.value,
    first: m.firstToken,
    end: m.endToken,
  }));
  for (let i = from; i < to; i++) {
    const extra = isPlace(i) ? null : grammaticalCue(at, i, to);
    if (extra) found.push(extra);
  }
  const negation = negatedAct(at, from, to, found);
  if (negation) found.push(negation);
  const threat = threatOf(at, from, Math.min(to, main + PREDICATE_WINDOW + 1), found);
  if (threat) found.push(threat);
  // "لا تستبعد" (does not rule out) is a guess, not the denial its last word is alone.
  const outer = found.filter(
    (c) =>
      !found.some(
        (o) => o !== c && o.first <= c.first && c.end <= o.end && o.end - o.first > c.end - c.first,
      ),
  );
  const bearing = outer.filter(
    (c) =>
      !continues(at, c) &&
      (c.scope === 'verdict'
        ? true
        : c.scope === 'governs'
          ? c.first <= main || trailing(at, c, to) || verbOfSubject(at, main, c)
          : c.first <= main + PREDICATE_WINDOW || modalOfSubject(at, main, c)),
  );
  const future = found.some((c) => isFuture(at, c));
  for (const stance of PRECEDENCE) {
    const cue = bearing.filter((c) => c.stance === stance).sort((a, b) => a.first - b.first)[0];
    if (cue) return { stance, cue: [cue.first, cue.end], future };
  }
  return { stance: 'reported', cue: null, future };
}

/** The past tense's plural ending, which no verb after the future's سـ takes (its plural ends in ون). */
const PAST_PLURAL = /وا$/u;
const PLACE_NOUNS = ROLE_WORDS.placeNouns;

/** Cues the lexicon cannot list: a future verb ("ستبحث", not "ستواصل"), "قد" before a present verb. */
function grammaticalCue(at: Reading, i: number, to: number): Cue | null {
  const word = at.tokens[i]!.text;
  // A future verb takes no past ending: "سيطروا" (they took control) is past, the سـ its root's; and
  // after "مدينة", "بلدة" a name stands, however it begins ("مدينة سيتوي").
  const named = readings(at.tokens[i - 1]?.text ?? '').some((r) => PLACE_NOUNS.has(r));
  const verb =
    !named &&
    readings(word).find(
      (r) => /^س[يتن]\p{L}{3,}$/u.test(r) && !PAST_PLURAL.test(r) && !notFutureVerbs.has(r),
    );
  if (verb && ![...continuationStems].some((s) => verb.slice(2).includes(s)))
    return { stance: 'planned', scope: 'predicate', first: i, end: i + 1 };
  const next = at.tokens[i + 1]?.text ?? '';
  // "ولم يصدر الجيش أي تعليق", "رفض متحدث باسم الوزارة التعليق": the comment after the subject.
  const silence = readings(word, true).includes('لم') && silenceVerbs.has(next) ? i + 2 : null;
  const refusal = readings(word, true).some((r) => refusals.has(r)) ? i + 1 : null;
  const after = silence ?? refusal;
  if (after !== null)
    for (let k = after; k < Math.min(to, after + SILENCE_REACH); k++)
      if (readings(at.tokens[k]!.text).some((r) => comments.has(r)))
        return { stance: 'no-comment', scope: 'verdict', first: i, end: k + 1 };
  if (word === 'قد' && i + 1 < to && /^[يت]/.test(next))
    return { stance: 'speculative', scope: 'predicate', first: i, end: i + 1 };
  return null;
}

/** English auxiliaries a "not" after which negates the verb that follows ("has not sent", "will not take part"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'will', 'would']);
/** The Arabic particles that negate the verb after them: "لم ترسل" (did not send), "لن تشارك" (will not take part). */
const NEGATIONS = new Set(['لم', 'لن']);
/** "لو لم": a condition contrary to fact, which denies nothing. */
const COUNTERFACTUAL = 'لو';

/**
 * "وقالت إنها لم ترسل قوات", "Russia has not sent troops", "قواتها لن تشارك في أي عمليات": a verb of
 * acting (moving, sending, delivering, striking, taking part: stance.json's `negatedActs`) right after a
 * particle that negates it, which no cue of the lexicon begins ("لم تعلق" is a silence, "لم تصل" a plan
 * not yet done): its speaker denies the act.
 */
function negatedAct(at: Reading, from: number, to: number, found: readonly Cue[]): Cue | null {
  const lex = lexicon();
  const acts = [lex.motion, lex.delivery, lex.strikes, lex.combat, lex.negatedActs];
  for (let i = from; i + 1 < to; i++) {
    const word = at.tokens[i]!.text;
    const negates =
      (readings(word, true).some((r) => NEGATIONS.has(r)) && at.tokens[i - 1]?.text !== COUNTERFACTUAL) ||
      (word === 'not' && AUXILIARIES.has(at.tokens[i - 1]?.text ?? ''));
    if (!negates || found.some((c) => c.first <= i && i < c.end)) continue;
    if (acts.some((index) => findPhrases(at.tokens, index, i + 1, i + 2).some((m) => m.firstToken === i + 1)))
      return { stance: 'denied', scope: 'predicate', first: i, end: i + 1 };
  }
  return null;
}

/**
 * "حذرت من أن أي اعتداء سيقابل برد", "warned that any warship entering the strait would be met": an event
 * made a hypothesis ("أي", "any") and a future verb after it say what will answer it, a threat. The
 * hypothesis bears on the main event, or stands as near it as a predicate: "وإن أي إغلاق سيجبر" far
 * after the main event is a consequence the speaker weighs, not what the clause reports.
 */
function threatOf(at: Reading, from: number, reach: number, found: readonly Cue[]): Cue | null {
  for (let i = from; i < reach; i++)
    if (hypotheticals.has(at.tokens[i]!.text) && found.some((c) => c.first > i && isFuture(at, c)))
      return { stance: 'planned', scope: 'verdict', first: i, end: i + 1 };
  return null;
}

/** A future verb, "سوف", "will", "غدا": the tense, not the plan ("ordered to withdraw" is past). */
function isFuture(at: Reading, c: Cue): boolean {
  if (c.stance !== 'planned' || c.scope !== 'predicate') return false;
  const word = at.tokens[c.first]!.text;
  return !notFutureTense.has(word);
}

/** English modals that stand after their subject, however long ("the first battalion of a German brigade would arrive"). */
const MODALS = new Set(['will', 'would', "won't"]);
/** Most words an English subject may have before its modal. */
const SUBJECT_WINDOW = 9;
/** Words that open a relative or a complement inside a subject: a modal after one is its own verb's. */
const SUBJECT_BREAKS = new Set(['that', 'which', 'who', 'whose', 'and', 'but', 'said', 'says']);

/** An English modal after the main event's noun phrase, with no comma or new verb phrase between. */
function modalOfSubject(at: Reading, main: number, c: Cue): boolean {
  return MODALS.has(at.tokens[c.first]!.text) && afterSubject(at, main, c);
}

/**
 * "The U.S. Navy plans to send", "the brigade is preparing to": an English verb that governs, right after
 * the main event's noun phrase as its subject (a force named by its service is the first activity word).
 */
function verbOfSubject(at: Reading, main: number, c: Cue): boolean {
  return (
    /^[a-z]/.test(at.tokens[c.first]!.text) &&
    !ATTRIBUTIVE_BEFORE.has(at.tokens[c.first - 1]?.text ?? '') &&
    afterSubject(at, main, c)
  );
}

/** Words after which an English cue modifies a noun ("part of planned exercises"), no verb of a subject. */
const ATTRIBUTIVE_BEFORE = new Set([
  'of',
  'the',
  'a',
  'an',
  'for',
  'in',
  'to',
  'with',
  'and',
  'its',
  'their',
]);

/** Cue `c` stands after the main event's noun phrase, with no comma or new verb phrase between. */
function afterSubject(at: Reading, main: number, c: Cue): boolean {
  if (c.first > main + SUBJECT_WINDOW || c.first <= main) return false;
  for (let i = main + 1; i <= c.first; i++)
    if (/[,;:"“”]/.test(gapBefore(at, i)) || (i < c.first && SUBJECT_BREAKS.has(at.tokens[i]!.text)))
      return false;
  return true;
}

/** "will continue", "would keep": ongoing, not planned. */
function continues(at: Reading, c: Cue): boolean {
  const word = at.tokens[c.first]!.text;
  const next = at.tokens[c.end]?.text ?? '';
  return (word === 'will' || word === 'would') && [...continuationWords].some((w) => next.startsWith(w));
}

/** Most words a trailing source may have before its verb ("…, Western analysts believe"). */
const TRAILING_SOURCE = 4;

/**
 * "The frigate may be heading north, Western analysts believe": an English verb that closes the clause
 * after a comma and its subject governs all that comes before it.
 */
function trailing(at: Reading, c: Cue, to: number): boolean {
  if (c.end < to - 3 || !/^[a-z]/.test(at.tokens[c.first]!.text)) return false;
  for (let i = c.first; i > c.first - TRAILING_SOURCE - 1 && i > 0; i--)
    if (/,/.test(gapBefore(at, i))) return true;
  return false;
}
