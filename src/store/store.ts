/**
 * The one store of the app, built from slices: data (the dataset), basemap (the scenery), view (what
 * the reader looks at) and filters (what the reader narrows the claims to). Plain TypeScript: React
 * binds to it at the edge (`use-dalil.ts`), and each test makes a fresh store with `createDalilStore()`.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { Language } from '../../geo/contract';
import { fetchJson as fetchFromOrigin, type FetchJson } from '../platform/fetch-json';
import { DEFAULT_LANGUAGE } from '../i18n/language';
import { createBasemapSlice, type BasemapSlice } from './basemap-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type DalilState = DataSlice & BasemapSlice & ViewSlice & FiltersSlice;

/** A slice creator that sees the whole state, so an action may read another slice. */
export type DalilSlice<T> = StateCreator<DalilState, [], [], T>;

export interface DalilStoreOptions {
  /** How files are fetched; tests pass a fake. */
  fetchJson?: FetchJson;
  /** The interface language to start in. */
  language?: Language;
  /** Whether the page is embedded in another page (`?embed=1`). */
  embedded?: boolean;
}

export function createDalilStore({
  fetchJson = fetchFromOrigin,
  language = DEFAULT_LANGUAGE,
  embedded = false,
}: DalilStoreOptions = {}) {
  return createStore<DalilState>()((...args) => ({
    ...createDataSlice(fetchJson)(...args),
    ...createBasemapSlice(fetchJson)(...args),
    ...createViewSlice(language, embedded)(...args),
    ...createFiltersSlice()(...args),
  }));
}

export type DalilStore = ReturnType<typeof createDalilStore>;
