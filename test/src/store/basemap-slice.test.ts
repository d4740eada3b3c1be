import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BASEMAP_PATH, LABELS_PATH, type MapLabel } from '../../../geo/contract';
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
    expect(asked.sort()).toEqual([BASEMAP_PATH, LABELS_PATH].sort());
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
});
