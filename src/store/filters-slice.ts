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

export function createFiltersSlice(): DalilSlice<FiltersSlice> {
  return (set, get) => {
    const update = (patch: Partial<Filters>) => set({ filters: { ...get().filters, ...patch } });
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
          filters: dataset && !dataset.pending ? knownFilters(filters, filterDomainOf(dataset)) : filters,
          showActorsAndContext,
        });
      },
      toggleActorsAndContext: () => set({ showActorsAndContext: !get().showActorsAndContext }),
      showFilters: () => set({ filtersShown: true }),
      hideFilters: () => set({ filtersShown: false }),
    };
  };
}
