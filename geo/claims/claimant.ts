/**
 * Who says so, for one clause: the source of its first attribution ("وقال مسؤولون أمريكيون إن…",
 * "اتهامات الولايات المتحدة", "according to Western diplomats"), the speaker named before when the verb
 * names none ("وأضاف"), and the news agency that relays it ("لرويترز", "told Reuters"), kept apart.
 */
import type { Source } from '../contract';
import { gapBefore, tokenSpan, type ArticleText } from './article-text';
import type { Clause } from './clauses';
import { remember, type ClaimantContext, type Resolved } from './claimant-context';
import { resolveParts } from './claimant-resolve';
import { TOPIC_VERBS } from './lexicon/attribution';
import type { SourceEntry } from './lexicon/claimants';
import { lexicon } from './lexicon-index';
import type { ArticleMention } from './mentions';
import { findPhrases, readings, type PhraseMatch } from './phrases';
import { readParts, type Part } from './subject';
import { normalizeName } from '../text/normalize';

export interface Attribution {
  claimant: Source | null;
  via: Source | null;
  /** Token ranges that name sources: their words are not the claim's activities. */
  excluded: [number, number][];
}

const topicVerbs = new Set(TOPIC_VERBS.map(normalizeName));
/** Verbs that report only when a medium or an office is their subject ("نقلت روسيا" moved, "نقلت رويترز" reported). */
const MEDIA_VERBS = new Set(['نقل', 'نقلت', 'نشر', 'نشرت', 'نشرتها']);
/** Words that may stand before a verb whose subject is the speaker named before ("ولكنه أضاف", "كما قال"). */
const OPENERS = new Set(
  ['لكن', 'لكنه', 'لكنها', 'لكنهم', 'كما', 'كذلك', 'ثم', 'كان', 'كانت', 'قد', 'لقد', 'لم'].concat([
    'but',
    'and',
    'he',
    'she',
    'they',
    'it',
  ]),
);
/** Words that may stand between a subject and its verb ("وكان مسؤول الدبلوماسية الروسية قد نفى"). */
const AUXILIARIES = new Set([
  'قد',
  'لقد',
  'كان',
  'كانت',
  'لم',
  'has',
  'had',
  'have',
  'also',
  'not',
  'repeatedly',
  'has',
  'did',
]);
/** A demonstrative after a verb is its subject ("وأثارت هذه الأنباء…"): no speaker is carried over. */
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هذان', 'هاتان', 'تلك', 'ذلك', 'this', 'these', 'the']);
/** Most words a subject may stand before its verb ("لكن الدبلوماسي الغربي قال"). */
const MAX_BEFORE = 8;

interface Found {
  resolved: Resolved;
  parts: Part[];
  first: number;
  end: number;
  /** Where the reading stopped: past words that belong to the source without naming it. */
  stop: number;
}

/** The attribution of `clause`; `inherited` is the claimant of the clause before it in its sentence. */
export function attribute(
  at: ArticleText,
  clause: Clause,
  mentions: readonly ArticleMention[],
  ctx: ClaimantContext,
  blocked: (i: number) => boolean,
  inherited: Source | null,
): Attribution {
  const { firstToken: from, endToken: to } = clause;
  const excluded: [number, number][] = [];
  const institutions = findPhrases(at.tokens, lexicon().sources, from, to).filter(
    (m) => m.value.kind === 'institution',
  );
  let agency: Found | null = null;
  for (const frame of findPhrases(at.tokens, lexicon().attribution, from, to)) {
    const before = institutions.findLast((m) => m.endToken <= frame.firstToken)?.value ?? null;
    const found = sourceOf(at, frame, clause, mentions, ctx, blocked, before);
    if (found === 'carried') {
      const via = agency ?? agencyIn(at, clause, excluded);
      return { claimant: ctx.last, via: via && toSource(at, via), excluded };
    }
    if (!found) continue;
    excluded.push([found.first, found.stop]);
    if (found.resolved.kind === 'agency') {
      const relayed = relayedAfter(at, found, clause, mentions, ctx, blocked, before);
      if (!relayed) {
        agency ??= found;
        continue;
      }
      excluded.push([relayed.first, relayed.stop]);
      agency = found;
      return finish(at, relayed, agency, clause, ctx, excluded);
    }
    return finish(at, found, agency, clause, ctx, excluded);
  }
  if (agency) return { claimant: toSource(at, agency), via: null, excluded };
  const continues = clause.inQuote || clause.opening === 'participle' || pronounOpener(at, clause);
  return { claimant: continues ? inherited : null, via: null, excluded };
}

function finish(
  at: ArticleText,
  found: Found,
  agency: Found | null,
  clause: Clause,
  ctx: ClaimantContext,
  excluded: [number, number][],
): Attribution {
  const claimant = toSource(at, found);
  remember(ctx, claimant, found.resolved, personalNames(found.parts));
  const via = agency ?? agencyPart(found) ?? agencyIn(at, clause, excluded);
  return { claimant, via: via && toSource(at, via), excluded };
}

/**
 * The words of a person's own name beside an office or a title: after the last of them
 * ("المتحدث باسم البيت الأبيض جوش ايرنست"), else before the first ("بيتر كوك المتحدث باسم البنتاغون").
 */
function personalNames(parts: readonly Part[]): string[] {
  const titled = (p: Part) => p.type === 'title' || p.type === 'entry' || p.type === 'spokesperson';
  const last = parts.findLastIndex(titled);
  if (last < 0) return [];
  const after = parts.slice(last + 1).flatMap((p) => (p.type === 'name' ? [p.word] : []));
  if (after.length > 0) return after;
  const first = parts.findIndex(titled);
  return parts.slice(0, first).flatMap((p) => (p.type === 'name' ? [p.word] : []));
}

function sourceOf(
  at: ArticleText,
  frame: PhraseMatch<string>,
  clause: Clause,
  mentions: readonly ArticleMention[],
  ctx: ClaimantContext,
  blocked: (i: number) => boolean,
  before: SourceEntry | null,
): Found | null | 'carried' {
  const prev = at.tokens[frame.firstToken - 1]?.text ?? '';
  if (frame.value === 'noun' && readings(prev).some((r) => topicVerbs.has(r))) return null;
  // "الولايات المتحدة تحذر روسيا", "لكن الدبلوماسي الغربي قال": a subject before its verb comes first,
  // else "وتتهم واشنطن روسيا": the subject after it.
  let found =
    frame.value === 'verb'
      ? subjectBefore(at, frame.firstToken, clause, mentions, ctx, blocked, before)
      : null;
  found ??= read(at, frame.endToken, clause.endToken, mentions, ctx, blocked, before);
  // "according to a blogger who tracks ship movements": after "according to" the words name a source.
  // Only in English: "حسب" and "وفق" also mean "as needed by", "under" ("حسب الضرورة الميدانية").
  if (!found && frame.value === 'according' && /^[a-z]/.test(at.tokens[frame.firstToken]!.text))
    found = unnamed(at, frame.endToken, clause.endToken, blocked);
  if (!found && frame.value === 'verb') {
    const next = at.tokens[frame.endToken]?.text ?? '';
    if (opensClause(at, clause, frame.firstToken) && ctx.last && !DEMONSTRATIVES.has(next)) return 'carried';
  }
  if (
    found &&
    MEDIA_VERBS.has(at.tokens[frame.firstToken]!.text.replace(/^و/, '')) &&
    !['agency', 'institution'].includes(found.resolved.kind)
  )
    return null;
  return found;
}

/** A source the lexicons do not know, named by the few words after "according to" / "حسب". */
function unnamed(at: ArticleText, from: number, to: number, blocked: (i: number) => boolean): Found | null {
  let end = from;
  while (end < to && end - from < 3 && !blocked(end) && (end === from || !/[,،:"(]/.test(gapBefore(at, end))))
    end++;
  if (end === from || (end - from === 1 && ['a', 'an', 'the'].includes(at.tokens[from]!.text))) return null;
  return {
    resolved: { id: null, name: null, party: null, kind: 'unknown' },
    parts: [],
    first: from,
    end,
    stop: end,
  };
}

/** The source named right before a verb, past "قد", "كان": its words must reach the verb. */
function subjectBefore(
  at: ArticleText,
  verb: number,
  clause: Clause,
  mentions: readonly ArticleMention[],
  ctx: ClaimantContext,
  blocked: (i: number) => boolean,
  before: SourceEntry | null,
): Found | null {
  let end = verb;
  while (end > clause.firstToken && readings(at.tokens[end - 1]!.text).some((r) => AUXILIARIES.has(r))) end--;
  // English puts the subject before the verb wherever the verb stands ("…, U.S. officials said on Monday").
  const english = /^[a-z]/.test(at.tokens[verb]!.text);
  let found: Found | null = null;
  for (let s = end - 1; s >= Math.max(clause.firstToken, end - MAX_BEFORE); s--) {
    const candidate = read(at, s, end, mentions, ctx, blocked, before);
    if (candidate && candidate.stop === end && (english || opensClause(at, clause, s) || commaBefore(at, s)))
      found = candidate;
  }
  // "Two officials, speaking on condition of anonymity, said": the subject stands before an aside.
  if (!found && english && /,/.test(gapBefore(at, end))) {
    let aside = end - 1;
    while (aside > clause.firstToken && !/,/.test(gapBefore(at, aside))) aside--;
    if (aside > clause.firstToken) return subjectBefore(at, aside, clause, mentions, ctx, blocked, before);
  }
  return found;
}

/** "…، مسؤولون أمريكيون قالوا", "…, U.S. officials said": a source set off by a comma. */
function commaBefore(at: ArticleText, token: number): boolean {
  return /[,،]/.test(gapBefore(at, token));
}

function read(
  at: ArticleText,
  from: number,
  limit: number,
  mentions: readonly ArticleMention[],
  ctx: ClaimantContext,
  blocked: (i: number) => boolean,
  before: SourceEntry | null,
): Found | null {
  const { parts, end } = readParts(at, from, limit, mentions, ctx, blocked);
  const resolved = parts.length > 0 ? resolveParts(parts, ctx, before) : null;
  if (!resolved) return null;
  const own = parts.filter(
    (p) => !(p.type === 'entry' && p.entry.kind === 'agency') || resolved.kind === 'agency',
  );
  return { resolved, parts, first: own[0]!.first, end: own.at(-1)!.end, stop: end };
}

/** "ونقلت وكالة الإعلام الروسية عن سميرنوف قوله": the agency relays the source after "عن". */
function relayedAfter(
  at: ArticleText,
  agency: Found,
  clause: Clause,
  mentions: readonly ArticleMention[],
  ctx: ClaimantContext,
  blocked: (i: number) => boolean,
  before: SourceEntry | null,
): Found | null {
  const next = at.tokens[agency.stop]?.text;
  if (next !== 'عن' && next !== 'quoted') return null;
  const found = read(at, agency.stop + 1, clause.endToken, mentions, ctx, blocked, before);
  return found && found.resolved.kind !== 'agency' ? found : null;
}

/** "مصادر لبنانية لرويترز": the agency named at the end of the source's words. */
function agencyPart(found: Found): Found | null {
  const part = found.parts.find((p) => p.type === 'entry' && p.entry.kind === 'agency');
  if (!part || part.type !== 'entry' || found.resolved.kind === 'agency') return null;
  const e = part.entry;
  return {
    resolved: { id: e.id, name: e.name, party: e.party, kind: 'agency' },
    parts: [],
    first: part.first,
    end: part.end,
    stop: part.end,
  };
}

/** A news agency named in the clause outside the source's words: the medium that relays the claim. */
function agencyIn(at: ArticleText, clause: Clause, excluded: [number, number][]): Found | null {
  const m = findPhrases(at.tokens, lexicon().sources, clause.firstToken, clause.endToken).find(
    (m) => m.value.kind === 'agency' && !excluded.some(([a, b]) => m.firstToken >= a && m.firstToken < b),
  );
  if (!m) return null;
  const e = m.value;
  return {
    resolved: { id: e.id, name: e.name, party: e.party, kind: 'agency' },
    parts: [],
    first: m.firstToken,
    end: m.endToken,
    stop: m.endToken,
  };
}

/** True when only openers ("و", "لكنه", "كما") stand between the clause's start and token `i`. */
function opensClause(at: ArticleText, clause: Clause, i: number): boolean {
  for (let t = clause.firstToken; t < i; t++)
    if (!readings(at.tokens[t]!.text).some((r) => OPENERS.has(r))) return false;
  return true;
}

/**
 * "لكنها …", "لكنه …", "but that …", "but he …": the clause goes on about the subject of the one
 * before, or goes on reporting what it said.
 */
function pronounOpener(at: ArticleText, clause: Clause): boolean {
  const first = at.tokens[clause.firstToken]!.text;
  const second = at.tokens[clause.firstToken + 1]?.text ?? '';
  if (readings(first).some((r) => r === 'لكنه' || r === 'لكنها' || r === 'لكنهم')) return true;
  return ['but', 'while', 'although'].includes(first) && ['that', 'he', 'she', 'they', 'it'].includes(second);
}

function toSource(at: ArticleText, found: Found): Source {
  const span = tokenSpan(at, found.first, found.end);
  // "واشنطنروسيا": a state named inside a run-together word is cited by its own letters.
  const first = found.parts.find((p) => p.first === found.first);
  const last = found.parts.findLast((p) => p.end === found.end);
  if (first?.type === 'mention') span.start = first.mention.start;
  if (last?.type === 'mention') span.end = last.mention.end;
  span.text = at.text.slice(span.start, span.end);
  const r = found.resolved;
  return { id: r.id, name: r.name, party: r.party, ...span };
}
