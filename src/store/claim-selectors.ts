/**
 * What the filters leave: the claims shown, the places drawn, the movements, the timeline and the counts.
 * Each selector returns the same object until the data or the filters change, so it can be passed
 * straight to `useDalil`.
 */
import type { PlaceRole } from '../../geo/contract';
import {
  rolesOf,
  type ListedClaim,
  type ListedDataset,
  type ListedPlaceFeature,
} from '../../geo/split-dataset';
import { indexClaims } from '../model/claim-index';
import { claimPasses, isFiltering, NO_FILTERS, type Filters } from '../model/filters';
import { movementsOf, type Movement } from '../model/movements';
import { timelineOf, type Timeline } from '../model/timeline';
import { memoize } from '../model/memo';
import type { ExportScope } from '../model/export/evidence-rows';
import type { DalilState } from './store';

const NO_CLAIMS: readonly ListedClaim[] = [];
const NO_PLACES: readonly ListedPlaceFeature[] = [];

/** Roles whose places the map draws by default: where the activity is, where diplomacy is held. */
export const MAP_ROLES: readonly PlaceRole[] = ['site', 'venue'];

/**
 * The filters that apply: none until a summary's evidence comes (schema 8), whose claims are only the
 * arcs'; asking for filters asks for the evidence, and they apply once it is read.
 */
function appliedFilters(state: DalilState): Filters {
  return state.dataset?.pending ? NO_FILTERS : state.filters;
}

const visibleClaims = memoize((dataset: ListedDataset | null, filters: Filters): readonly ListedClaim[] => {
  if (!dataset) return NO_CLAIMS;
  const { claims } = indexClaims(dataset);
  return isFiltering(filters) ? claims.filter((c) => claimPasses(c, filters)) : claims;
});

/** The claims every filter lets through, in the dataset's order. */
export function selectVisibleClaims(state: DalilState): readonly ListedClaim[] {
  return visibleClaims(state.dataset, appliedFilters(state));
}

/**
 * Per place, the roles it has where the filters leave it: every mention's role when nothing is
 * filtered, else the roles it has in the claims shown. A place absent from the map is filtered out.
 */
const placeRoles = memoize(
  (
    dataset: ListedDataset | null,
    filters: Filters,
    claims: readonly ListedClaim[],
  ): Map<string, Set<PlaceRole>> => {
    const roles = new Map<string, Set<PlaceRole>>();
    const add = (placeId: string, role: PlaceRole) => {
      const set = roles.get(placeId);
      if (set) set.add(role);
      else roles.set(placeId, new Set([role]));
    };
    if (!dataset) return roles;
    if (!isFiltering(filters)) {
      for (const place of dataset.places.features)
        for (const role of rolesOf(place)) add(place.properties.id, role);
    } else {
      for (const claim of claims) for (const p of claim.places) add(p.placeId, p.role);
    }
    return roles;
  },
);

export function selectPlaceRoles(state: DalilState): Map<string, Set<PlaceRole>> {
  return placeRoles(state.dataset, appliedFilters(state), selectVisibleClaims(state));
}

/** True when a place is named only as an actor or as context (drawn quieter, and only on request). */
export function isQuiet(roles: Set<PlaceRole> | undefined): boolean {
  return !roles || !MAP_ROLES.some((role) => roles.has(role));
}

const filteredPlaces = memoize(
  (dataset: ListedDataset | null, roles: Map<string, Set<PlaceRole>>): readonly ListedPlaceFeature[] =>
    dataset ? dataset.places.features.filter((f) => roles.has(f.properties.id)) : NO_PLACES,
);

/** The places the filters leave, whatever their role: the list view shows them all. */
export function selectFilteredPlaces(state: DalilState): readonly ListedPlaceFeature[] {
  return filteredPlaces(state.dataset, selectPlaceRoles(state));
}

const visiblePlaces = memoize(
  (
    places: readonly ListedPlaceFeature[],
    roles: Map<string, Set<PlaceRole>>,
    showActorsAndContext: boolean,
    selectedPlaceId: string | null,
  ): readonly ListedPlaceFeature[] =>
    places.filter(
      (f) =>
        showActorsAndContext || f.properties.id === selectedPlaceId || !isQuiet(roles.get(f.properties.id)),
    ),
);

/**
 * The places the map draws: sites and venues the filters leave; actors and context too when the reader
 * asks for them; and the selected place always, so a link to it never opens onto nothing.
 */
export function selectVisiblePlaces(state: DalilState): readonly ListedPlaceFeature[] {
  return visiblePlaces(
    selectFilteredPlaces(state),
    selectPlaceRoles(state),
    state.showActorsAndContext,
    state.selectedPlaceId,
  );
}

const movements = memoize(
  (dataset: ListedDataset | null, claims: readonly ListedClaim[]): readonly Movement[] =>
    dataset ? movementsOf(claims, dataset) : [],
);

/** The claims shown that say where something moves from and to, with both ends, as arcs. */
export function selectMovements(state: DalilState): readonly Movement[] {
  return movements(state.dataset, selectVisibleClaims(state));
}

const timeline = memoize((dataset: ListedDataset | null, filters: Filters): Timeline => {
  const claims = dataset ? indexClaims(dataset).claims : NO_CLAIMS;
  return timelineOf(claims, filters);
});

/** Claims per day, counted under every filter but the date range, which the timeline itself sets. */
export function selectTimeline(state: DalilState): Timeline {
  return timeline(state.dataset, appliedFilters(state));
}

/** The number of claims in all, for "showing N of M". */
export function selectClaimTotal(state: DalilState): number {
  if (state.dataset?.pending) return state.dataset.pending.claims;
  return state.dataset ? indexClaims(state.dataset).claims.length : 0;
}

const visibleIds = memoize(
  (claims: readonly ListedClaim[]): ReadonlySet<string> => new Set(claims.map((c) => c.id)),
);

/** The ids of the claims shown, to test membership quickly. */
export function selectVisibleClaimIds(state: DalilState): ReadonlySet<string> {
  return visibleIds(selectVisibleClaims(state));
}

const exportScope = memoize(
  (
    dataset: ListedDataset,
    places: readonly ListedPlaceFeature[],
    filtering: boolean,
    visible: ReadonlySet<string>,
  ): Omit<ExportScope, 'texts' | 'details'> => ({
    dataset,
    places,
    visibleClaimIds: filtering ? visible : null,
  }),
);

/** What a download holds: the places the map draws, with the evidence the filters leave them; null before the data. */
export function selectExportScope(state: DalilState): Omit<ExportScope, 'texts' | 'details'> | null {
  if (!state.dataset) return null;
  return exportScope(
    state.dataset,
    selectVisiblePlaces(state),
    isFiltering(appliedFilters(state)),
    selectVisibleClaimIds(state),
  );
}
