/**
 * The base map: land and country borders, drawn under the markers, and the country and sea names on it.
 * It is scenery, so when it fails the markers are still shown and the reader is told why the map looks
 * bare; labels that fail are left out, and the reader is told the names are missing.
 */
import * as v from 'valibot';
import { BASEMAP_PATH, LABELS_PATH, MapLabelsSchema, type MapLabel } from '../../geo/contract';
import { basemapFromTopology, type Basemap } from '../model/basemap-from-topology';
import type { FetchJson } from '../platform/fetch-json';
import { mapInSlices } from '../platform/in-slices';
import type { DataStatus } from './data-slice';
import type { DalilSlice } from './store';

export interface BasemapSlice {
  basemapStatus: DataStatus;
  basemap: Basemap | null;
  /** The map has drawn the base map (it does so in slices, after it arrives): the page can be shown. */
  basemapDrawn: boolean;
  /** Country and sea names, validated (the file arrives over the network); null until loaded, or failed. */
  labels: readonly MapLabel[] | null;
  /** The labels file could not be read or was not valid: the map shows no country or sea names. */
  labelsFailed: boolean;
  loadBasemap: () => Promise<void>;
  markBasemapDrawn: () => void;
}

export function createBasemapSlice(fetchJson: FetchJson): DalilSlice<BasemapSlice> {
  return (set) => ({
    basemapStatus: 'idle',
    basemap: null,
    basemapDrawn: false,
    labels: null,
    labelsFailed: false,
    loadBasemap: async () => {
      set({ basemapStatus: 'loading' });
      void fetchJson(LABELS_PATH).then((labels) => {
        const parsed = labels.ok ? v.safeParse(MapLabelsSchema, labels.json) : null;
        set(parsed?.success ? { labels: parsed.output } : { labelsFailed: true });
      });
      const fetched = await fetchJson(BASEMAP_PATH);
      const basemap = fetched.ok ? await basemapFromTopology(fetched.json, mapInSlices) : null;
      set(basemap ? { basemapStatus: 'ready', basemap } : { basemapStatus: 'failed', basemap: null });
    },
    markBasemapDrawn: () => set({ basemapDrawn: true }),
  });
}
