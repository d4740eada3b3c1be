/**
 * What the reader filters the claims by. Every filter is "all" when null; filters combine (a claim is
 * shown when it passes every one). Pure: the store holds a `Filters`, selectors apply it.
 */
import { ACTIVITY_KINDS, STANCES, type ActivityKind, type Claim, type Stance } from '../../geo/contract';
import { claimDate } from './claim-index';

export interface Filters {
  /** The activity kinds shown, in `ACTIVITY_KINDS` order; a claim passes when it names one of them. */
  activities: readonly ActivityKind[] | null;
  /** The stances shown, in `STANCES` order. */
  stances: readonly Stance[] | null;
  /** A claimant id (`us-officials`), or `ARTICLE_VOICE` for what articles say in their own voice. */
  claimant: string | null;
  articleId: string | null;
  /** ISO dates, inclusive, compared with `eventDate ?? published`. */
  from: string | null;
  to: string | null;
}

/** The claimant filter's value for claims made in the article's own voice (no claimant). */
export const ARTICLE_VOICE = 'article';

export const NO_FILTERS: Filters = {
  activities: null,
  stances: null,
  claimant: null,
  articleId: null,
  from: null,
  to: null,
};

export function isFiltering(filters: Filters): boolean {
  return (
    filters.activities !== null ||
    filters.stances !== null ||
    filters.claimant !== null ||
    filters.articleId !== null ||
    filters.from !== null ||
    filters.to !== null
  );
}

/** True when two sets of filters let the same claims through (lists compared in order). */
export function sameFilters(a: Filters, b: Filters): boolean {
  const list = (x: readonly string[] | null) => x?.join(',') ?? null;
  return (
    list(a.activities) === list(b.activities) &&
    list(a.stances) === list(b.stances) &&
    a.claimant === b.claimant &&
    a.articleId === b.articleId &&
    a.from === b.from &&
    a.to === b.to
  );
}

/** True when `claim` passes every filter but, with `ignoreTime`, the date range. */
export function claimPasses(claim: Claim, filters: Filters, ignoreTime = false): boolean {
  const { activities, stances, claimant, articleId, from, to } = filters;
  if (activities && !claim.activities.some((kind) => activities.includes(kind))) return false;
  if (stances && !stances.includes(claim.stance)) return false;
  if (articleId !== null && claim.articleId !== articleId) return false;
  if (claimant !== null) {
    const id = claim.claimant === null ? ARTICLE_VOICE : claim.claimant.id;
    if (id !== claimant) return false;
  }
  if (!ignoreTime) {
    const date = claimDate(claim);
    if ((from !== null && date < from) || (to !== null && date > to)) return false;
  }
  return true;
}

/**
 * `selected` with `item` switched on or off; null means all. Switching off the last one is refused
 * (an empty filter shows nothing, and a link could not say so), and all of them becomes null again.
 */
export function toggleIn<T extends string>(
  selected: readonly T[] | null,
  item: T,
  all: readonly T[],
): readonly T[] | null {
  const current = selected ?? all;
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item];
  if (next.length === 0) return selected;
  if (next.length === all.length) return null;
  return all.filter((x) => next.includes(x));
}

export const toggleActivityIn = (selected: readonly ActivityKind[] | null, kind: ActivityKind) =>
  toggleIn(selected, kind, ACTIVITY_KINDS);
export const toggleStanceIn = (selected: readonly Stance[] | null, stance: Stance) =>
  toggleIn(selected, stance, STANCES);
