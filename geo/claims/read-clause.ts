/**
 * Everything the rules read in one clause, before deciding whether it is a claim: who says so, what it
 * speaks of, how (stance), when, and the role of each place it names.
 */
import type { ClaimPlace, Source } from '../contract';
import { findActivities, type ClauseActivities } from './activities';
import type { ArticleReader } from './article-reader';
import { gapBefore, type Reading } from '../text/reading';
import { attribute, type Attribution } from './claimant';
import type { Clause } from './clauses';
import { findDate, isDateWord, type DateFound } from './dates';
import { lexicon } from './lexicon-index';
import { mentionsIn, type ArticleMention } from './mentions';
import { findPhrases } from './phrases';
import { rolesOf } from './roles';
import { isOwnWord } from './own-word';
import { stanceOf, type StanceFound } from './stance';
import { readParts } from './subject';

export type PlacedMention = ClaimPlace & { mention: ArticleMention };

export interface ClauseReading {
  attribution: Attribution;
  activities: ClauseActivities;
  stance: StanceFound;
  places: PlacedMention[];
  date: DateFound | null;
}

/** Reads `clause`; `inherited` is the claimant of the clause before it in its sentence. */
export function readClause(reader: ArticleReader, clause: Clause, inherited: Source | null): ClauseReading {
  const { at, mentions } = reader;
  const { firstToken: from, endToken: to } = clause;
  const attribution = attribute(reader, clause, inherited);
  const activities = findActivities(at, from, to, attribution.excluded, mentions);
  const inClause = mentionsIn(mentions, from, to);
  const roles = rolesOf(at, inClause, {
    kinds: activities.kinds,
    events: activities.events,
    sources: attribution.excluded,
    firstToken: from,
    pinpointed: findPhrases(at.tokens, lexicon().pinpointed, from, to).length > 0,
    strikeEnds: findPhrases(at.tokens, lexicon().strikes, from, to).map((m) => m.endToken - 1),
    combatEnds: findPhrases(at.tokens, lexicon().combat, from, to).map((m) => m.endToken - 1),
  });
  // No cue inside a place's or a source's name ("سيفاستوبول", "سنتكوم" are no future verbs).
  const named = (i: number) =>
    inClause.some((m) => m.firstToken <= i && i < m.endToken) ||
    attribution.excluded.some(([a, b]) => a <= i && i < b);
  const cued = stanceOf(at, from, to, activities.main ?? to, named);
  const stance = ownOrReported(cued, () =>
    isOwnWord(at, {
      claimant: attribution.claimant,
      firstToken: from,
      endToken: to,
      main: activities.main ?? to,
      // A state acts when it is an actor, not where something is ("في طاجيكستان").
      actors: inClause.filter((_, k) => roles[k] === 'actor'),
      excluded: attribution.excluded,
      military: attribution.military,
      // "The Kremlin confirmed that Assad had held talks with Putin": each party to talks confirms them.
      confirmedTalks:
        cued.stance === 'confirmed' &&
        activities.kinds.size > 0 &&
        [...activities.kinds].every((k) => k === 'diplomacy'),
    }),
  );
  // "أعلنت القوات الجوية الروسية أنها نفذت ضربات": a service that tells what its side did did it with its
  // own kind of force.
  if (stance.stance === 'confirmed') for (const k of attribution.service ?? []) activities.kinds.add(k);
  const places = inClause.map((mention, k) => ({
    mention,
    placeId: mention.placeId,
    role: roles[k]!,
    start: mention.start,
    end: mention.end,
  }));
  const date = findDate(at, from, to, reader.published, stance.future);
  return { attribution, activities, stance, places, date };
}

/**
 * A report or a confirmation is `confirmed` when it is the acting party's own word, else `reported`: a
 * third party's "أكد" keeps its cue, the words that say it asserts.
 */
function ownOrReported(found: StanceFound, own: () => boolean): StanceFound {
  if (found.stance !== 'reported' && found.stance !== 'confirmed') return found;
  return { ...found, stance: own() ? 'confirmed' : 'reported' };
}

/**
 * Tokens that name an activity, equipment, a delivery, a stance, an attribution or a day: never part of
 * a source's name ("وأمر الرئيس التركي بإرسال": the order's content begins at "بإرسال").
 */
export function blockedTokens(at: Reading): Uint8Array {
  const blocked = new Uint8Array(at.tokens.length);
  const lex = lexicon();
  for (const index of [lex.activities, lex.equipment, lex.delivery, lex.stance, lex.attribution] as const)
    for (const m of findPhrases(at.tokens, index as Parameters<typeof findPhrases>[1]))
      for (let i = m.firstToken; i < m.endToken; i++) blocked[i] = 1;
  at.tokens.forEach((t, i) => {
    if (isDateWord(t.text)) blocked[i] = 1;
  });
  return blocked;
}

/**
 * "… وقال كيري إن …": a verb of saying joined by "و" to what came before opens a clause of its own
 * when it names its subject, or when it follows a closing quotation ('…" وأضاف إن …').
 */
/** Stances a verb of saying gives that make what follows a statement of its own. */
const RESPONSE_CUES: ReadonlySet<string> = new Set(['denied', 'confirmed']);

/** The stance of the cue that is the word at token `i`, if it is one. */
function stanceCueAt(at: Reading, i: number): string | undefined {
  return findPhrases(at.tokens, lexicon().stance, i, i + 1).find((c) => c.endToken === i + 1)?.value.stance;
}

export function startsNewSpeaker(reader: ArticleReader, i: number): boolean {
  const { at } = reader;
  // "rejected the claim as baseless and said its forces had…": a second verb of saying, a new statement.
  if (at.tokens[i]!.text === 'and') {
    const said = findPhrases(at.tokens, lexicon().attribution, i + 1, i + 2)[0];
    return said?.value === 'verb' && said.firstToken === i + 1 && /^[a-z]/.test(at.tokens[i + 1]!.text);
  }
  if (!at.tokens[i]!.text.startsWith('و')) return false;
  const frame = findPhrases(at.tokens, lexicon().attribution, i, i + 1)[0];
  if (!frame || frame.value !== 'verb' || frame.endToken !== i + 1) return false;
  if (/["»”]\s*$/.test(gapBefore(at, i))) return true;
  // "…، ونفت أن تكون قواتها قد انسحبت": after a comma, the same speaker denying or confirming says something new.
  if (/[,،]\s*$/.test(gapBefore(at, i)) && RESPONSE_CUES.has(stanceCueAt(at, i) ?? '')) return true;
  const limit = Math.min(at.tokens.length, i + 11);
  const { parts } = readParts(reader, i + 1, limit);
  return parts.length > 0 && !(parts[0]!.type === 'entry' && parts[0]!.entry.kind === 'agency');
}
