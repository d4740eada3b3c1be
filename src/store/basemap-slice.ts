/**
 * The base map: land and country borders, drawn under the markers, and the country and sea names on it.
 * The world level comes first and whole (data/basemap.json, Natural Earth 1:110m); the finer levels come
 * in tiles, only those the map's view asks for (`loadBasemapTiles`), each fetched once and kept for the
 * visit, with the towns that lie in it. It is scenery, so when it fails the markers are still shown and
 * the reader is told why the map looks bare; labels that fail are left out, and the reader is told the
 * names are missing; a tile or the tiles' index that fails leaves the coarser level drawn there.
 */
import * as v from 'valibot';
import {
  BASEMAP_PATH,
  BASEMAP_TILES_PATH,
  BasemapTileIndexSchema,
  BasemapTileSchema,
  basemapTilePath,
  LABELS_PATH,
  MapLabelsSchema,
  type BasemapTileIndex,
  type MapLabel,
} from '../../geo/contract';
import { basemapFromTopology, type Basemap } from '../model/basemap-from-topology';
import { decodeTile, tilePaths, type LoadedTile } from '../model/basemap-tiles';
import type { FetchJson } from '../platform/fetch-json';
import { batched, mapInSlices } from '../platform/in-slices';
import type { DataStatus } from './data-slice';
import type { DalilSlice } from './store';

export interface BasemapSlice {
  basemapStatus: DataStatus;
  basemap: Basemap | null;
  /** The map has drawn the base map (it does so in slices, after it arrives): the page can be shown. */
  basemapDrawn: boolean;
  /** Which tiles of the finer levels exist; null until loaded, or when it failed (the world level only). */
  basemapTileIndex: BasemapTileIndex | null;
  /** The tiles fetched so far, by path, decoded; a new object whenever one arrives. */
  basemapTiles: Readonly<Record<string, LoadedTile>>;
  /** Country and sea names, validated (the file arrives over the network); null until loaded, or failed. */
  labels: readonly MapLabel[] | null;
  /** The labels file could not be read or was not valid: the map shows no country or sea names. */
  labelsFailed: boolean;
  loadBasemap: () => Promise<void>;
  /** Fetches the tiles at `paths` not fetched or on their way yet (the index's paths only). */
  loadBasemapTiles: (paths: readonly string[]) => Promise<void>;
  markBasemapDrawn: () => void;
}

/**
 * Tiles that arrive this close together go into the state in one update: the map redraws its base map
 * and lays its names out once for them all, not once per tile (a view asks for a score of tiles at once).
 */
export const TILE_BATCH_MS = 100;

export function createBasemapSlice(fetchJson: FetchJson): DalilSlice<BasemapSlice> {
  // Tiles asked for, arrived or not: each is fetched once a visit (a failed one too: scenery).
  const asked = new Set<string>();
  // Tiles decoded and not yet in the state, and what puts them there.
  const arrived = new Map<string, LoadedTile>();
  let keepArrived: ReturnType<typeof batched> | null = null;
  return (set, get) => ({
    basemapStatus: 'idle',
    basemap: null,
    basemapDrawn: false,
    basemapTileIndex: null,
    basemapTiles: {},
    labels: null,
    labelsFailed: false,
    loadBasemap: async () => {
      set({ basemapStatus: 'loading' });
      void fetchJson(LABELS_PATH).then((labels) => {
        const parsed = labels.ok ? v.safeParse(MapLabelsSchema, labels.json) : null;
        set(parsed?.success ? { labels: parsed.output } : { labelsFailed: true });
      });
      void fetchJson(BASEMAP_TILES_PATH).then((index) => {
        const parsed = index.ok ? v.safeParse(BasemapTileIndexSchema, index.json) : null;
        if (parsed?.success) set({ basemapTileIndex: parsed.output });
      });
      const fetched = await fetchJson(BASEMAP_PATH);
      const basemap = fetched.ok ? await basemapFromTopology(fetched.json, mapInSlices) : null;
      set(basemap ? { basemapStatus: 'ready', basemap } : { basemapStatus: 'failed', basemap: null });
    },
    loadBasemapTiles: async (paths) => {
      const index = get().basemapTileIndex;
      if (!index) return;
      const levels = new Map(index.levels.map((level) => [level.id, level] as const));
      const known = (path: string) => index.levels.some((level) => tilePaths(level).has(path));
      const wanted = paths.filter((path) => !asked.has(path) && known(path));
      const keep = (keepArrived ??= batched(() => {
        const tiles = Object.fromEntries(arrived);
        arrived.clear();
        if (Object.keys(tiles).length > 0)
          set((state) => ({ basemapTiles: { ...state.basemapTiles, ...tiles } }));
      }, TILE_BATCH_MS));
      for (const path of wanted) asked.add(path);
      await Promise.all(
        wanted.map(async (path) => {
          const fetched = await fetchJson(path);
          const parsed = fetched.ok ? v.safeParse(BasemapTileSchema, fetched.json) : null;
          const level = parsed?.success ? levels.get(parsed.output.level) : undefined;
          // A tile is the one its path names, or it is not drawn.
          if (!parsed?.success || !level) return;
          const { column, row } = parsed.output;
          if (basemapTilePath(level.id, column, row) !== path) return;
          arrived.set(path, decodeTile(parsed.output, level.degrees));
          keep.schedule();
        }),
      );
      keep.now();
    },
    markBasemapDrawn: () => set({ basemapDrawn: true }),
  });
}
