/**
 * What the map draws and where it looks, derived from what the filters leave: the places in the order the
 * clusters name them, the role each marker shows, and the theatre the map opens on. Each selector returns
 * the same object until the data or the filters change.
 */
import type { PlaceRole } from '../../geo/contract';
import { mentionCountOf, roleCountsOf, type ListedPlaceFeature } from '../../geo/split-dataset';
import { activityFrame, type Frame, type WeightedPlace } from '../model/frame';
import { memoize } from '../model/memo';
import type { ClusterInput } from '../model/place-clusters';
import { selectPlaceRoles, selectVisiblePlaces } from './claim-selectors';
import type { DalilState } from './store';

/** What a marker says a place is to the reports, most telling first: a site beats a venue beats an actor. */
export type MarkerRole = 'site' | 'venue' | 'actor';

/** The roles in the legend's order. */
export const MARKER_ROLES: readonly MarkerRole[] = ['site', 'venue', 'actor'];

/** The role a place's marker shows: site, else venue, else actor (named only as an actor or as context). */
export function markerRoleOf(roles: ReadonlySet<PlaceRole> | undefined): MarkerRole {
  if (roles?.has('site')) return 'site';
  if (roles?.has('venue')) return 'venue';
  return 'actor';
}

/** How much activity a place's evidence reports there: its mentions as a site or a venue. */
function activityWeight(place: ListedPlaceFeature): number {
  const [site, venue] = roleCountsOf(place);
  return site + venue;
}

/** How many lists of places drawn are kept, with their clusters: a filter turned on and off again finds its own. */
const KEPT_INPUTS = 4;

/** The last lists of places drawn, by their ids in order, most recent last. */
const keptInputs = new Map<string, readonly ClusterInput[]>();

/**
 * The same list for the same places: a filter that changes which claims are shown but not which places
 * are drawn (or one turned off again) hands the clusters (`placeClusters`, cached by the list) the list
 * they were built for, and the map keeps its clusters instead of building them again.
 */
function sameInputs(inputs: readonly ClusterInput[]): readonly ClusterInput[] {
  const key = inputs.map((p) => `${p.id} ${p.lngLat[0]} ${p.lngLat[1]}`).join('\n');
  const kept = keptInputs.get(key) ?? inputs;
  keptInputs.delete(key);
  keptInputs.set(key, kept);
  for (const old of keptInputs.keys()) if (keptInputs.size > KEPT_INPUTS) keptInputs.delete(old);
  return kept;
}

const clusterInputs = memoize((places: readonly ListedPlaceFeature[]): readonly ClusterInput[] =>
  sameInputs(
    [...places]
      .sort((a, b) => mentionCountOf(b) - mentionCountOf(a))
      .map((p) => ({ id: p.properties.id, lngLat: p.geometry.coordinates })),
  ),
);

/** The places the map draws, most mentioned first (a cluster names its first places), as points. */
export function selectClusterInputs(state: DalilState): readonly ClusterInput[] {
  return clusterInputs(selectVisiblePlaces(state));
}

const frame = memoize(
  (places: readonly ListedPlaceFeature[], roles: Map<string, Set<PlaceRole>>): Frame | null => {
    const active = places.filter((p) => markerRoleOf(roles.get(p.properties.id)) !== 'actor');
    // Nothing reported anywhere (only actors asked for): frame what is drawn.
    const framed = active.length > 0 ? active : places;
    return activityFrame(
      framed.map((p): WeightedPlace => ({
        id: p.properties.id,
        lngLat: p.geometry.coordinates,
        weight: Math.max(1, activityWeight(p)),
      })),
    );
  },
);

let lastFrame: { key: string; frame: Frame | null } | null = null;

/**
 * The theatre the map frames when no view is asked for: where the sites and venues shown are. The same
 * object while the theatre is the same, so a summary's evidence coming (schema 8), which replaces the
 * dataset but not what it draws, does not frame the map again.
 */
export function selectActivityFrame(state: DalilState): Frame | null {
  const next = frame(selectVisiblePlaces(state), selectPlaceRoles(state));
  if (lastFrame?.frame === next) return next;
  const key = JSON.stringify(next);
  if (lastFrame?.key !== key) lastFrame = { key, frame: next };
  return lastFrame.frame;
}

/** The number of places on the map: the one count the header, the filters and the first view show. */
export function selectMapPlaceCount(state: DalilState): number {
  return selectVisiblePlaces(state).length;
}

/** True when `[lng, lat]` lies within `bbox` (west, south, east, north; west may be under -180). */
export function inBbox([lng, lat]: readonly [number, number], bbox: readonly number[]): boolean {
  const [west, south, east, north] = bbox as [number, number, number, number];
  if (lat < south || lat > north) return false;
  if (east - west >= 360) return true;
  const offset = (((lng - west) % 360) + 360) % 360;
  return offset <= east - west;
}

const outside = memoize(
  (places: readonly ListedPlaceFeature[], bbox: readonly number[]): readonly ListedPlaceFeature[] =>
    places
      .filter((p) => !inBbox(p.geometry.coordinates, bbox))
      .sort((a, b) => mentionCountOf(b) - mentionCountOf(a)),
);

const NO_PLACES: readonly ListedPlaceFeature[] = [];

/** The places on the map that the view does not show, most mentioned first: listed one click away. */
export function selectPlacesOutsideView(state: DalilState): readonly ListedPlaceFeature[] {
  const bbox = state.shownView?.bbox;
  if (!bbox) return NO_PLACES;
  return outside(selectVisiblePlaces(state), bbox);
}
