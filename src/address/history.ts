/**
 * The one writer of the page's address. Everything that changes the URL goes through `writeAddress`:
 * the store's binding (a selection, the map moving, the filters, the language), the first view (a tap on
 * its picture) and the host page's messages. Each write says how it enters the history: `push` adds an
 * entry that back undoes, `replace` rewrites the current one.
 *
 * A write made outside the store (the first view and the host page run before the app, in their own
 * script) is announced with `ADDRESS_CHANGED`, so a running app applies it as it applies back and
 * forward; an app that starts later reads it from the address.
 */
import { parseAddress, searchWith, type Address, type AddressPatch } from './codec';

/** How a change enters the history. */
export type HistoryMode = 'push' | 'replace';

/** The event a write with `announce` dispatches on the window (not a `popstate`: no history moved). */
export const ADDRESS_CHANGED = 'dalil:address-changed';

/** What the address needs of `window`; tests pass a fake. */
export interface AddressWindow {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
  dispatchEvent(event: Event): boolean;
}

export interface WriteOptions {
  mode: HistoryMode;
  /** Tell the running app (`followAddress`): for writes that do not come from the store. */
  announce?: boolean;
}

/** The address as it is now. */
export function readAddress(win: AddressWindow = window): Address {
  return parseAddress(win.location.search);
}

/** Applies `patch` to the address; a `replace` that changes nothing writes nothing. */
export function writeAddress(
  patch: AddressPatch,
  { mode, announce = false }: WriteOptions,
  win: AddressWindow = window,
): void {
  const { pathname, search, hash } = win.location;
  const next = searchWith(search, patch);
  if (next === search && mode === 'replace') return;
  const url = `${pathname}${next}${hash}`;
  if (mode === 'push') win.history.pushState(null, '', url);
  else win.history.replaceState(win.history.state, '', url);
  if (announce) win.dispatchEvent(new Event(ADDRESS_CHANGED));
}

/**
 * Calls `listener` with the address whenever it changes under the app: back and forward (`popstate`), or
 * a write announced by the first view or the host page. Returns the way to stop.
 */
export function followAddress(listener: (address: Address) => void, win: AddressWindow = window): () => void {
  const onChange = () => listener(readAddress(win));
  win.addEventListener('popstate', onChange);
  win.addEventListener(ADDRESS_CHANGED, onChange);
  return function unfollow() {
    win.removeEventListener('popstate', onChange);
    win.removeEventListener(ADDRESS_CHANGED, onChange);
  };
}
