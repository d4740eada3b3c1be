/**
 * Writes the base map into the site's data folder (CONTRACT.md, "Base map"): the world level, Natural
 * Earth 1:110m as world-atlas ships it, read whole at world zooms; the 1:50m and 1:10m levels cut into
 * tiles (geo/basemap-tiles.ts), each tile with the towns that lie in it (geo/towns.ts); and the index of
 * the tiles that exist. Each file goes to a temporary name and is renamed into place; tiles the new index
 * does not name are removed last.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { cutTopology, encodeTile, quantumOf, tileBox } from '../basemap-tiles.ts';
import {
  BASEMAP_PATH,
  BASEMAP_TILES_PATH,
  basemapTilePath,
  type BasemapLevel,
  type BasemapTile,
  type BasemapTileIndex,
  type Town,
} from '../contract.ts';

/** The world level: small enough to read whole, before any tile. */
const WORLD_SOURCE = 'world-atlas/countries-110m.json';

/**
 * The finer levels: their source, the side of their tiles, and the zoom they are drawn from, chosen by
 * looking at the map: 1:110m coasts turn to visible polygons past zoom 3, 1:50m ones past zoom 6. A tile
 * of each level covers about as much as two or three views at the zooms it is drawn, so a view asks for
 * a few tiles of a few kilobytes.
 */
export const TILE_LEVELS: readonly { id: BasemapLevel; source: string; degrees: number; minZoom: number }[] =
  [
    { id: '50m', source: 'world-atlas/countries-50m.json', degrees: 15, minZoom: 4 },
    { id: '10m', source: 'world-atlas/countries-10m.json', degrees: 5, minZoom: 7 },
  ];

function writeAtomically(file: string, content: string | Buffer) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

export function readWorldAtlas(name: string): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve(name));
}

/** The towns inside a tile's own square (not its margin), the ones a level names at all. */
function townsIn(towns: readonly Town[], degrees: number, column: number, row: number): Town[] {
  const [west, south, east, north] = tileBox(degrees, column, row);
  return towns.filter(({ lngLat: [lng, lat] }) => lng >= west && lng < east && lat > south && lat <= north);
}

/** The tiles of one level, keyed by their path: its land and borders, and its towns. */
export function levelTiles(
  level: (typeof TILE_LEVELS)[number],
  topology: Topology,
  towns: readonly Town[],
  maxTownZoom: number,
): Map<string, BasemapTile> {
  const { id, degrees } = level;
  const shapes = cutTopology(topology, degrees);
  const named = towns.filter((town) => town.minZoom < maxTownZoom);
  // A tile may hold towns only: a small island the level draws no land for.
  for (const { lngLat } of named) {
    const column = Math.floor((lngLat[0] + 180) / degrees);
    const row = Math.floor((90 - lngLat[1]) / degrees);
    const key = `${column}-${row}`;
    if (!shapes.has(key)) shapes.set(key, { column, row, land: [], borders: [] });
  }
  const tiles = new Map<string, BasemapTile>();
  for (const tile of shapes.values()) {
    const encoded = encodeTile(id, degrees, quantumOf(topology), tile);
    const inTile = townsIn(named, degrees, tile.column, tile.row);
    if (encoded.land.length + encoded.borders.length + inTile.length === 0) continue;
    tiles.set(basemapTilePath(id, tile.column, tile.row), { ...encoded, towns: inTile });
  }
  return tiles;
}

/** The tiles of every level, cut once a process: a second build (the tests make many) only writes them. */
let cut: { towns: readonly Town[]; levels: Map<string, BasemapTile>[] } | null = null;

function cutLevels(towns: readonly Town[]): Map<string, BasemapTile>[] {
  if (cut?.towns !== towns)
    cut = {
      towns,
      levels: TILE_LEVELS.map((level, i) => {
        const topology = JSON.parse(String(readWorldAtlas(level.source))) as Topology;
        return levelTiles(level, topology, towns, TILE_LEVELS[i + 1]?.minZoom ?? Infinity);
      }),
    };
  return cut.levels;
}

/**
 * Writes the world level, every tile of the finer levels and their index under `outDir`. A level names
 * the towns that show before the next level takes over; the last names them all. Gives back the paths
 * written, under `outDir`.
 */
export function writeBasemapFiles(outDir: string, towns: readonly Town[]): string[] {
  const levels = cutLevels(towns);
  writeAtomically(join(outDir, BASEMAP_PATH), readWorldAtlas(WORLD_SOURCE));
  const index: BasemapTileIndex = { levels: [] };
  const written = new Set<string>([BASEMAP_PATH]);
  TILE_LEVELS.forEach((level, i) => {
    const tiles = levels[i]!;
    for (const [path, tile] of tiles) {
      writeAtomically(join(outDir, path), JSON.stringify(tile));
      written.add(path);
    }
    index.levels.push({
      id: level.id,
      minZoom: level.minZoom,
      degrees: level.degrees,
      tiles: [...tiles.values()].map(({ column, row }) => [column, row] as [number, number]),
    });
  });
  writeAtomically(join(outDir, BASEMAP_TILES_PATH), JSON.stringify(index));
  written.add(BASEMAP_TILES_PATH);
  // Tiles of an earlier build that this one did not write (a level cut anew, a tile now empty).
  const tilesDir = join(outDir, dirname(BASEMAP_TILES_PATH));
  if (!existsSync(tilesDir)) return [...written];
  for (const entry of readdirSync(tilesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (!written.has(path)) rmSync(join(outDir, path));
  }
  return [...written];
}
