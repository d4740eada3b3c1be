/**
 * Keeps the address and the store in step, both ways. The address says where to start, and back and
 * forward move through earlier views; every change the reader makes is written back, so a reload or a
 * copied link shows the same thing.
 *
 * Selecting a place or a quote adds a history entry (back undoes it); moving the map or changing the
 * filters only rewrites the current entry, so back does not replay every drag or every step of a slider. The language is written by i18n/ (its rule knows the
 * reader's browser languages); here it is only read back when the history moves. Inside another page
 * (`embedded`) nothing is added: the host page's back button should leave the story, not step through
 * the embed's popups.
 */
import type { Language } from '../../geo/contract';
import type { Filters } from '../filters/filters';
import type { DalilState, DalilStore } from '../store/store';
import { parseUrlState, type MapView, type QuoteRef, type UrlState } from './url-state';
import { roundView, searchWithState } from './write-url-state';

/** The parts of the address this module writes. */
interface Synced {
  place: string | null;
  quote: QuoteRef | null;
  view: MapView | null;
  filters: Filters;
  actors: boolean;
}

/** What the binding needs of `window`; tests pass a fake. */
export interface UrlWindow {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

function fromUrl({ place, quote, view, filters, actors }: UrlState): Synced {
  return { place, quote, view, filters, actors };
}

function fromStore(state: DalilState): Synced {
  const { openArticle } = state;
  return {
    place: state.selectedPlaceId,
    quote: openArticle ? { articleId: openArticle.articleId, start: openArticle.quoteStart } : null,
    view: state.mapView ? roundView(state.mapView) : null,
    filters: state.filters,
    actors: state.showActorsAndContext,
  };
}

function sameFilters(a: Filters, b: Filters): boolean {
  const list = (x: readonly string[] | null) => x?.join(',') ?? null;
  return (
    list(a.activities) === list(b.activities) &&
    list(a.stances) === list(b.stances) &&
    a.claimant === b.claimant &&
    a.articleId === b.articleId &&
    a.from === b.from &&
    a.to === b.to
  );
}

function sameQuote(a: QuoteRef | null, b: QuoteRef | null): boolean {
  return a === b || (a !== null && b !== null && a.articleId === b.articleId && a.start === b.start);
}

function sameView(a: MapView | null, b: MapView | null): boolean {
  return a === b || (a !== null && b !== null && a.lat === b.lat && a.lng === b.lng && a.zoom === b.zoom);
}

function sameSelection(a: Synced, b: Synced): boolean {
  return a.place === b.place && sameQuote(a.quote, b.quote);
}

/** Starts the binding: applies the address to the store, then follows both. Returns the way to stop. */
export function bindUrlToStore(store: DalilStore, win: UrlWindow = window): () => void {
  let synced = fromUrl(parseUrlState(win.location.search));
  /** The selection in the address waits for the dataset: only then can the store check its ids. */
  let waitingForData = true;
  /** The next write cleans up what the store refused (an unknown place) instead of adding an entry. */
  let replaceNext = true;
  let scheduled = false;

  function applySelection(target: Synced) {
    const state = store.getState();
    if (target.place) state.selectPlace(target.place);
    else state.deselectPlace();
    if (target.quote) state.openArticleAt(target.quote.articleId, target.quote.start);
    else state.closeArticle();
  }

  function apply(target: Synced, language: Language | null) {
    synced = target;
    replaceNext = true;
    const state = store.getState();
    if (language) state.setLanguage(language);
    state.moveMap(target.view);
    state.applyFilters(target.filters, target.actors);
    waitingForData = state.status !== 'ready';
    if (!waitingForData) applySelection(target);
    // At once, so a change the reader makes right after is not taken for part of this clean-up.
    write();
  }

  function write() {
    scheduled = false;
    const state = store.getState();
    const next = fromStore(state);
    if (waitingForData) {
      next.place = synced.place;
      next.quote = synced.quote;
    }
    const selectionChanged = !sameSelection(next, synced);
    const changed =
      selectionChanged ||
      !sameView(next.view, synced.view) ||
      !sameFilters(next.filters, synced.filters) ||
      next.actors !== synced.actors;
    const replace = replaceNext || !selectionChanged || state.embedded;
    if (!waitingForData) replaceNext = false;
    if (!changed) return;
    synced = next;
    const url = `${win.location.pathname}${searchWithState(win.location.search, next)}${win.location.hash}`;
    if (replace) win.history.replaceState(win.history.state, '', url);
    else win.history.pushState(null, '', url);
  }

  /** Changes made in one turn (a popup closing as the next one opens) become one history entry. */
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(write);
  }

  function onStoreChange(state: DalilState) {
    if (waitingForData && state.status === 'ready') {
      waitingForData = false;
      applySelection(synced);
    }
    schedule();
  }

  function onPopState() {
    const state = parseUrlState(win.location.search);
    apply(fromUrl(state), state.language);
  }

  const unsubscribe = store.subscribe(onStoreChange);
  win.addEventListener('popstate', onPopState);
  // The store already starts in the address's language (main.tsx), chosen with the browser's languages.
  apply(synced, null);
  return function unbind() {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
