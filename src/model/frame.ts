/**
 * Where the map opens: on the theatre, where most of the reported activity is, not on everything the
 * articles name. A place in Washington or London named once must not pull the first view out to the whole
 * world; it stays one click away, listed as outside the view. Coordinates are `[lng, lat]` in degrees,
 * distances in kilometres on a sphere.
 */
import type { LngLat, PlaceKind } from '../../geo/contract';
import { MAX_ZOOM } from './map-view.ts';

/** A place that can be framed, weighed by how much activity is reported there (sites and venues). */
export interface WeightedPlace {
  id: string;
  lngLat: LngLat;
  weight: number;
}

export interface Frame {
  /** The places the first view holds, in the order given. */
  inside: WeightedPlace[];
  /** The places it leaves out, nearest the frame's centre first. */
  outside: WeightedPlace[];
}

/**
 * How far from the theatre's centre a place still belongs to it: a region a reader takes in at once (the
 * Levant with the eastern Mediterranean and Iraq; not Europe, Central Asia or America).
 */
export const THEATRE_RADIUS_KM = 2000;

/**
 * Candidates for the theatre's centre: the weightiest places. The centre is the one nearest the weight
 * of all the others, which is too slow to look for among thousands of places and never one of the light.
 */
const CENTRE_CANDIDATES = 50;

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** A point of the sphere as a vector from its centre, one unit long: the trigonometry done once a place. */
type UnitVector = [number, number, number];

function unitVector([lng, lat]: LngLat): UnitVector {
  const cosLat = Math.cos(lat * RADIANS);
  return [cosLat * Math.cos(lng * RADIANS), cosLat * Math.sin(lng * RADIANS), Math.sin(lat * RADIANS)];
}

/** Great-circle distance between two points of the sphere, from the straight chord between them. */
function chordKm(a: UnitVector, b: UnitVector): number {
  const dx = a[0] - b[0];
  const dy = a[1] - b[1];
  const dz = a[2] - b[2];
  const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
}

/** Great-circle distance between two `[lng, lat]` points, in kilometres. */
export function distanceKm(a: LngLat, b: LngLat): number {
  return chordKm(unitVector(a), unitVector(b));
}

/**
 * The theatre: the places within `THEATRE_RADIUS_KM` of its centre, the weighted medoid (the place whose
 * weighted distance to all the others is least, so a far outlier cannot drag it off as it would a mean).
 * Null when there are no places. Each place's vector is worked out once: the candidates' costs measure
 * every place fifty times, on every change of the filters.
 */
export function activityFrame(places: readonly WeightedPlace[]): Frame | null {
  if (places.length === 0) return null;
  const vectors = places.map((p) => unitVector(p.lngLat));
  const candidates = places
    .map((_, k) => k)
    .sort((a, b) => places[b]!.weight - places[a]!.weight)
    .slice(0, CENTRE_CANDIDATES);
  let centre = candidates[0]!;
  let least = Infinity;
  for (const candidate of candidates) {
    let cost = 0;
    for (let k = 0; k < places.length; k++)
      cost += places[k]!.weight * chordKm(vectors[candidate]!, vectors[k]!);
    if (cost < least) [centre, least] = [candidate, cost];
  }
  const distance = vectors.map((v) => chordKm(vectors[centre]!, v));
  const inside = places.filter((_, k) => distance[k]! <= THEATRE_RADIUS_KM);
  const outside = places
    .map((_, k) => k)
    .filter((k) => distance[k]! > THEATRE_RADIUS_KM)
    .sort((a, b) => distance[a]! - distance[b]!)
    .map((k) => places[k]!);
  return { inside, outside };
}

/**
 * The zoom at which a place opened on its own (a link to it, a choice from a list) shows it with its
 * surroundings: a country whole, a city with its neighbours, a base with its city.
 */
const KIND_ZOOM: Record<PlaceKind, number> = {
  country: 5,
  region: 5,
  water: 4,
  settlement: 8,
  facility: 9,
};

/** The zoom to show one place at: its kind's, or closer if only there does it part from its neighbours. */
export function placeZoom(kind: PlaceKind, apartZoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(KIND_ZOOM[kind], apartZoom));
}
