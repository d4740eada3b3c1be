/**
 * The base map: land and country borders, drawn under the markers. It is scenery, so when it fails the
 * markers are still shown and the reader is told why the map looks bare.
 */
import { basemapFromTopology, type Basemap } from '../data/basemap-from-topology';
import type { FetchJson } from '../data/fetch-json';
import type { DalilSlice } from './store';

/** The base map file, relative to the page: TopoJSON with objects `countries` and `land`. */
export const BASEMAP_PATH = 'data/basemap.json';

export interface BasemapSlice {
  basemapStatus: 'idle' | 'loading' | 'ready' | 'failed';
  basemap: Basemap | null;
  loadBasemap: () => Promise<void>;
}

export function createBasemapSlice(fetchJson: FetchJson): DalilSlice<BasemapSlice> {
  return (set) => ({
    basemapStatus: 'idle',
    basemap: null,
    loadBasemap: async () => {
      set({ basemapStatus: 'loading' });
      const fetched = await fetchJson(BASEMAP_PATH);
      const basemap = fetched.ok ? basemapFromTopology(fetched.json) : null;
      set(basemap ? { basemapStatus: 'ready', basemap } : { basemapStatus: 'failed', basemap: null });
    },
  });
}
