import { describe, expect, it } from 'vitest';
import { createDalilStore } from '../../../src/store/store';
import { bindAddressToStore } from '../../../src/address/bind-store';
import { writeAddress, type AddressWindow } from '../../../src/address/history';
import { builtDataset } from '../fixtures/built-dataset';
import { seedDataset } from '../fixtures/seed-dataset';
import { splitFiles } from '../fixtures/split-files';

/** A window with an address and a history list, enough for the binding. */
function fakeWindow(search: string) {
  const entries: string[] = [`/dalil/${search}`];
  let index = 0;
  const listeners = new Map<string, Set<() => void>>();
  const listenersOf = (type: string) => {
    if (!listeners.has(type)) listeners.set(type, new Set());
    return listeners.get(type)!;
  };
  const location = {
    pathname: '/dalil/',
    get search() {
      const url = entries[index]!;
      return url.includes('?') ? url.slice(url.indexOf('?')) : '';
    },
    hash: '',
  };
  const win: AddressWindow & { entries: string[]; back: () => void } = {
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
    addEventListener: (type, listener) => listenersOf(type).add(listener),
    removeEventListener: (type, listener) => listenersOf(type).delete(listener),
    dispatchEvent: (event) => {
      for (const listener of listenersOf(event.type)) listener();
      return true;
    },
    entries,
    back: () => {
      index--;
      for (const listener of listenersOf('popstate')) listener();
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

describe('bindAddressToStore', () => {
  it('opens the place the address names once the data is there', async () => {
    const { store, dataset } = readyStore();
    const place = dataset.places.features[0]!.properties.id;
    bindAddressToStore(store, fakeWindow(`?place=${place}`));
    expect(store.getState().selectedPlaceId).toBeNull();
    await store.getState().loadDataset();
    expect(store.getState().selectedPlaceId).toBe(place);
  });

  it('adds a history entry for a selection, and back undoes it', async () => {
    const { store, dataset } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('?lang=en');
    bindAddressToStore(store, win);
    const place = dataset.places.features[1]!.properties.id;
    store.getState().selectPlace(place);
    await settle();
    expect(win.entries).toEqual(['/dalil/?lang=en', `/dalil/?lang=en&place=${place}`]);
    win.back();
    await settle();
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it('restores the filters from the address', async () => {
    const store = createDalilStore({ fetchJson: () => Promise.resolve({ ok: true, json: builtDataset() }) });
    bindAddressToStore(
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
    bindAddressToStore(store, win);
    store.getState().toggleStance('denied');
    store.getState().setClaimant('us-officials');
    await settle();
    expect(win.entries).toEqual([
      '/dalil/?lang=en&stance=reported,confirmed,accused,planned,speculative,no-comment&claimant=us-officials',
    ]);
    store.getState().resetFilters();
    await settle();
    expect(win.entries).toEqual(['/dalil/?lang=en']);
  });

  it('rewrites the current entry when the map moves', async () => {
    const { store } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('');
    bindAddressToStore(store, win);
    store.getState().moveMap({ lat: 35, lng: 36, zoom: 6 });
    await settle();
    expect(win.entries).toEqual(['/dalil/?view=35,36,6']);
  });

  it('never adds entries inside another page', async () => {
    const { store, dataset } = readyStore(true);
    await store.getState().loadDataset();
    const win = fakeWindow('?embed=1');
    bindAddressToStore(store, win);
    store.getState().selectPlace(dataset.places.features[0]!.properties.id);
    await settle();
    expect(win.entries).toHaveLength(1);
    expect(win.entries[0]).toContain('place=');
  });

  it('removes a place the data does not have, without adding an entry', async () => {
    const { store } = readyStore();
    const win = fakeWindow('?place=atlantis&lang=en');
    bindAddressToStore(store, win);
    await store.getState().loadDataset();
    await settle();
    expect(win.entries).toEqual(['/dalil/?lang=en']);
  });

  it('makes one entry when one popup closes as the next opens', async () => {
    const { store, dataset } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('');
    bindAddressToStore(store, win);
    const [a, b] = dataset.places.features.map((f) => f.properties.id);
    store.getState().selectPlace(a!);
    await settle();
    store.getState().deselectPlace();
    store.getState().selectPlace(b!);
    await settle();
    expect(win.entries).toEqual(['/dalil/', `/dalil/?place=${a}`, `/dalil/?place=${b}`]);
  });

  it('follows a write announced from outside the store, such as a host page selecting a place', async () => {
    const { store, dataset } = readyStore(true);
    await store.getState().loadDataset();
    const win = fakeWindow('?embed=1');
    bindAddressToStore(store, win);
    const place = dataset.places.features[2]!.properties.id;
    writeAddress({ place }, { mode: 'replace', announce: true }, win);
    expect(store.getState().selectedPlaceId).toBe(place);
    expect(win.entries).toEqual([`/dalil/?embed=1&place=${place}`]);
  });

  it('names the language only when it is not the one the reader would get anyway', async () => {
    const { store } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('');
    bindAddressToStore(store, win, { preferredLanguages: ['en-GB'] });
    expect(store.getState().language).toBe('en');
    store.getState().setLanguage('ar');
    await settle();
    expect(win.entries).toEqual(['/dalil/?lang=ar']);
    store.getState().setLanguage('en');
    await settle();
    expect(win.entries).toEqual(['/dalil/']);
  });

  it('takes the language back from the address when the history moves', async () => {
    const { store, dataset } = readyStore();
    await store.getState().loadDataset();
    const win = fakeWindow('?lang=en');
    bindAddressToStore(store, win);
    store.getState().selectPlace(dataset.places.features[0]!.properties.id);
    await settle();
    store.getState().setLanguage('ar');
    await settle();
    expect(win.entries.at(-1)).not.toContain('lang=');
    win.back();
    expect(store.getState().language).toBe('en');
  });

  it('drops from the address the filter values the data does not have, in place', async () => {
    const store = createDalilStore({ fetchJson: () => Promise.resolve({ ok: true, json: builtDataset() }) });
    const win = fakeWindow('?article=nope&claimant=lavrov&from=2030-01-01&kinds=air');
    bindAddressToStore(store, win);
    await store.getState().loadDataset();
    await settle();
    expect(store.getState().filters).toMatchObject({ articleId: null, claimant: 'lavrov', from: null });
    expect(win.entries).toEqual(['/dalil/?claimant=lavrov&kinds=air']);
  });

  for (const filter of ['', '&claimant=lavrov'])
    it(`opens the quote a link names on a summary first file once its evidence comes${filter ? ', and keeps its filters' : ''}`, async () => {
      const built = builtDataset();
      const { first, files } = splitFiles(built);
      files.set('data/dalil.json', first);
      const store = createDalilStore({
        fetchJson: async (path) =>
          files.has(path)
            ? { ok: true, json: JSON.parse(JSON.stringify(files.get(path))) as unknown }
            : { ok: false, reason: 'unreachable', detail: `${path}: HTTP 404` },
      });
      const claim = built.claims!.find((c) => c.claimant?.id === 'lavrov')!;
      const win = fakeWindow(`?quote=${claim.articleId}:${claim.quote.start}${filter}`);
      bindAddressToStore(store, win);
      await store.getState().loadDataset();
      await store.getState().loadEvidence();
      await settle();
      expect(store.getState().dataset?.pending).toBeUndefined();
      expect(store.getState().openArticle).toEqual({
        articleId: claim.articleId,
        quoteStart: claim.quote.start,
      });
      expect(store.getState().filters.claimant).toBe(filter ? 'lavrov' : null);
      expect(win.location.search).toContain(`quote=${claim.articleId}`);
    });
});
