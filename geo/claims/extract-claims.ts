/**
 * Claims of one article: for each clause that speaks of a military or diplomatic activity, what (kinds,
 * equipment), who says so and how (claimant, agency, stance), when (resolved against the publication
 * date), where (the geoparser's mentions with their roles) and from where to where.
 *
 * article + its geoparsed places → clauses → per clause: sources → activities → stance → date → roles
 * (read-clause.ts) → is it a claim? → movement → Claim. Pure: the build and the browser both run it.
 */
import {
  ACTIVITY_KINDS,
  type Article,
  type Claim,
  type Name,
  type PlaceFeature,
  type PlaceRole,
  type Source,
} from '../contract';
import { CLAUSE_WORDS } from '../lexicon/lexicon';
import { readText, textSpan, tokenAt, tokenSpan, type Reading } from '../text/reading';
import type { ArticleReader } from './article-reader';
import { createContext } from './claimant-context';
import { splitClauses } from './clauses';
import type { DateFound } from './dates';
import { articleMentions, isDateline, type ArticleMention } from './mentions';
import { movementOf, type Movement } from './movement';
import { createPhraseIndex, findPhrases, readings } from './phrases';
import { normalizeName } from '../letters/normalize';
import { blockedTokens, readClause, startsNewSpeaker, type PlacedMention } from './read-clause';

export interface ExtractOptions {
  /** Display names of places by gazetteer id, to name a state that speaks through its capital. */
  placeName?: (placeId: string) => Name | null;
  /** The article's text as the geoparser read it (geoparseArticle), so it is not read twice. */
  reading?: Reading | null;
}

/** The role of one place mention, keyed as in the dataset: article, place, offsets. */
export interface MentionRole {
  articleId: string;
  placeId: string;
  start: number;
  end: number;
  role: PlaceRole;
}

export interface ArticleClaims {
  claims: Claim[];
  roles: MentionRole[];
}

/** Words that point back to a report: a confirmation, denial or "no comment" on it takes its activities. */
const ANAPHORS = createPhraseIndex([...CLAUSE_WORDS.anaphors].map((w) => [w, true] as const));
const RESPONSES = new Set(['denied', 'no-comment', 'confirmed']);

/** What the claims of an article are read from: its id, its text and the day it was published. */
export type ClaimedArticle = Pick<Article, 'id' | 'text' | 'published'>;

export function extractClaims(
  article: ClaimedArticle,
  features: readonly PlaceFeature[],
  options: ExtractOptions = {},
): ArticleClaims {
  const at = options.reading ?? readText(article.text);
  if (at.text !== article.text) throw new Error(`${article.id}: the reading passed is of another text`);
  const blocked = blockedTokens(at);
  const mentions = articleMentions(at, features, article.id);
  const dateline = mentions.find((m) => isDateline(at.text, m));
  const reader: ArticleReader = {
    at,
    mentions,
    ctx: createContext(at, options.placeName, dateline?.iso2 ?? null),
    blocked: (i) => blocked[i] === 1,
    published: article.published,
  };
  const claims: Claim[] = [];
  const roles: MentionRole[] = [];
  const sentence = {
    start: -1,
    claimant: null as Source | null,
    date: null as DateFound | null,
    claim: null as Claim | null,
  };
  for (const clause of splitClauses(at, (i) => startsNewSpeaker(reader, i))) {
    if (clause.sentence.start !== sentence.start)
      Object.assign(sentence, { start: clause.sentence.start, claimant: null, date: null, claim: null });
    const read = readClause(reader, clause, sentence.claimant);
    sentence.claimant = read.attribution.claimant;
    // "…، مضيفا أن …": a participle goes on with the statement, on the same day.
    const date = read.date ?? (clause.opening === 'participle' ? sentence.date : null);
    sentence.date = date ?? sentence.date;
    const keep = (places: readonly PlacedMention[]) => {
      for (const p of places)
        roles.push({ articleId: article.id, placeId: p.placeId, start: p.start, end: p.end, role: p.role });
    };

    let activities = ACTIVITY_KINDS.filter((k) => read.activities.kinds.has(k));
    let respondsTo: string | null = null;
    const previous = claims.at(-1);
    if (activities.length === 0) {
      const anaphor = findPhrases(at.tokens, ANAPHORS, clause.firstToken, clause.endToken).length > 0;
      // "أكد مسؤول أميركي هذه المعلومة": a third party's confirmation answers the report too.
      const responds = RESPONSES.has(read.stance.stance) || read.stance.cue !== null;
      // "There was no immediate comment from Moscow": saying nothing answers what another has just said
      // ("ولم يدل كيري بأي تصريحات" after the article's own account of his trip answers nothing).
      const silent =
        read.stance.stance === 'no-comment' &&
        previous?.claimant != null &&
        previous.claimant.text !== read.attribution.claimant?.text;
      // "declined to comment on when work would resume": a silence on a question of no activity.
      const aside = silent && !anaphor && asksOtherQuestion(at, read.stance.cue, clause.endToken);
      if (responds && (anaphor || silent) && previous && !aside) {
        // "The Kremlin declined to comment on the exercises": the claim that spoke of them, else the last.
        const answered =
          (silent && !anaphor && topicClaim(at, read.stance.cue, clause.endToken, claims)) || previous;
        activities = [...answered.activities];
        respondsTo = answered.id;
      } else if (read.stance.stance !== 'denied') {
        keep(read.places);
        continue;
      }
    }
    const { claimant, via } = read.attribution;
    const claimantMention = claimant ? mentionWithin(read.places, claimant) : null;
    const movement = movementOf(at, {
      firstToken: clause.firstToken,
      endToken: clause.endToken,
      kinds: read.activities.kinds,
      places: read.places,
      claimantMention,
      sourceSpans: [claimant, via].filter((s): s is Source => s !== null),
      afterClaimant: claimant ? tokenAt(at, claimant.end) : clause.endToken,
    });
    const places = withMovementSites(read.places, movement);
    keep(places);
    const claim: Claim = {
      id: `${article.id}#${claims.length + 1}`,
      articleId: article.id,
      quote: textSpan(at, clause.sentence.start, clause.sentence.end),
      clause: tokenSpan(at, clause.firstToken, clause.endToken),
      activities,
      equipment: read.activities.equipment,
      claimant,
      via,
      stance: read.stance.stance,
      cue: read.stance.cue && tokenSpan(at, read.stance.cue[0], read.stance.cue[1]),
      eventDate: date?.date ?? null,
      dateText: date && tokenSpan(at, date.first, date.end),
      published: article.published,
      places: places.map(({ placeId, role, start, end }) => ({ placeId, role, start, end })),
      from: movement.from,
      to: movement.to,
      respondsTo,
    };
    // "نفى لافروف …، ردّاً على اتهامات الولايات المتحدة …": the clause before answers this one.
    if (clause.opening === 'response' && sentence.claim && sentence.claim.respondsTo === null)
      sentence.claim.respondsTo = claim.id;
    claims.push(claim);
    sentence.claim = claim;
  }
  return { claims, roles };
}

/** Where a military movement goes, and a town it leaves ("left Sevastopol"), are sites, whatever else they are. */
function withMovementSites(places: readonly PlacedMention[], movement: Movement): PlacedMention[] {
  return places.map((p) => {
    const end = p.placeId === movement.to || p.placeId === movement.origin;
    return end && p.mention.kind !== 'country' && p.role !== 'venue' ? { ...p, role: 'site' } : p;
  });
}

function mentionWithin(places: readonly PlacedMention[], source: Source): ArticleMention | null {
  return places.find((p) => p.start >= source.start && p.end <= source.end)?.mention ?? null;
}

/** Words after a verdict that only lead to its topic ("on the", "عن هذه"). */
const TOPIC_LEADS = new Set([
  'on',
  'the',
  'about',
  'to',
  'any',
  'of',
  'علي',
  'عن',
  'حول',
  'بشان',
  'هذه',
  'هذا',
  'اي',
]);
/** Most words after a verdict that may name its topic. */
const TOPIC_REACH = 4;
const QUESTIONS = createPhraseIndex([...CLAUSE_WORDS.questions].map((w) => [w, true] as const));

/** The first word of a verdict's topic, past its leads ("on", "حول"), or -1 when it names none. */
function topicStart(at: Reading, cue: readonly [number, number], end: number): number {
  let t = cue[1];
  while (t < end && TOPIC_LEADS.has(at.tokens[t]!.text)) t++;
  return t >= end || t - cue[1] > TOPIC_REACH ? -1 : t;
}

/** True when a verdict's topic is a question ("on when work … would resume"). */
function asksOtherQuestion(at: Reading, cue: readonly [number, number] | null, end: number): boolean {
  const t = cue ? topicStart(at, cue, end) : -1;
  return t >= 0 && findPhrases(at.tokens, QUESTIONS, t, end).some((m) => m.firstToken === t);
}

/**
 * The latest claim whose clause holds the noun a "no comment" is about ("declined to comment on the
 * exercises" answers "began live-fire exercises"), or null when it names none.
 */
function topicClaim(
  at: Reading,
  cue: readonly [number, number] | null,
  end: number,
  claims: readonly Claim[],
): Claim | null {
  const t = cue ? topicStart(at, cue, end) : -1;
  if (t < 0) return null;
  const topic = at.tokens[t]!.text;
  const holds = (c: Claim) =>
    normalizeName(c.clause.text)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => readings(w).some((r) => readings(topic).includes(r)));
  return claims.findLast(holds) ?? null;
}
