/**
 * What the reader filters the claims by. Every filter is "all" when null; filters combine (a claim is
 * shown when it passes every one). Pure: the store holds a `Filters`, selectors apply it.
 */
import { ACTIVITY_KINDS, STANCES, type ActivityKind, type Stance } from '../../geo/contract';
import type { ListedClaim, ListedDataset } from '../../geo/split-dataset';
import { claimDate, indexClaims } from './claim-index';
import { memoize } from './memo';

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
export function claimPasses(claim: ListedClaim, filters: Filters, ignoreTime = false): boolean {
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

/** What the filters can name in one dataset: its articles, its claimants, and the days its claims are about. */
export interface FilterDomain {
  articleIds: ReadonlySet<string>;
  /** Claimant ids, and `ARTICLE_VOICE`. */
  claimantIds: ReadonlySet<string>;
  /** The first and last day any claim is about (ISO), or null when there are no claims. */
  first: string | null;
  last: string | null;
}

export const filterDomainOf = memoize((dataset: ListedDataset): FilterDomain => {
  const { claims, claimants } = indexClaims(dataset);
  let first: string | null = null;
  let last: string | null = null;
  for (const claim of claims) {
    const date = claimDate(claim);
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return {
    articleIds: new Set(dataset.articles.map((a) => a.id)),
    claimantIds: new Set([ARTICLE_VOICE, ...claimants.map((c) => c.id!)]),
    first,
    last,
  };
});

/**
 * A date range as the filters keep it: in order, with a bound at or past the claims' first or last day
 * dropped (no bound), and no range at all when it misses every day of the data.
 */
export function rangeWithin(
  from: string | null,
  to: string | null,
  { first, last }: Pick<FilterDomain, 'first' | 'last'>,
): { from: string | null; to: string | null } {
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  if ((from !== null && last !== null && from > last) || (to !== null && first !== null && to < first))
    return { from: null, to: null };
  if (first !== null && from !== null && from <= first) from = null;
  if (last !== null && to !== null && to >= last) to = null;
  return { from, to };
}

/**
 * The filters with every value the dataset does not have set back to its default (a link may name an
 * article, a claimant or days that are not there): a link never empties the map by naming nothing.
 */
export function knownFilters(filters: Filters, domain: FilterDomain): Filters {
  const articleId =
    filters.articleId !== null && domain.articleIds.has(filters.articleId) ? filters.articleId : null;
  const claimant =
    filters.claimant !== null && domain.claimantIds.has(filters.claimant) ? filters.claimant : null;
  const range = rangeWithin(filters.from, filters.to, domain);
  const same =
    articleId === filters.articleId &&
    claimant === filters.claimant &&
    range.from === filters.from &&
    range.to === filters.to;
  return same ? filters : { ...filters, articleId, claimant, ...range };
}
