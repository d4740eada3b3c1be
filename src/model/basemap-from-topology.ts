/**
 * Turns the world-atlas TopoJSON into the two layers the base map draws: land as filled polygons, and
 * the borders between countries as lines (coastlines come from the land's own edge, so none is drawn
 * twice). Both come out projected once, in world units (web-mercator.ts), as flat `[x0, y0, x1, y1, …]`
 * arrays: the map draws them at any zoom with one scale, and projects no vertex again when it moves.
 *
 * The arcs are decoded straight from the topology (quantized, delta-encoded), with no GeoJSON between:
 * a few typed arrays instead of a hundred thousand small ones, so it takes milliseconds, not a frame's
 * worth of seconds on a phone.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { WORLD_SIZE } from './web-mercator';

/** A line or ring in world units: `[x0, y0, x1, y1, …]`. */
export type WorldLine = Float64Array;

export interface Basemap {
  /** Land as polygons, each its outer ring then its holes. */
  land: WorldLine[][];
  /**
   * The coastlines, when they are not the land's whole edge: a tile's land is cut at its margin, and
   * those cuts are no coast (model/basemap-tiles.ts). Absent, the land's rings are stroked.
   */
  coasts?: WorldLine[];
  /** The borders between two countries. */
  borders: WorldLine[];
}

/**
 * How the long lists (arcs, polygons) are mapped: all at once by default, or in slices the caller
 * schedules, so the page stays free to paint and answer between them (the app's store does).
 */
export type MapItems = <T, R>(items: readonly T[], map: (item: T) => R) => Promise<R[]>;
const atOnce: MapItems = (items, map) => Promise.resolve(items.map(map));

/** Leaflet's Mercator stops here; beyond, y runs off to infinity. */
const MAX_LATITUDE = 85.0511287798;
/**
 * A step longer than half the world between two vertices is a jump across the 180° meridian (Natural
 * Earth draws Chukotka, Wrangel Island and Fiji so), not an edge: the line goes on past the meridian
 * instead, so the shape is drawn whole just beyond it rather than as a band across the world.
 */
const JUMP = WORLD_SIZE / 2;

/** Decodes and projects one arc of `topology`. */
function arcDecoder(topology: Topology): (arc: Topology['arcs'][number]) => WorldLine {
  const [scaleX, scaleY] = topology.transform?.scale ?? [1, 1];
  const [translateX, translateY] = topology.transform?.translate ?? [0, 0];
  const quantized = topology.transform !== undefined;
  return (arc) => {
    const line = new Float64Array(arc.length * 2);
    let [qx, qy] = [0, 0];
    for (let i = 0; i < arc.length; i++) {
      const [a = 0, b = 0] = arc[i]!;
      [qx, qy] = quantized ? [qx + a, qy + b] : [a, b];
      const lng = quantized ? qx * scaleX + translateX : qx;
      const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, quantized ? qy * scaleY + translateY : qy));
      const sin = Math.sin((lat * Math.PI) / 180);
      line[i * 2] = ((lng + 180) / 360) * WORLD_SIZE;
      line[i * 2 + 1] = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_SIZE;
    }
    return line;
  };
}

/** Arc `index` as stored, or reversed for a negative (`~i`) index. */
function arcPoints(arcs: readonly WorldLine[], index: number): WorldLine {
  const arc = arcs[index < 0 ? ~index : index];
  if (!arc) throw new Error(`The topology has no arc ${index}.`);
  if (index >= 0) return arc;
  const reversed = new Float64Array(arc.length);
  for (let i = 0; i < arc.length; i += 2) {
    reversed[arc.length - 2 - i] = arc[i]!;
    reversed[arc.length - 1 - i] = arc[i + 1]!;
  }
  return reversed;
}

/**
 * The arcs joined into one line (each arc starts where the one before ends: that point is kept once),
 * with crossings of the 180° meridian unwrapped. A closed ring that ends shifted circles a pole
 * (Antarctica closes only by going round the world): it is left as it is.
 */
function joinArcs(arcs: readonly WorldLine[], indexes: readonly number[], closed: boolean): WorldLine {
  const parts = indexes.map((index) => arcPoints(arcs, index));
  let length = 0;
  for (let i = 0; i < parts.length; i++) length += parts[i]!.length - (i > 0 ? 2 : 0);
  const joined = new Float64Array(length);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    joined.set(i > 0 ? part.subarray(2) : part, at);
    at += part.length - (i > 0 ? 2 : 0);
  }
  let shift = 0;
  let previous = joined[0]!;
  const shifts: number[] = [];
  for (let i = 2; i < joined.length; i += 2) {
    const x = joined[i]!;
    if (x - previous > JUMP) shift -= WORLD_SIZE;
    else if (x - previous < -JUMP) shift += WORLD_SIZE;
    previous = x;
    if (shift !== 0) shifts.push(i, shift);
  }
  if (shifts.length === 0 || (closed && shift !== 0)) return joined;
  for (let k = 0; k < shifts.length; k += 2) joined[shifts[k]!] = joined[shifts[k]!]! + shifts[k + 1]!;
  // A line that starts past the meridian (Eurasia, from Chukotka) is unwrapped a world away: moved back.
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < joined.length; i += 2)
    [min, max] = [Math.min(min, joined[i]!), Math.max(max, joined[i]!)];
  const middle = (min + max) / 2;
  const back = middle < 0 ? WORLD_SIZE : middle > WORLD_SIZE ? -WORLD_SIZE : 0;
  if (back !== 0) for (let i = 0; i < joined.length; i += 2) joined[i] = joined[i]! + back;
  return joined;
}

type Geometry = GeometryCollection['geometries'][number];

/** The polygons of a geometry, each a list of rings given as arc indexes. */
function polygonsOf(geometry: Geometry): number[][][] {
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.arcs];
    case 'MultiPolygon':
      return geometry.arcs;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

/** The arcs that two different geometries share: the borders between countries, as topojson's mesh. */
function sharedArcs(collection: GeometryCollection): number[] {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  collection.geometries.forEach((geometry, g) => {
    for (const polygon of polygonsOf(geometry))
      for (const ring of polygon)
        for (const index of ring) {
          const arc = index < 0 ? ~index : index;
          if (!first.has(arc)) first.set(arc, g);
          last.set(arc, g);
        }
  });
  return [...first].filter(([arc, g]) => last.get(arc) !== g).map(([arc]) => arc);
}

/** Returns the base map layers, or null when `input` is not a topology with `land` and `countries`. */
export async function basemapFromTopology(
  input: unknown,
  mapItems: MapItems = atOnce,
): Promise<Basemap | null> {
  if (!isTopology(input)) return null;
  const { land, countries } = input.objects;
  if (land?.type !== 'GeometryCollection' || countries?.type !== 'GeometryCollection') return null;
  try {
    const arcs = await mapItems(input.arcs, arcDecoder(input));
    const polygons = (land as GeometryCollection).geometries.flatMap(polygonsOf);
    return {
      land: await mapItems(polygons, (polygon) => polygon.map((ring) => joinArcs(arcs, ring, true))),
      borders: await mapItems(sharedArcs(countries as GeometryCollection), (arc) =>
        joinArcs(arcs, [arc], false),
      ),
    };
  } catch {
    return null;
  }
}

function isTopology(input: unknown): input is Topology {
  if (typeof input !== 'object' || input === null) return false;
  const candidate = input as Partial<Topology>;
  return (
    candidate.type === 'Topology' && Array.isArray(candidate.arcs) && typeof candidate.objects === 'object'
  );
}
