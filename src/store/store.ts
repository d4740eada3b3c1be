/**
 * The one store of the app, built from slices: data (the dataset), basemap (the scenery), view (what
 * the reader looks at) and filters (what the reader narrows the claims to). Plain TypeScript: React
 * binds to it at the edge (`use-dalil.ts`), and each test makes a fresh store with `createDalilStore()`.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { Language } from '../../geo/contract';
import { fetchJson as fetchFromOrigin, type FetchJson } from '../platform/fetch-json';
import { DEFAULT_LANGUAGE } from '../i18n/language';
import { isFiltering } from '../model/filters';
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
  const store = createStore<DalilState>()((...args) => ({
    ...createDataSlice(fetchJson)(...args),
    ...createBasemapSlice(fetchJson)(...args),
    ...createViewSlice(language, embedded)(...args),
    ...createFiltersSlice()(...args),
  }));
  // A summary first file's evidence (schema 8) comes as soon as something shown needs it.
  store.subscribe((state) => {
    if (state.evidence.status === 'pending' && wantsEvidence(state)) void state.loadEvidence();
  });
  return store;
}

/**
 * True when what is shown reads the articles, mentions or claims, which a summary first file leaves to its
 * evidence file: a place's evidence, an article, the list, the filters panel, or any filter.
 */
export function wantsEvidence(state: DalilState): boolean {
  return (
    state.selectedPlaceId !== null ||
    state.openArticle !== null ||
    state.listShown ||
    state.filtersShown ||
    isFiltering(state.filters)
  );
}

export type DalilStore = ReturnType<typeof createDalilStore>;
