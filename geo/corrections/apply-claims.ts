/**
 * Applies an editor's claim corrections to the claims read in one article: a stance, activities, who
 * says so, where a movement starts and ends, the date; no claim at all in a clause; or a claim the
 * reading missed, its clause chosen by the editor. A correction names the claim's clause by its exact
 * words, and its decisions on one clause apply in the order they were made. When the words no longer
 * stand there, no claim is read there now, or a change no longer fits the claim (a place it names is
 * not in the clause, a claimant's words are not in the sentence), it is stale: reported, not applied.
 */
import type { Article, Claim, ClaimPlace, PlaceFeature } from '../contract';
import { quoteFor, splitSentences } from '../text/sentences';
import type { StaleCorrection } from './apply-places';
import { isClaimCorrection, type ClaimChanges, type ClaimCorrection, type Correction } from './schema';

export interface CorrectedClaims {
  claims: Claim[];
  /** The article's places, the roles of those in a claim the editor added set from it. */
  features: PlaceFeature[];
  applied: Correction[];
  stale: StaleCorrection[];
}

type ClaimedArticle = Pick<Article, 'id' | 'text' | 'published'>;

const spanKey = (start: number, end: number) => `${start}:${end}`;

/** Why `changes` cannot apply to `claim` of `article`, or null when they can. */
function misfit(changes: ClaimChanges, claim: Claim, article: ClaimedArticle): string | null {
  for (const end of [changes.from, changes.to])
    if (end && !claim.places.some((p) => p.placeId === end)) return `${end} is not a place of this clause`;
  const who = changes.claimant;
  if (who) {
    if (article.text.slice(who.start, who.end) !== who.text)
      return `the claimant's words at ${who.start}–${who.end} now read "${article.text.slice(who.start, who.end)}"`;
    if (who.start < claim.quote.start || who.end > claim.quote.end)
      return "the claimant's words are not in the claim's sentence";
  }
  return null;
}

function changed(claim: Claim, changes: ClaimChanges): Claim {
  const next = { ...claim };
  if (changes.stance !== undefined) next.stance = changes.stance;
  if (changes.activities !== undefined) next.activities = changes.activities;
  if (changes.from !== undefined) next.from = changes.from;
  if (changes.to !== undefined) next.to = changes.to;
  if (changes.eventDate !== undefined) {
    next.eventDate = changes.eventDate;
    next.dateText = null;
  }
  if (changes.claimant !== undefined)
    next.claimant = changes.claimant && { id: null, name: null, party: null, ...changes.claimant };
  return next;
}

/** The mentions of the article's places inside `[start, end)`, as a claim's places. */
function placesWithin(features: readonly PlaceFeature[], articleId: string, start: number, end: number) {
  return features
    .flatMap((f) =>
      f.properties.mentions
        .filter((m) => m.articleId === articleId && start <= m.start && m.end <= end)
        .map((m): ClaimPlace => ({
          placeId: f.properties.id,
          role: m.role ?? 'site',
          start: m.start,
          end: m.end,
        })),
    )
    .sort((a, b) => a.start - b.start);
}

/** The claim an editor adds on the words of `correction`: its sentence the quote, its places those within. */
function addedClaim(
  correction: Extract<ClaimCorrection, { action: 'claim-add' }>,
  article: ClaimedArticle,
  features: readonly PlaceFeature[],
): Claim {
  const { start, end } = correction;
  const quote = quoteFor(article.text, splitSentences(article.text), start, end);
  const places = placesWithin(features, article.id, start, end).map((p) =>
    // Words the reading took as context are, in a claim the editor says is made here, its site.
    p.role === 'context' ? { ...p, role: 'site' as const } : p,
  );
  return {
    id: `${article.id}-added-${start}-${end}`,
    articleId: article.id,
    quote: { ...quote, text: article.text.slice(quote.start, quote.end) },
    clause: { start, end, text: correction.text },
    activities: correction.activities,
    equipment: [],
    claimant: null,
    via: null,
    stance: correction.stance,
    cue: null,
    eventDate: null,
    dateText: null,
    published: article.published,
    places,
    from: null,
    to: null,
    respondsTo: null,
  };
}

/** The places with the role each mention has in a claim the editor added, where the reading gave none. */
function withAddedRoles(features: readonly PlaceFeature[], added: readonly Claim[]): PlaceFeature[] {
  if (added.length === 0) return [...features];
  const roles = new Map(added.flatMap((c) => c.places.map((p) => [`${p.placeId}@${p.start}`, p.role])));
  return features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      mentions: f.properties.mentions.map((m) => {
        const role = roles.get(`${f.properties.id}@${m.start}`);
        return role && (m.role === undefined || m.role === 'context') ? { ...m, role } : m;
      }),
    },
  }));
}

export function applyClaimCorrections(
  article: ClaimedArticle,
  claims: readonly Claim[],
  corrections: readonly Correction[],
  features: readonly PlaceFeature[],
): CorrectedClaims {
  const mine = corrections.filter((c) => c.articleId === article.id).filter(isClaimCorrection);
  if (mine.length === 0) return { claims: [...claims], features: [...features], applied: [], stale: [] };
  const stale: StaleCorrection[] = [];
  const onClause = new Map<string, ClaimCorrection[]>();
  for (const correction of mine) {
    const now = article.text.slice(correction.start, correction.end);
    if (now !== correction.text) {
      stale.push({
        correction,
        problem: `the words at ${correction.start}–${correction.end} now read "${now}"`,
      });
      continue;
    }
    const key = spanKey(correction.start, correction.end);
    onClause.set(key, [...(onClause.get(key) ?? []), correction]);
  }

  const byClause = new Map(claims.map((c) => [spanKey(c.clause.start, c.clause.end), c]));
  const result = new Map<string, Claim | null>();
  const added: Claim[] = [];
  const applied: Correction[] = [];
  for (const [key, list] of onClause) {
    let claim = byClause.get(key) ?? null;
    let last: ClaimCorrection | null = null;
    for (const correction of list) {
      if (correction.action === 'claim-add') {
        claim = claim
          ? { ...claim, stance: correction.stance, activities: correction.activities }
          : addedClaim(correction, article, features);
      } else if (!claim) {
        stale.push({ correction, problem: 'no claim is read in these words now' });
        continue;
      } else if (correction.action === 'claim-delete') claim = null;
      else if (correction.action === 'claim-stance') claim = { ...claim, stance: correction.stance };
      else {
        const problem = misfit(correction.changes, claim, article);
        if (problem) {
          stale.push({ correction, problem });
          continue;
        }
        claim = changed(claim, correction.changes);
      }
      last = correction;
      applied.push(correction);
    }
    if (!last) continue;
    const reviewed = claim && {
      ...claim,
      review: { state: 'corrected' as const, by: last.by, at: last.at, note: last.note },
    };
    const original = byClause.get(key);
    if (original) result.set(original.id, reviewed);
    else if (reviewed) added.push(reviewed);
  }

  const gone = new Set([...result].filter(([, c]) => c === null).map(([id]) => id));
  const kept = [...claims.map((c) => (result.has(c.id) ? (result.get(c.id) ?? null) : c)), ...added]
    .filter((c): c is Claim => c !== null)
    // A reply to a claim that is no more answers nothing.
    .map((c) => (c.respondsTo !== null && gone.has(c.respondsTo) ? { ...c, respondsTo: null } : c));
  // A claim added takes its place in the order of the text.
  if (added.length > 0) kept.sort((a, b) => a.clause.start - b.clause.start);
  return { claims: kept, features: withAddedRoles(features, added), applied, stale };
}
