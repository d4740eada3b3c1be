/**
 * What the reader narrows the map to: activity kinds, stances, a claimant, an article, a date range;
 * and whether places named only as actors or context are drawn too. Filters combine; the selectors in
 * `claim-selectors.ts` apply them to markers, arcs, the list, popups and the timeline alike.
 */
import type { ActivityKind, Stance } from '../../geo/contract';
import { claimDate, indexClaims } from '../model/claim-index';
import { NO_FILTERS, toggleActivityIn, toggleStanceIn, type Filters } from '../model/filters';
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
  /** Filters as a link or the history gives them, already validated. */
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
        if (from !== null && to !== null && from > to) [from, to] = [to, from];
        const [first, last] = dateExtent(get());
        if (first !== null && from !== null && from <= first) from = null;
        if (last !== null && to !== null && to >= last) to = null;
        update({ from, to });
      },
      resetFilters: () => set({ filters: NO_FILTERS }),
      applyFilters: (filters, showActorsAndContext) => set({ filters, showActorsAndContext }),
      toggleActorsAndContext: () => set({ showActorsAndContext: !get().showActorsAndContext }),
      showFilters: () => set({ filtersShown: true }),
      hideFilters: () => set({ filtersShown: false }),
    };
  };
}

/** The first and last day any claim is about, or nulls before the data. */
function dateExtent(state: {
  dataset: Parameters<typeof indexClaims>[0] | null;
}): [string | null, string | null] {
  if (!state.dataset) return [null, null];
  let first: string | null = null;
  let last: string | null = null;
  for (const claim of indexClaims(state.dataset).claims) {
    const date = claimDate(claim);
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return [first, last];
}
