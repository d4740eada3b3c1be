/**
 * The base map's labels: country and sea names in Arabic and English, each with a point, a zoom from
 * which it may show, and a rank that says which label wins when two would overlap. The build writes
 * them to `data/labels.json` (a few kilobytes) so the app never loads the gazetteer; the app validates
 * the file with the contract's `MapLabelsSchema`, as it arrives over the network.
 *
 * Pure: the build hands in the gazetteer entries, the base map's TopoJSON and the water zooms.
 */
import type { Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LngLat, MapLabel } from './contract';
import type { GazetteerEntry } from './gazetteer/entry';

/**
 * A country's label shows from the zoom at which the country is about this wide on screen, in CSS
 * pixels: narrower, its name would spill over its neighbours.
 */
const MIN_COUNTRY_EXTENT_PX = 34;
/** Countries too small for the base map's shapes show only from this zoom. */
const MAX_MIN_ZOOM = 8;
/** Leaflet's tile size: the world is 256 px wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 256;

/**
 * The zoom from which a body of water is labelled: the one `zooms` gives it by id (seas whose size their
 * name does not tell, gazetteer/water-labels.json), else from its name: oceans first, then seas and
 * gulfs, then straits and canals. Rivers and lakes are lines and patches a point label would misplace:
 * null.
 */
export function waterMinZoom(
  id: string,
  englishName: string,
  zooms: Readonly<Record<string, number>>,
): number | null {
  const curated = zooms[id];
  if (curated !== undefined) return curated;
  if (/\bOcean\b/.test(englishName)) return 1;
  if (/\b(Sea|Gulf)\b/.test(englishName)) return 5;
  if (/\b(Straits?|Canal|Channel|Bosphorus|Dardanelles|Bab)\b/.test(englishName)) return 7;
  return null;
}

/**
 * The zoom from which a country of `area` (square degrees on an equal-area projection) at latitude
 * `lat` (degrees) is about `MIN_COUNTRY_EXTENT_PX` wide: Web Mercator stretches it by 1/cos(lat).
 */
export function countryMinZoom(area: number, lat: number): number {
  if (area <= 0) return MAX_MIN_ZOOM;
  const degreesAcross = Math.sqrt(area) / Math.cos((lat * Math.PI) / 180);
  const zoom = Math.log2((MIN_COUNTRY_EXTENT_PX * 360) / (WORLD_PX_AT_ZOOM_0 * degreesAcross));
  return Math.min(MAX_MIN_ZOOM, Math.max(1, Math.ceil(zoom)));
}

/**
 * Builds the labels from gazetteer entries (countries and waters are used; other kinds are skipped), the
 * base map's `countries` object and the zooms of the waters whose size their name does not tell. A country's size is that of the smallest polygon holding its label
 * point: the land the label must fit on (mainland France, not French Guiana; Svalbard, not the Norway
 * that Natural Earth draws around it; the Vatican, not Italy). Ranked by `minZoom`, then the larger
 * country first, then seas.
 */
export function buildMapLabels(
  entries: readonly GazetteerEntry[],
  topology: Topology,
  waterZooms: Readonly<Record<string, number>>,
): MapLabel[] {
  const polygons = countryPolygons(topology);
  const candidates: (Omit<MapLabel, 'rank'> & { area: number })[] = [];
  for (const entry of entries) {
    const { id, kind, name, lngLat } = entry;
    if (kind === 'country') {
      const holding = polygons.filter((polygon) => polygonContains(polygon, lngLat));
      const area = holding.length > 0 ? Math.min(...holding.map((polygon) => polygon.area)) : 0;
      candidates.push({ id, kind, name, lngLat, minZoom: countryMinZoom(area, lngLat[1]), area });
    } else if (kind === 'water') {
      const minZoom = waterMinZoom(id, name.en, waterZooms);
      if (minZoom !== null) candidates.push({ id, kind, name, lngLat, minZoom, area: 0 });
    }
  }
  candidates.sort((a, b) => a.minZoom - b.minZoom || b.area - a.area || a.id.localeCompare(b.id));
  return candidates.map(({ id, kind, name, lngLat, minZoom }, rank) => ({
    id,
    kind,
    name,
    lngLat,
    minZoom,
    rank,
  }));
}

interface Polygon {
  /** The outer ring, then the holes, `[lng, lat]`. */
  rings: Position[][];
  /** Area of the outer ring in square degrees scaled by cos(latitude): an equal-area measure. */
  area: number;
  /** The outer ring's bounds, `[west, south, east, north]`: most points are tested against these alone. */
  bounds: [number, number, number, number];
}

function countryPolygons(topology: Topology): Polygon[] {
  const countries = topology.objects['countries'] as GeometryCollection | undefined;
  if (!countries) return [];
  return feature(topology, countries).features.flatMap((f) => {
    // A topology may hold features with no geometry, whatever the typings say.
    const geometry = f.geometry as Geometry | null;
    const polygons =
      geometry?.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry?.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    return polygons.map((rings) => ({
      rings,
      area: ringArea(rings[0] ?? []),
      bounds: ringBounds(rings[0] ?? []),
    }));
  });
}

function ringBounds(ring: readonly Position[]): Polygon['bounds'] {
  const bounds: Polygon['bounds'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    bounds[0] = Math.min(bounds[0], x);
    bounds[1] = Math.min(bounds[1], y);
    bounds[2] = Math.max(bounds[2], x);
    bounds[3] = Math.max(bounds[3], y);
  }
  return bounds;
}

/** Shoelace area of a ring on the sinusoidal projection (x scaled by cos(lat)), in square degrees. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j]!;
    const [x2 = 0, y2 = 0] = ring[i]!;
    sum += x1 * Math.cos((y1 * Math.PI) / 180) * y2 - x2 * Math.cos((y2 * Math.PI) / 180) * y1;
  }
  return Math.abs(sum) / 2;
}

/**
 * How close to a polygon's edge a label point may lie and still belong to it, in degrees: label points
 * are rounded to 4 decimals and the base map's vertices are quantized, so a tiny country's point can sit
 * right on its border (the Vatican's does).
 */
const EDGE_TOLERANCE_DEG = 0.001;

function polygonContains(
  { rings, bounds: [west, south, east, north] }: Polygon,
  [lng, lat]: LngLat,
): boolean {
  const off = EDGE_TOLERANCE_DEG;
  if (lng < west - off || lng > east + off || lat < south - off || lat > north + off) return false;
  const outer = rings[0] ?? [];
  if (nearRing(outer, lng, lat)) return true;
  return ringContains(outer, lng, lat) && !rings.slice(1).some((hole) => ringContains(hole, lng, lat));
}

function nearRing(ring: readonly Position[], x: number, y: number): boolean {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j]!;
    const [x2 = 0, y2 = 0] = ring[i]!;
    const [dx, dy] = [x2 - x1, y2 - y1];
    const t =
      dx === 0 && dy === 0
        ? 0
        : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    if (Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= EDGE_TOLERANCE_DEG) return true;
  }
  return false;
}

/** Even-odd ray casting; a point on an edge may fall either way, which a label point never is. */
function ringContains(ring: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
