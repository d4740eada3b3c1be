/**
 * One representative point per country, from Natural Earth's shapes: the pole of inaccessibility of the
 * country's largest polygon, the interior point farthest from any border.
 *
 * Why not the bounding-box centre or the centroid: France's shape includes French Guiana, the United
 * States' Alaska, Russia's straddles the antimeridian and Norway is a thin curve; their centres fall in
 * the sea or another country. The largest polygon is the mainland, and its pole is well inside it.
 */
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, Position } from 'geojson';

type Ring = Position[];
type Rings = Ring[];

/** Polylabel's stopping precision in degrees (about 1 km), as the result is rounded to 4 decimals anyway. */
const PRECISION_DEG = 0.01;

export interface CountryShape {
  /** The Natural Earth feature's name, e.g. "France", "Indian Ocean Ter.". */
  name: string;
  /** ISO 3166-1 numeric code as a string, or undefined for the features Natural Earth leaves without. */
  numeric: string | undefined;
  polygons: Rings[];
}

/** Reads the `countries` object of a world-atlas TopoJSON file into plain polygons. */
export function readCountryShapes(topology: Topology): CountryShape[] {
  const countries = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const collection = feature(topology, countries);
  return collection.features.map((f: Feature<Geometry | null, { name: string }>) => ({
    name: f.properties.name,
    numeric: f.id === undefined ? undefined : String(f.id),
    polygons:
      f.geometry?.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry?.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [],
  }));
}

/**
 * Area of a polygon's outer ring in square degrees scaled by cos(latitude), i.e. on a sinusoidal
 * projection: good enough to rank a country's polygons, where plain square degrees would let
 * high-latitude islands (Svalbard, Alaska) outweigh the mainland.
 */
export function approximateArea(polygon: Rings): number {
  const ring = polygon[0] ?? [];
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j]!;
    const [x2 = 0, y2 = 0] = ring[i]!;
    const k1 = Math.cos((y1 * Math.PI) / 180);
    const k2 = Math.cos((y2 * Math.PI) / 180);
    sum += x1 * k1 * y2 - x2 * k2 * y1;
  }
  return Math.abs(sum) / 2;
}

/**
 * Natural Earth cuts shapes at the antimeridian, but a few pieces come out of topojson-client with
 * vertices on both sides (-180 and 180): in the plane they span the whole world. Shifting the western
 * vertices by 360° makes them whole again; the point is brought back into [-180, 180] afterwards.
 * Antarctica really does go round the world and reaches the pole, so a polygon reaching 85°S is kept.
 */
export function unwrapAntimeridian(polygon: Rings): Rings {
  const outer = polygon[0] ?? [];
  const xs = outer.map((p) => p[0] ?? 0);
  const ys = outer.map((p) => p[1] ?? 0);
  if (Math.max(...xs) - Math.min(...xs) <= 180 || Math.min(...ys) < -85) return polygon;
  return polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y]));
}

export function largestPolygon(polygons: readonly Rings[]): Rings | undefined {
  let best: Rings | undefined;
  let bestArea = -1;
  for (const raw of polygons) {
    const polygon = unwrapAntimeridian(raw);
    const area = approximateArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/**
 * The pole of inaccessibility of a polygon, as `[lng, lat]` in degrees.
 *
 * Polylabel measures distance in the plane, so longitudes are first shrunk by cos(mean latitude): at 60°N
 * a degree of longitude is half a degree of latitude, and without this the point drifts along the
 * parallels of northern countries.
 */
export function poleOfInaccessibility(polygon: Rings): [number, number] {
  const outer = polygon[0] ?? [];
  const meanLat = outer.reduce((sum, p) => sum + (p[1] ?? 0), 0) / Math.max(outer.length, 1);
  const k = Math.max(Math.cos((meanLat * Math.PI) / 180), 0.05);
  const scaled = polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x * k, y] as [number, number]));
  const [x, y] = polylabel(scaled, PRECISION_DEG);
  const lng = x / k;
  return [lng > 180 ? lng - 360 : lng, y];
}

/** The polygons of a shape whose outer ring's vertex mean lies in `[west, south, east, north]`. */
export function polygonsInBox(shape: CountryShape, box: readonly [number, number, number, number]): Rings[] {
  const [west, south, east, north] = box;
  return shape.polygons.filter((polygon) => {
    const ring = polygon[0] ?? [];
    const x = ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / Math.max(ring.length, 1);
    const y = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / Math.max(ring.length, 1);
    return x >= west && x <= east && y >= south && y <= north;
  });
}
