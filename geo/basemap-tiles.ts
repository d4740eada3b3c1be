/**
 * Cuts a Natural Earth topology (world-atlas: objects `land` and `countries`) into tiles of a fixed
 * longitude/latitude grid, so the app downloads only the part of a fine level its view shows. Each tile
 * holds two layers, cut at the tile's edges plus a margin:
 *
 * - `land`: polygons to fill, whose edges are the coasts. Their cut edges run along the margin's edge,
 *   outside the tile: the app clips each tile to its own square, so the fills of two tiles meet without
 *   a seam, and strokes no step that runs along the margin's edge, so no cut is drawn as a coastline.
 * - `borders`: the lines two countries share (topojson's mesh).
 *
 * Coordinates are `[lng, lat]` in degrees until they are written, then integers in the topology's own
 * quanta (CONTRACT.md, "Base map tiles"), so a tile is as exact as its source. Pure: the build hands in
 * the topology and writes the tiles.
 */
import type { MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_TILE_MARGIN, type BasemapLevel, type BasemapTile } from './contract';

type Ring = Position[];

/** A tile's layers in degrees, before they are quantized. */
export interface TileShapes {
  column: number;
  row: number;
  land: Ring[][];
  borders: Position[][];
}

/** A box in degrees: west, south, east, north. */
export type DegreeBox = [number, number, number, number];

/** The tile's own square in degrees, without its margin. */
export function tileBox(degrees: number, column: number, row: number): DegreeBox {
  const west = -180 + column * degrees;
  const north = 90 - row * degrees;
  return [west, north - degrees, west + degrees, north];
}

/** A longitude step longer than this is a jump across the 180° meridian, not an edge. */
const JUMP_DEGREES = 180;

/** The line with its longitudes made continuous across the 180° meridian (it may run past ±180). */
function unwrap(line: readonly Position[]): Position[] {
  let shift = 0;
  return line.map(([lng = 0, lat = 0], i) => {
    const previous = line[i - 1]?.[0];
    if (previous !== undefined) {
      if (lng - previous > JUMP_DEGREES) shift -= 360;
      else if (lng - previous < -JUMP_DEGREES) shift += 360;
    }
    return [lng + shift, lat];
  });
}

/** A ring that does not close once unwrapped circles a pole (Antarctica): it is kept as it was. */
function unwrapRing(ring: readonly Position[]): Ring {
  const unwrapped = unwrap(ring);
  const [first, last] = [unwrapped[0], unwrapped.at(-1)];
  return first && last && Math.abs(first[0]! - last[0]!) > JUMP_DEGREES ? [...ring] : unwrapped;
}

type Axis = 0 | 1;

/** Sutherland–Hodgman against one half-plane: keeps the side where `coordinate[axis]` is ≥ (or ≤) `at`. */
function clipRingHalf(ring: readonly Position[], axis: Axis, at: number, keepAbove: boolean): Ring {
  const inside = (p: Position) => (keepAbove ? p[axis]! >= at : p[axis]! <= at);
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i]!;
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(current)) {
      if (!inside(previous)) out.push(crossing(previous, current, axis, at));
      out.push(current);
    } else if (inside(previous)) out.push(crossing(previous, current, axis, at));
  }
  return out;
}

function crossing(a: Position, b: Position, axis: Axis, at: number): Position {
  const t = (at - a[axis]!) / (b[axis]! - a[axis]!);
  const point: Position = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
  point[axis] = at;
  return point;
}

/** A ring (closed implicitly) cut to `low ≤ coordinate[axis] ≤ high`; empty when nothing is left. */
function clipRing(ring: readonly Position[], axis: Axis, low: number, high: number): Ring {
  const clipped = clipRingHalf(clipRingHalf(ring, axis, low, true), axis, high, false);
  return clipped.length >= 3 ? clipped : [];
}

/** The pieces of a line inside `low ≤ coordinate[axis] ≤ high`. */
function clipLine(line: readonly Position[], axis: Axis, low: number, high: number): Position[][] {
  const pieces: Position[][] = [];
  let piece: Position[] = [];
  const close = () => {
    if (piece.length >= 2) pieces.push(piece);
    piece = [];
  };
  for (let i = 1; i < line.length; i++) {
    let [a, b] = [line[i - 1]!, line[i]!];
    // The segment's part inside the band, if any.
    const [va, vb] = [a[axis]!, b[axis]!];
    if ((va < low && vb < low) || (va > high && vb > high)) {
      close();
      continue;
    }
    if (va < low) a = crossing(a, b, axis, low);
    else if (va > high) a = crossing(a, b, axis, high);
    if (vb < low) b = crossing(a, b, axis, low);
    else if (vb > high) b = crossing(a, b, axis, high);
    const last = piece.at(-1);
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      close();
      piece.push(a);
    }
    piece.push(b);
    if (b !== line[i]) close();
  }
  close();
  return pieces;
}

function boxOf(lines: readonly (readonly Position[])[]): DegreeBox {
  const box: DegreeBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines)
    for (const [x = 0, y = 0] of line) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  return box;
}

const shifted = (lines: readonly (readonly Position[])[], by: number): Shape =>
  by === 0 ? lines.map((line) => [...line]) : lines.map((line) => line.map(([x = 0, y = 0]) => [x + by, y]));

/** A shape to cut: a polygon's rings (outer, then holes), or one line alone. */
type Shape = Position[][];

/**
 * Cuts shapes into the grid: first into columns, then each column into rows, so a long coast is walked
 * once per column and once per row rather than once per tile. A shape that runs past ±180° is cut again
 * a world away. `cut` clips a shape to a band along one axis.
 */
function cutIntoTiles(
  shapes: readonly Shape[],
  degrees: number,
  cut: (shape: Shape, axis: Axis, low: number, high: number) => Shape[],
  add: (column: number, row: number, parts: Shape[]) => void,
): void {
  const margin = degrees * BASEMAP_TILE_MARGIN;
  const columns = Math.round(360 / degrees);
  const rows = Math.round(180 / degrees);
  const [west, south, east, north] = boxOf(shapes.flat());
  for (const by of [-360, 0, 360]) {
    if (east + by < -180 - margin || west + by > 180 + margin) continue;
    const moved = shapes.map((shape) => shifted(shape, by));
    const first = Math.max(0, Math.floor((west + by + 180 - margin) / degrees));
    const last = Math.min(columns - 1, Math.floor((east + by + 180 + margin) / degrees));
    for (let column = first; column <= last; column++) {
      const [x0, , x1] = tileBox(degrees, column, 0);
      const inColumn = moved.flatMap((shape) => cut(shape, 0, x0 - margin, x1 + margin));
      if (inColumn.length === 0) continue;
      const top = Math.max(0, Math.floor((90 - north - margin) / degrees));
      const bottom = Math.min(rows - 1, Math.floor((90 - south + margin) / degrees));
      for (let row = top; row <= bottom; row++) {
        const [, y0, , y1] = tileBox(degrees, column, row);
        const parts = inColumn.flatMap((shape) => cut(shape, 1, y0 - margin, y1 + margin));
        if (parts.length > 0) add(column, row, parts);
      }
    }
  }
}

/** A polygon cut to a band: kept only while its outer ring is (holes without it mean nothing). */
const cutPolygon = (rings: Shape, axis: Axis, low: number, high: number): Shape[] => {
  const [outer, ...holes] = rings.map((ring) => clipRing(ring, axis, low, high));
  if (!outer || outer.length === 0) return [];
  return [[outer, ...holes.filter((hole) => hole.length > 0)]];
};

const cutLine = ([line]: Shape, axis: Axis, low: number, high: number): Shape[] =>
  line ? clipLine(line, axis, low, high).map((piece) => [piece]) : [];

function polygonsOf(topology: Topology): Ring[][] {
  const land = feature(topology, topology.objects.land as GeometryCollection);
  return land.features.flatMap(({ geometry }) =>
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [],
  );
}

/** The topology's land and borders cut into tiles of `degrees`, keyed `column-row`. */
export function cutTopology(topology: Topology, degrees: number): Map<string, TileShapes> {
  const tiles = new Map<string, TileShapes>();
  const tile = (column: number, row: number) => {
    const key = `${column}-${row}`;
    let found = tiles.get(key);
    if (!found) tiles.set(key, (found = { column, row, land: [], borders: [] }));
    return found;
  };
  for (const polygon of polygonsOf(topology)) {
    cutIntoTiles([polygon.map(unwrapRing)], degrees, cutPolygon, (c, r, parts) =>
      tile(c, r).land.push(...parts),
    );
  }
  const borders: MultiLineString = mesh(
    topology,
    topology.objects.countries as GeometryCollection,
    (a, b) => a !== b,
  );
  for (const line of borders.coordinates)
    cutIntoTiles([[unwrap(line)]], degrees, cutLine, (c, r, parts) =>
      tile(c, r).borders.push(...parts.flat()),
    );
  return tiles;
}

/**
 * A line in quanta from the tile's south-west corner, delta-encoded (`[x0, y0, dx1, dy1, …]`); points
 * that round onto the one before are dropped. Null when fewer than `minPoints` are left.
 */
function quantize(
  line: readonly Position[],
  [west, south]: readonly number[],
  [qx, qy]: readonly [number, number],
  minPoints: number,
): number[] | null {
  const out: number[] = [];
  let [px, py] = [0, 0];
  for (const [lng = 0, lat = 0] of line) {
    const [x, y] = [Math.round((lng - west!) / qx), Math.round((lat - south!) / qy)];
    if (out.length > 0 && x === px && y === py) continue;
    out.push(out.length === 0 ? x : x - px, out.length === 0 ? y : y - py);
    [px, py] = [x, y];
  }
  return out.length >= minPoints * 2 ? out : null;
}

/** A tile's layers as the contract writes them, without towns (geo/towns.ts adds them). */
export function encodeTile(
  level: BasemapLevel,
  degrees: number,
  quantum: [number, number],
  { column, row, land, borders }: TileShapes,
): Omit<BasemapTile, 'towns'> {
  const corner = tileBox(degrees, column, row);
  const lines = (list: readonly Position[][]) =>
    list.flatMap((line) => {
      const quantized = quantize(line, corner, quantum, 2);
      return quantized ? [quantized] : [];
    });
  return {
    level,
    column,
    row,
    quantum,
    land: land.flatMap((polygon) => {
      const [outer, ...holes] = polygon.map((ring) => quantize(ring, corner, quantum, 3));
      return outer ? [[outer, ...holes.filter((hole) => hole !== null)]] : [];
    }),
    borders: lines(borders),
  };
}

/** The quantum of a topology's coordinates, in degrees of longitude and latitude. */
export function quantumOf(topology: Topology): [number, number] {
  const [qx = 1e-4, qy = 1e-4] = topology.transform?.scale ?? [];
  return [qx, qy];
}
