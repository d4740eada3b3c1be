/**
 * What the reader narrows the map to: activity kinds, stances, a claimant, an article, a date range;
 * and whether places named only as actors or context are drawn too. Filters combine; the selectors in
 * `claim-selectors.ts` apply them to markers, arcs, the list, popups and the timeline alike.
 */
import type { ActivityKind, Stance } from '../../geo/contract';
import {
  filterDomainOf,
  knownFilters,
  NO_FILTERS,
  rangeWithin,
  toggleActivityIn,
  toggleStanceIn,
  type Filters,
} from '../model/filters';
import type { DalilSlice } from './store';

export interface FiltersSlice {
  filters: Filters;
  /** Whether places named only as actors ("Moscow denies") or context are drawn, quieter. */
  showActorsAndContext: boolean;
  /** Whether the filters panel is open. */
  filtersShown: boolean;
  toggleActivity: (kind: ActivityKind) => void;
  toggleStance: (stance: Stance) => void;
  /** A claimant id, `ARTICLE_VOICE`, or null for everyone. */
  setClaimant: (claimant: string | null) => void;
  setArticle: (articleId: string | null) => void;
  /** ISO dates, inclusive; a bound at or past the claims' first or last day means no bound. */
  setTimeRange: (from: string | null, to: string | null) => void;
  resetFilters: () => void;
  /**
   * Filters as a link or the history gives them, each value already well-formed; those the dataset does
   * not have fall back to their defaults (again when the dataset arrives).
   */
  applyFilters: (filters: Filters, showActorsAndContext: boolean) => void;
  toggleActorsAndContext: () => void;
  showFilters: () => void;
  hideFilters: () => void;
}

/** How many settings of the filters are kept, each with what was derived from it. */
const KEPT_FILTERS = 8;

/**
 * The same object for the same filters: every derivation is cached by the filters object (model/memo.ts),
 * so filters set back to what they were a few changes ago (a kind turned off and on, a reset) find the
 * claims, places, timeline and clusters they had, instead of reading every claim again.
 */
function keptFilters(): (filters: Filters) => Filters {
  const kept = new Map<string, Filters>();
  const keyOf = (f: Filters) =>
    JSON.stringify([f.activities, f.stances, f.claimant, f.articleId, f.from, f.to]);
  kept.set(keyOf(NO_FILTERS), NO_FILTERS);
  return (filters) => {
    const key = keyOf(filters);
    const same = kept.get(key) ?? filters;
    kept.delete(key);
    kept.set(key, same);
    for (const old of kept.keys()) if (kept.size > KEPT_FILTERS) kept.delete(old);
    return same;
  };
}

export function createFiltersSlice(): DalilSlice<FiltersSlice> {
  return (set, get) => {
    const same = keptFilters();
    const update = (patch: Partial<Filters>) => set({ filters: same({ ...get().filters, ...patch }) });
    return {
      filters: NO_FILTERS,
      showActorsAndContext: false,
      filtersShown: false,
      toggleActivity: (kind) => update({ activities: toggleActivityIn(get().filters.activities, kind) }),
      toggleStance: (stance) => update({ stances: toggleStanceIn(get().filters.stances, stance) }),
      setClaimant: (claimant) => update({ claimant }),
      setArticle: (articleId) => update({ articleId }),
      setTimeRange: (from, to) => {
        const { dataset } = get();
        update(dataset && !dataset.pending ? rangeWithin(from, to, filterDomainOf(dataset)) : { from, to });
      },
      resetFilters: () => set({ filters: NO_FILTERS }),
      applyFilters: (filters, showActorsAndContext) => {
        const { dataset } = get();
        set({
          // A summary's claims are the arcs' only: its filters are held once its evidence comes.
          filters: same(
            dataset && !dataset.pending ? knownFilters(filters, filterDomainOf(dataset)) : filters,
          ),
          showActorsAndContext,
        });
      },
      toggleActorsAndContext: () => set({ showActorsAndContext: !get().showActorsAndContext }),
      showFilters: () => set({ filtersShown: true }),
      hideFilters: () => set({ filtersShown: false }),
    };
  };
}
