import { describe, expect, it } from 'vitest';
import { createDalilStore } from '../../../src/store/store';
import { bindUrlToStore, type UrlWindow } from '../../../src/url/bind-url-to-store';
import { seedDataset } from '../fixtures/seed-dataset';

/** A window with an address and a history list, enough for the binding. */
function fakeWindow(search: string) {
  const entries: string[] = [`/dalil/${search}`];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = {
    pathname: '/dalil/',
    get search() {
      const url = entries[index]!;
      return url.includes('?') ? url.slice(url.indexOf('?')) : '';
    },
    hash: '',
  };
  const win: UrlWindow & { entries: string[]; back: () => void } = {
    location,
    history: {
      state: null,
      pushState: (_state, _title, url) => {
        entries.splice(index + 1);
        entries.push(String(url));
        index++;
      },
      replaceState: (_state, _title, url) => {
        entries[index] = String(url);
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    entries,
    back: () => {
      index--;
      for (const listener of listeners) listener();
    },
  };
  return win;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function readyStore(embedded = false) {
  const dataset = seedDataset();
  const store = createDalilStore({
    embedded,
    fetchJson: async () => ({ ok: true, json: dataset }),
  });
  return { store, dataset };
}

describe('bindUrlToStore', () => {
  it('opens the place the address names once the data is there', async () => {
    const { store, dataset } = readyStore();
    const place = dataset.places.features[0]!.properties.id;
    bindUrlToStore(store, fakeWindow(`?place=${place}`));
    expect(store.getState().selectedPlaceId).toBeNull();
    await store.getState().loadDataset();
    expect(store.getState().selectedPlaceId).toBe(place);
  });

  it('adds a history entry for a selection, and back undoes it', async () => {
    const { store, dataset } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('?lang=en');
    bindUrlToStore(store, win);
    const place = dataset.places.features[1]!.properties.id;
    store.getState().selectPlace(place);
    await settle();
    expect(win.entries).toEqual(['/dalil/?lang=en', `/dalil/?lang=en&place=${place}`]);
    win.back();
    await settle();
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it('restores the filters from the address', async () => {
    const { store } = readyStore();
    bindUrlToStore(
      store,
      fakeWindow('?kinds=air,naval&stance=denied&claimant=lavrov&from=2015-09-11&actors=1'),
    );
    await store.getState().loadDataset();
    expect(store.getState().filters).toMatchObject({
      activities: ['air', 'naval'],
      stances: ['denied'],
      claimant: 'lavrov',
      from: '2015-09-11',
      to: null,
    });
    expect(store.getState().showActorsAndContext).toBe(true);
  });

  it('writes a change of filters into the current entry', async () => {
    const { store } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('?lang=en');
    bindUrlToStore(store, win);
    store.getState().toggleStance('denied');
    store.getState().setClaimant('us-officials');
    await settle();
    expect(win.entries).toEqual([
      '/dalil/?lang=en&stance=reported,confirmed,planned,speculative,no-comment&claimant=us-officials',
    ]);
    store.getState().resetFilters();
    await settle();
    expect(win.entries).toEqual(['/dalil/?lang=en']);
  });

  it('rewrites the current entry when the map moves', async () => {
    const { store } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('');
    bindUrlToStore(store, win);
    store.getState().moveMap({ lat: 35, lng: 36, zoom: 6 });
    await settle();
    expect(win.entries).toEqual(['/dalil/?view=35,36,6']);
  });

  it('never adds entries inside another page', async () => {
    const { store, dataset } = readyStore(true);
    await store.getState().loadDataset();
    const win = fakeWindow('?embed=1');
    bindUrlToStore(store, win);
    store.getState().selectPlace(dataset.places.features[0]!.properties.id);
    await settle();
    expect(win.entries).toHaveLength(1);
    expect(win.entries[0]).toContain('place=');
  });

  it('removes a place the data does not have, without adding an entry', async () => {
    const { store } = readyStore();
    const win = fakeWindow('?place=atlantis&lang=en');
    bindUrlToStore(store, win);
    await store.getState().loadDataset();
    await settle();
    expect(win.entries).toEqual(['/dalil/?lang=en']);
  });

  it('makes one entry when one popup closes as the next opens', async () => {
    const { store, dataset } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('');
    bindUrlToStore(store, win);
    const [a, b] = dataset.places.features.map((f) => f.properties.id);
    store.getState().selectPlace(a!);
    await settle();
    store.getState().deselectPlace();
    store.getState().selectPlace(b!);
    await settle();
    expect(win.entries).toEqual(['/dalil/', `/dalil/?place=${a}`, `/dalil/?place=${b}`]);
  });
});
