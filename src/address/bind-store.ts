/**
 * Keeps the address and the store in step, both ways. The address says where to start, and back and
 * forward move through earlier views; every change the reader makes is written back, so a reload or a
 * copied link shows the same thing.
 *
 * Selecting a place or a quote adds a history entry (back undoes it); moving the map, changing the
 * filters or the language only rewrites the current entry, so back does not replay every drag or every
 * step of a slider. Inside another page (`embedded`) nothing is added: the host page's back button should
 * leave the story, not step through the embed's popups. The language is named only when it is not the
 * one this reader's browser would give anyway, so addresses stay clean yet a reload keeps the choice.
 */
import type { Language } from '../../geo/contract';
import { chooseLanguage, markedLanguage } from '../i18n/language';
import { sameFilters, type Filters } from '../model/filters';
import { roundView, sameView, type MapView } from '../model/map-view';
import type { DalilState, DalilStore } from '../store/store';
import type { Address, QuoteRef } from './codec';
import { followAddress, readAddress, writeAddress, type AddressWindow } from './history';

/** The parts of the address the store holds. */
interface Synced {
  place: string | null;
  quote: QuoteRef | null;
  view: MapView | null;
  filters: Filters;
  actors: boolean;
  /** As the address names it: null for the reader's unmarked language. */
  language: Language | null;
}

export interface BindOptions {
  /**
   * The reader's browser languages (`navigator.languages`), which decide the language an address that
   * names none opens in; none given, that is Arabic.
   */
  preferredLanguages?: readonly string[];
}

function fromAddress({ place, quote, view, filters, actors, language }: Address): Synced {
  return { place, quote, view, filters, actors, language };
}

function fromStore(state: DalilState, preferred: readonly string[]): Synced {
  const { openArticle } = state;
  return {
    place: state.selectedPlaceId,
    quote: openArticle ? { articleId: openArticle.articleId, start: openArticle.quoteStart } : null,
    view: state.mapView ? roundView(state.mapView) : null,
    filters: state.filters,
    actors: state.showActorsAndContext,
    language: markedLanguage(state.language, preferred),
  };
}

function sameQuote(a: QuoteRef | null, b: QuoteRef | null): boolean {
  return a === b || (a !== null && b !== null && a.articleId === b.articleId && a.start === b.start);
}

function sameSelection(a: Synced, b: Synced): boolean {
  return a.place === b.place && sameQuote(a.quote, b.quote);
}

/** Starts the binding: applies the address to the store, then follows both. Returns the way to stop. */
export function bindAddressToStore(
  store: DalilStore,
  win: AddressWindow = window,
  { preferredLanguages = [] }: BindOptions = {},
): () => void {
  let synced = fromAddress(readAddress(win));
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

  /**
   * True once the store can check the selection's ids: the dataset is read, and for a quote its articles
   * too (a summary's come with its evidence file, schema 8, which this asks for).
   */
  function canSelect(state: DalilState, target: Synced): boolean {
    if (state.status !== 'ready') return false;
    if (!target.quote || !state.dataset?.pending || state.evidence.status === 'failed') return true;
    if (state.evidence.status === 'pending') void state.loadEvidence();
    return false;
  }

  function apply(target: Synced) {
    synced = target;
    replaceNext = true;
    const state = store.getState();
    state.setLanguage(chooseLanguage(target.language, preferredLanguages));
    state.moveMap(target.view);
    state.applyFilters(target.filters, target.actors);
    waitingForData = !canSelect(state, target);
    if (!waitingForData) applySelection(target);
    // At once, so a change the reader makes right after is not taken for part of this clean-up.
    write();
  }

  function write() {
    scheduled = false;
    const state = store.getState();
    const next = fromStore(state, preferredLanguages);
    if (waitingForData) {
      next.place = synced.place;
      next.quote = synced.quote;
    }
    const selectionChanged = !sameSelection(next, synced);
    const changed =
      selectionChanged ||
      !sameView(next.view, synced.view) ||
      !sameFilters(next.filters, synced.filters) ||
      next.actors !== synced.actors ||
      next.language !== synced.language;
    const replace = replaceNext || !selectionChanged || state.embedded;
    if (!waitingForData) replaceNext = false;
    if (!changed) return;
    synced = next;
    writeAddress(next, { mode: replace ? 'replace' : 'push' }, win);
  }

  /** Changes made in one turn (a popup closing as the next one opens) become one history entry. */
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(write);
  }

  function onStoreChange(state: DalilState) {
    if (waitingForData && canSelect(state, synced)) {
      waitingForData = false;
      applySelection(synced);
    }
    schedule();
  }

  const unsubscribe = store.subscribe(onStoreChange);
  const unfollow = followAddress((address) => apply(fromAddress(address)), win);
  apply(synced);
  return function unbind() {
    unsubscribe();
    unfollow();
  };
}
