/**
 * Lookups over a dataset's claims, built once per dataset and cached, so the selectors that read them
 * return the same objects on every call.
 *
 * A claim meets the evidence on offsets: a claim belongs to a quoting sentence when its clause lies in
 * that sentence (same article), and to a place when the place is among its `places`.
 */
import type { SourceName } from '../../geo/contract';
import type { ListedClaim, ListedDataset } from '../../geo/split-dataset';
import { memoize } from './memo';

export interface ClaimIndex {
  claims: readonly ListedClaim[];
  byId: Map<string, ListedClaim>;
  /** Per article, its claims in text order. */
  byArticle: Map<string, ListedClaim[]>;
  /** Per claim id, the claims that answer it (a denial, a "no comment"). */
  responses: Map<string, ListedClaim[]>;
  /** Every named claimant, by id, with the name it first appears under; sorted by English name. */
  claimants: readonly SourceName[];
}

const NO_CLAIMS: readonly ListedClaim[] = [];
export const indexClaims = memoize((dataset: ListedDataset): ClaimIndex =>
  buildIndex(dataset.claims ?? NO_CLAIMS),
);

function buildIndex(claims: readonly ListedClaim[]): ClaimIndex {
  const byId = new Map<string, ListedClaim>();
  const byArticle = new Map<string, ListedClaim[]>();
  const responses = new Map<string, ListedClaim[]>();
  const claimants = new Map<string, SourceName>();
  for (const claim of claims) {
    byId.set(claim.id, claim);
    push(byArticle, claim.articleId, claim);
    if (claim.respondsTo !== null) push(responses, claim.respondsTo, claim);
    const who = claim.claimant;
    if (who?.id && !claimants.has(who.id)) claimants.set(who.id, who);
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.clause.start - b.clause.start);
  const sortedClaimants = [...claimants.values()].sort((a, b) =>
    (a.name?.en ?? a.text ?? '').localeCompare(b.name?.en ?? b.text ?? ''),
  );
  return { claims, byId, byArticle, responses, claimants: sortedClaimants };
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The claims whose clause lies in the sentence `[quoteStart, quoteEnd)` of `articleId`, in text order. */
export function claimsInQuote(
  index: ClaimIndex,
  articleId: string,
  quote: { start: number; end: number },
): ListedClaim[] {
  return (index.byArticle.get(articleId) ?? []).filter(
    (c) => c.clause.start < quote.end && c.clause.end > quote.start,
  );
}

/** The day a claim is about: the date its clause gives, else its article's publication date (ISO). */
export function claimDate(claim: Pick<ListedClaim, 'eventDate' | 'published'>): string {
  return claim.eventDate ?? claim.published;
}

/** A claim's answers sit right after it, so a report and its denial are read together. */
export function withResponsesAfter(claims: readonly ListedClaim[]): ListedClaim[] {
  const ids = new Set(claims.map((c) => c.id));
  const ordered: ListedClaim[] = [];
  const placed = new Set<string>();
  const place = (claim: ListedClaim) => {
    if (placed.has(claim.id)) return;
    placed.add(claim.id);
    ordered.push(claim);
    for (const answer of claims) if (answer.respondsTo === claim.id) place(answer);
  };
  for (const claim of claims) {
    // An answer waits for what it answers when both are here.
    if (claim.respondsTo !== null && ids.has(claim.respondsTo)) continue;
    place(claim);
  }
  for (const claim of claims) place(claim);
  return ordered;
}
