/**
 * The base map's levels of detail (CONTRACT.md, "Base map"): which level a zoom draws, which of its tiles
 * a view overlaps, and a tile's quantized lines decoded into the world units the canvas draws
 * (web-mercator.ts), with its coastlines: the land's edges but for the cuts along the tile's margin.
 */
import {
  BASEMAP_TILE_MARGIN,
  basemapTilePath,
  type BasemapTile,
  type BasemapTileIndex,
  type MapLabel,
} from '../../geo/contract';
import type { Basemap, WorldLine } from './basemap-from-topology';
import { project, WORLD_SIZE } from './web-mercator';

export type TileLevel = BasemapTileIndex['levels'][number];

/** A box in world units: minX, minY, maxX, maxY (y grows southwards). */
export type WorldBox = [number, number, number, number];

/** A grid cell of a level, and the path of its tile. */
export interface TileCell {
  column: number;
  row: number;
  path: string;
}

/** A tile ready to draw: its shapes in world units, its square, and its towns. */
export interface LoadedTile {
  basemap: Basemap;
  box: WorldBox;
  towns: BasemapTile['towns'];
}

/** The finest level drawn at `zoom`, or null: the world level (data/basemap.json) alone. */
export function levelAt(index: BasemapTileIndex | null, zoom: number): TileLevel | null {
  let chosen: TileLevel | null = null;
  for (const level of index?.levels ?? [])
    if (level.minZoom <= Math.round(zoom) && (!chosen || level.minZoom > chosen.minZoom)) chosen = level;
  return chosen;
}

/** The levels coarser than `level`, finest first: where a cell looks while its own tile is on its way. */
export function coarserLevels(index: BasemapTileIndex, level: TileLevel): TileLevel[] {
  return index.levels.filter((other) => other.minZoom < level.minZoom).sort((a, b) => b.minZoom - a.minZoom);
}

/** A cell's square in world units. */
export function cellBox(degrees: number, column: number, row: number): WorldBox {
  const west = -180 + column * degrees;
  const north = 90 - row * degrees;
  const [x0, y0] = project([west, north]);
  const [x1, y1] = project([west + degrees, north - degrees]);
  return [x0, y0, x1, y1];
}

/** Longitude and latitude of a point in world units. */
function degreesAt(x: number, y: number): [lng: number, lat: number] {
  const lng = (x / WORLD_SIZE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD_SIZE))) * 180) / Math.PI;
  return [lng, lat];
}

/** A share of a cell's side within which a view's edge counts as on the cell's edge. */
const EDGE = 1e-9;

/** Every cell of `level` that `view` (world units) overlaps, sea or land, inside the world. */
export function cellsIn(level: TileLevel, view: WorldBox): TileCell[] {
  const { degrees, id } = level;
  const [west, north] = degreesAt(Math.max(0, view[0]), Math.max(0, view[1]));
  const [east, south] = degreesAt(Math.min(WORLD_SIZE, view[2]), Math.min(WORLD_SIZE, view[3]));
  if (east <= west || north <= south) return [];
  const columns = Math.round(360 / degrees);
  const rows = Math.round(180 / degrees);
  // A view that ends on a cell's edge does not overlap the cell beyond it (within the rounding of the
  // projection there and back).
  const first = (value: number) => Math.max(0, Math.floor(value / degrees + EDGE));
  const last = (value: number, count: number) => Math.min(count - 1, Math.ceil(value / degrees - EDGE) - 1);
  const cells: TileCell[] = [];
  for (let column = first(west + 180); column <= last(east + 180, columns); column++)
    for (let row = first(90 - north); row <= last(90 - south, rows); row++)
      cells.push({ column, row, path: basemapTilePath(id, column, row) });
  return cells;
}

const pathsOf = new WeakMap<TileLevel, Set<string>>();

/** The level's cells that have a tile (the others are open sea), as a set of their paths; made once. */
export function tilePaths(level: TileLevel): ReadonlySet<string> {
  let paths = pathsOf.get(level);
  if (!paths) {
    paths = new Set(level.tiles.map(([column, row]) => basemapTilePath(level.id, column, row)));
    pathsOf.set(level, paths);
  }
  return paths;
}

/** The paths of the tiles a view (world units) at `zoom` needs: its level's tiles that it overlaps. */
export function tilesInView(index: BasemapTileIndex | null, zoom: number, view: WorldBox): string[] {
  const level = levelAt(index, zoom);
  if (!level) return [];
  const existing = tilePaths(level);
  return cellsIn(level, view)
    .map((cell) => cell.path)
    .filter((path) => existing.has(path));
}

/** `[lng, lat]` in degrees to world units, into `out` at `at`. */
function projectInto(out: Float64Array, at: number, lng: number, lat: number) {
  const [x, y] = project([lng, lat]);
  out[at] = x;
  out[at + 1] = y;
}

/** A quantized line's points, in quanta from the tile's south-west corner. */
function undelta(line: readonly number[]): Int32Array {
  const points = new Int32Array(line.length);
  let [x, y] = [0, 0];
  for (let i = 0; i < line.length; i += 2) {
    x += line[i]!;
    y += line[i + 1]!;
    points[i] = x;
    points[i + 1] = y;
  }
  return points;
}

/** A tile decoded: land (its rings), coasts (the rings' edges but the cuts) and borders, in world units. */
export function decodeTile(tile: BasemapTile, degrees: number): LoadedTile {
  const { column, row, quantum } = tile;
  const [qx, qy] = quantum;
  const west = -180 + column * degrees;
  const south = 90 - (row + 1) * degrees;
  const margin = degrees * BASEMAP_TILE_MARGIN;
  // Where the cuts run, in quanta: the margin's four edges, and the 180th meridian on either side.
  const edgesX = [-margin / qx, (degrees + margin) / qx, (-180 - west) / qx, (180 - west) / qx];
  const edgesY = [-margin / qy, (degrees + margin) / qy];
  const on = (value: number, edges: readonly number[]) => edges.some((edge) => Math.abs(value - edge) <= 1);
  const toWorld = (points: Int32Array) => {
    const line = new Float64Array(points.length);
    for (let i = 0; i < points.length; i += 2)
      projectInto(line, i, west + points[i]! * qx, south + points[i + 1]! * qy);
    return line;
  };
  const coasts: WorldLine[] = [];
  const land = tile.land.map((polygon) =>
    polygon.map((quantized) => {
      const points = undelta(quantized);
      const ring = toWorld(points);
      // The ring's coasts: runs of steps, broken at every step that lies along a cut.
      const n = points.length / 2;
      let start = -1;
      for (let k = 0; k <= n; k++) {
        const [i, j] = [(k % n) * 2, ((k + 1) % n) * 2];
        const cut =
          k === n ||
          (on(points[i]!, edgesX) && on(points[j]!, edgesX) && points[i] === points[j]) ||
          (on(points[i + 1]!, edgesY) && on(points[j + 1]!, edgesY) && points[i + 1] === points[j + 1]);
        if (!cut && start < 0) start = k;
        if (cut && start >= 0) {
          coasts.push(closingRun(ring, start, k, n));
          start = -1;
        }
      }
      return ring;
    }),
  );
  const borders = tile.borders.map((line) => toWorld(undelta(line)));
  return { basemap: { land, coasts, borders }, box: cellBox(degrees, column, row), towns: tile.towns };
}

/** Points `start` to `end` of a ring of `n` points (the step from the last point back to the first included). */
function closingRun(ring: WorldLine, start: number, end: number, n: number): WorldLine {
  const run = new Float64Array((end - start + 1) * 2);
  for (let k = start; k <= end; k++) {
    const i = (k % n) * 2;
    run[(k - start) * 2] = ring[i]!;
    run[(k - start) * 2 + 1] = ring[i + 1]!;
  }
  return run;
}

/** Town labels come after every country and sea name, so a town never crowds a country out. */
const TOWN_RANK_BASE = 1_000_000;

/**
 * The towns of the loaded tiles as labels, each once (a town lies in a tile of each level), in the
 * order the labels are placed: the most populous first.
 */
export function townLabels(tiles: Iterable<LoadedTile>): MapLabel[] {
  const byId = new Map<string, MapLabel>();
  for (const { towns } of tiles)
    for (const town of towns)
      if (!byId.has(town.id))
        byId.set(town.id, {
          id: town.id,
          kind: 'town',
          name: town.name,
          lngLat: town.lngLat,
          minZoom: town.minZoom,
          rank: TOWN_RANK_BASE + town.rank,
        });
  return [...byId.values()].sort((a, b) => a.rank - b.rank);
}
