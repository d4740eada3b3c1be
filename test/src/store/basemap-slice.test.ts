import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_PATH,
  BASEMAP_TILES_PATH,
  basemapTilePath,
  LABELS_PATH,
  type BasemapTile,
  type BasemapTileIndex,
  type MapLabel,
} from '../../../geo/contract';
import { createDalilStore } from '../../../src/store/store';

const require = createRequire(import.meta.url);
// The coarse world-atlas file: same shape as the 50m one the app ships, a seventh of the size.
const topology: unknown = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
);

describe('basemap slice', () => {
  it('turns the world-atlas topology into land and country borders', async () => {
    const asked: string[] = [];
    const store = createDalilStore({
      fetchJson: async (path) => {
        asked.push(path);
        return { ok: true, json: topology };
      },
    });
    await store.getState().loadBasemap();
    const { basemapStatus, basemap } = store.getState();
    expect(asked.sort()).toEqual([BASEMAP_PATH, BASEMAP_TILES_PATH, LABELS_PATH].sort());
    expect(basemapStatus).toBe('ready');
    expect(basemap?.land.length).toBeGreaterThan(100);
    expect(basemap?.borders.length).toBeGreaterThan(100);
  });

  it('fails quietly, without touching the dataset, when the file cannot be fetched', async () => {
    const store = createDalilStore({
      fetchJson: async (path) => ({ ok: false, reason: 'unreachable', detail: `${path}: HTTP 404` }),
    });
    await store.getState().loadBasemap();
    expect(store.getState().basemapStatus).toBe('failed');
    expect(store.getState().basemap).toBeNull();
    expect(store.getState().status).toBe('idle');
  });

  it('loads the country and sea labels beside the base map', async () => {
    const labels: MapLabel[] = [
      {
        id: 'syria',
        kind: 'country',
        name: { ar: 'سوريا', en: 'Syria' },
        lngLat: [38.35, 35.08],
        minZoom: 4,
        rank: 0,
      },
    ];
    const store = createDalilStore({
      fetchJson: async (path) => ({ ok: true, json: path === LABELS_PATH ? labels : topology }),
    });
    await store.getState().loadBasemap();
    await expect.poll(() => store.getState().labels).toEqual(labels);
  });

  it('leaves the labels out when their file breaks the schema, and still draws the base map', async () => {
    const store = createDalilStore({
      fetchJson: async (path) => ({
        ok: true,
        json: path === LABELS_PATH ? [{ id: 'x', kind: 'city', name: '<b>' }] : topology,
      }),
    });
    await store.getState().loadBasemap();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().labels).toBeNull();
    expect(store.getState().basemapStatus).toBe('ready');
  });

  it('fails on a JSON file that is not a topology with land and countries', async () => {
    const store = createDalilStore({
      fetchJson: async () => ({ ok: true, json: { type: 'Topology', arcs: [], objects: { land: null } } }),
    });
    await store.getState().loadBasemap();
    expect(store.getState().basemapStatus).toBe('failed');
  });

  describe('tiles', () => {
    const index: BasemapTileIndex = {
      levels: [{ id: '50m', minZoom: 4, degrees: 15, tiles: [[14, 3]] }],
    };
    const tile: BasemapTile = {
      level: '50m',
      column: 14,
      row: 3,
      quantum: [0.01, 0.01],
      land: [[[0, 0, 1500, 0, 0, 1500, -1500, 0]]],
      borders: [],
      towns: [
        {
          id: 'latakia',
          name: { ar: 'اللاذقية', en: 'Latakia' },
          lngLat: [35.79, 35.53],
          minZoom: 7,
          rank: 0,
        },
      ],
    };
    const path = basemapTilePath('50m', 14, 3);
    const storeWith = (tiles: Record<string, unknown>, asked: string[] = []) =>
      createDalilStore({
        fetchJson: async (asking) => {
          asked.push(asking);
          if (asking === BASEMAP_TILES_PATH) return { ok: true, json: index };
          if (asking in tiles) return { ok: true, json: tiles[asking] };
          return { ok: true, json: asking === LABELS_PATH ? [] : topology };
        },
      });

    it('fetches each tile the view asks for once, and keeps it decoded with its towns', async () => {
      const asked: string[] = [];
      const store = storeWith({ [path]: tile }, asked);
      await store.getState().loadBasemap();
      await expect.poll(() => store.getState().basemapTileIndex).toEqual(index);
      await store.getState().loadBasemapTiles([path]);
      await store.getState().loadBasemapTiles([path]);
      expect(asked.filter((p) => p === path)).toHaveLength(1);
      const loaded = store.getState().basemapTiles[path];
      expect(loaded?.basemap.land).toHaveLength(1);
      expect(loaded?.towns.map((town) => town.id)).toEqual(['latakia']);
    });

    it('puts the tiles that arrive together into the state in one update', async () => {
      const other = basemapTilePath('50m', 14, 2);
      const both: BasemapTileIndex = {
        levels: [
          {
            id: '50m',
            minZoom: 4,
            degrees: 15,
            tiles: [
              [14, 3],
              [14, 2],
            ],
          },
        ],
      };
      const store = createDalilStore({
        fetchJson: async (asking) => {
          if (asking === BASEMAP_TILES_PATH) return { ok: true, json: both };
          if (asking === path) return { ok: true, json: tile };
          if (asking === other) return { ok: true, json: { ...tile, row: 2 } };
          return { ok: true, json: asking === LABELS_PATH ? [] : topology };
        },
      });
      await store.getState().loadBasemap();
      await expect.poll(() => store.getState().basemapTileIndex).toEqual(both);
      const updates: string[][] = [];
      store.subscribe((state, previous) => {
        if (state.basemapTiles !== previous.basemapTiles)
          updates.push(Object.keys(state.basemapTiles).sort());
      });
      await store.getState().loadBasemapTiles([path, other]);
      expect(updates).toEqual([[path, other].sort()]);
    });

    it('asks for no path the index does not name', async () => {
      const asked: string[] = [];
      const store = storeWith({}, asked);
      await store.getState().loadBasemap();
      await expect.poll(() => store.getState().basemapTileIndex).toEqual(index);
      await store.getState().loadBasemapTiles(['data/dalil.json', basemapTilePath('10m', 1, 1)]);
      expect(asked).not.toContain('data/dalil.json');
      expect(store.getState().basemapTiles).toEqual({});
    });

    it('leaves out a tile that is not the one its path names, or breaks the schema', async () => {
      const wrongPlace = { ...tile, column: 13 };
      const store = storeWith({ [path]: wrongPlace });
      await store.getState().loadBasemap();
      await expect.poll(() => store.getState().basemapTileIndex).toEqual(index);
      await store.getState().loadBasemapTiles([path]);
      expect(store.getState().basemapTiles).toEqual({});
      const broken = storeWith({ [path]: { ...tile, land: [[[1, 2, 3]]] } });
      await broken.getState().loadBasemap();
      await expect.poll(() => broken.getState().basemapTileIndex).toEqual(index);
      await broken.getState().loadBasemapTiles([path]);
      expect(broken.getState().basemapTiles).toEqual({});
    });
  });
});
