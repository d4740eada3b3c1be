/**
 * Which places the map draws as markers of their own at a zoom, and which it gathers into a cluster with
 * a count, so that no two targets crowd each other whatever the number of places. Supercluster does the
 * gathering (a k-d tree per zoom level); this module says what a cluster holds and from which zoom each
 * place stands apart. Coordinates are `[lng, lat]` in degrees; distances in CSS pixels at a zoom level
 * of Leaflet's 256-pixel tiles.
 */
import Supercluster from 'supercluster';
import type { LngLat } from '../../geo/contract';
import { memoize } from './memo';
import { MAX_ZOOM, MIN_ZOOM } from './map-view';

/** A place to cluster: its id and point. Put the weightiest first: a cluster is named after its first. */
export interface ClusterInput {
  id: string;
  lngLat: LngLat;
}

/** A place drawn as its own marker. */
export interface PlaceItem {
  type: 'place';
  id: string;
}

/** Several places drawn as one marker with their count. */
export interface ClusterItem {
  type: 'cluster';
  /** Supercluster's id, unique at one zoom level only; -1 for a cluster gathered after it. */
  clusterId: number;
  /** Where the cluster stands: the centre of its places in the map's plane. */
  lngLat: LngLat;
  /** Its places, in the order they were given. */
  placeIds: string[];
  /** The zoom at which it parts into several markers; above `MAX_ZOOM` when its places share a point. */
  expansionZoom: number;
}

export type MapItem = PlaceItem | ClusterItem;

/** A view's bounds in degrees: west, south, east, north (west > east when it crosses the antimeridian). */
export type Bbox = [number, number, number, number];

/** The whole world, for a view that shows more than all of it. */
export const WORLD_BBOX: Bbox = [-180, -85.06, 180, 85.06];

export interface PlaceClusters {
  /** The markers to draw at `zoom` (a whole level) within `bbox`. */
  itemsAt(zoom: number, bbox: Bbox): readonly MapItem[];
  /** The lowest zoom from which `placeId` is drawn as its own marker; above `MAX_ZOOM` if never. */
  apartZoom(placeId: string): number;
}

/** Supercluster's tile size: Leaflet's, so its radius is in the map's CSS pixels. */
const TILE_EXTENT = 256;

/**
 * Clusters `places` so that markers at least `radius` pixels apart stay apart and closer ones gather.
 * Above `MAX_ZOOM` every place stands alone, so a cluster's expansion zoom says when the map cannot part it.
 */
function clusterPlaces(places: readonly ClusterInput[], radius: number): PlaceClusters {
  const order = new Map(places.map((p, i) => [p.id, i]));
  const index = new Supercluster<{ id: string }>({
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    radius,
    extent: TILE_EXTENT,
  });
  index.load(
    places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lngLat[0], p.lngLat[1]] },
      properties: { id: p.id },
    })),
  );

  const placeIdsOf = (clusterId: number) =>
    index
      .getLeaves(clusterId, Infinity)
      .map((leaf) => leaf.properties.id)
      .sort((a, b) => order.get(a)! - order.get(b)!);

  // A place alone at one zoom is alone at every zoom above (each level's clusters are made of the
  // level above's), so its first zoom alone is found in one pass up the levels, once it is first asked for.
  let apart: Map<string, number> | null = null;
  const firstZoomsApart = () => {
    const found = new Map<string, number>();
    for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM + 1 && found.size < places.length; zoom++) {
      for (const feature of index.getClusters(WORLD_BBOX, zoom)) {
        if (!('cluster' in feature.properties) && !found.has(feature.properties.id))
          found.set(feature.properties.id, zoom);
      }
    }
    return found;
  };

  // The map's layers each ask for the markers at the same zoom and view as they draw: one answer serves.
  let last: { key: string; items: readonly MapItem[] } | null = null;
  const gathered = (level: number, bbox: Bbox) =>
    keptApart(
      index.getClusters(bbox, level).map((feature): MapItem => {
        const props = feature.properties;
        if (!('cluster' in props)) return { type: 'place', id: props.id };
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        return {
          type: 'cluster',
          clusterId: props.cluster_id,
          lngLat: [lng, lat],
          placeIds: placeIdsOf(props.cluster_id),
          expansionZoom: index.getClusterExpansionZoom(props.cluster_id),
        };
      }),
      level,
      radius,
      (id) => places[order.get(id)!]!.lngLat,
      order,
    );

  return {
    itemsAt(zoom, bbox) {
      const level = Math.floor(zoom);
      const key = `${level} ${bbox.join(' ')}`;
      if (last?.key !== key) last = { key, items: gathered(level, bbox) };
      return last.items;
    },
    apartZoom: (placeId) => (apart ??= firstZoomsApart()).get(placeId) ?? MAX_ZOOM + 1,
  };
}

/** A point of the map's plane in pixels at `zoom` (Web Mercator, 256-pixel tiles). */
function pixelsAt([lng, lat]: LngLat, zoom: number): [number, number] {
  const size = TILE_EXTENT * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/**
 * Supercluster gathers greedily, so two of its markers may still stand closer than the radius. Such pairs
 * are gathered here too, into a cluster that parts one level closer in, until every marker stands apart:
 * the first marker with a neighbour too close takes in the first such neighbour, and so on. The markers
 * are kept in a grid of cells as wide as the radius, so a marker's neighbours are looked for in its cell
 * and the eight around it: the work grows with the markers, not with their square.
 */
function keptApart(
  items: readonly MapItem[],
  zoom: number,
  radius: number,
  pointOf: (placeId: string) => LngLat,
  order: ReadonlyMap<string, number>,
): MapItem[] {
  const idsOf = (item: MapItem) => (item.type === 'cluster' ? item.placeIds : [item.id]);
  const kept: (MapItem | null)[] = [...items];
  const at = kept.map((item) => pixelsAt(item!.type === 'cluster' ? item!.lngLat : pointOf(item!.id), zoom));
  const cells = new Map<string, Set<number>>();
  const cellKey = (column: number, row: number) => `${column} ${row}`;
  const keyOf = (k: number) => cellKey(Math.floor(at[k]![0] / radius), Math.floor(at[k]![1] / radius));
  const put = (k: number) => cells.set(keyOf(k), (cells.get(keyOf(k)) ?? new Set()).add(k));
  const lift = (k: number) => cells.get(keyOf(k))!.delete(k);
  kept.forEach((_, k) => put(k));
  /** The first marker that `wanted` accepts and stands closer than the radius to marker `k`; -1 if none. */
  const firstNear = (k: number, wanted: (m: number) => boolean) => {
    const [x, y] = at[k]!;
    const [column, row] = [Math.floor(x / radius), Math.floor(y / radius)];
    let first = -1;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const m of cells.get(cellKey(column + dx, row + dy)) ?? []) {
          if (m === k || (first >= 0 && m > first) || !wanted(m)) continue;
          if (Math.hypot(x - at[m]![0], y - at[m]![1]) < radius) first = m;
        }
    return first;
  };
  for (let i = 0; i < kept.length;) {
    const j = kept[i] === null ? -1 : firstNear(i, (m) => m > i);
    if (j < 0) {
      i++;
      continue;
    }
    const placeIds = [...idsOf(kept[i]!), ...idsOf(kept[j]!)].sort((a, b) => order.get(a)! - order.get(b)!);
    const points = placeIds.map(pointOf);
    const mean = (k: 0 | 1) => points.reduce((sum, p) => sum + p[k], 0) / points.length;
    const lngLat: LngLat = [mean(0), mean(1)];
    lift(i);
    lift(j);
    kept[i] = { type: 'cluster', clusterId: -1, lngLat, placeIds, expansionZoom: zoom + 1 };
    kept[j] = null;
    at[i] = pixelsAt(lngLat, zoom);
    put(i);
    // A marker before it stood apart from all the others, but may stand too close to the new cluster.
    const before = firstNear(i, (m) => m < i);
    if (before >= 0) i = before;
  }
  return kept.filter((item) => item !== null);
}

/** The clusters of one list of places at one radius, built once and shared by every reader of them. */
export const placeClusters: (places: readonly ClusterInput[], radius: number) => PlaceClusters =
  memoize(clusterPlaces);
