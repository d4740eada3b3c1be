import { describe, expect, it } from 'vitest';
import {
  ADDRESS_CHANGED,
  followAddress,
  readAddress,
  writeAddress,
  type AddressWindow,
} from '../../../src/address/history';

/** A window whose history records every call; `dispatched` lists the events sent to it. */
function fakeWindow(search: string) {
  const calls: string[] = [];
  const dispatched: string[] = [];
  const listeners = new Map<string, Set<() => void>>();
  const location = { pathname: '/map/', search, hash: '#top' };
  const record = (kind: string) => (_state: unknown, _title: string, url?: string | URL | null) => {
    calls.push(`${kind} ${String(url)}`);
    location.search = String(url)
      .replace(/^[^?#]*/, '')
      .replace(/#.*$/, '');
  };
  const win: AddressWindow = {
    location,
    history: { state: null, pushState: record('push'), replaceState: record('replace') },
    addEventListener: (type, listener) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
    dispatchEvent: (event) => {
      dispatched.push(event.type);
      for (const listener of listeners.get(event.type) ?? []) listener();
      return true;
    },
  };
  return { win, calls, dispatched, location };
}

describe('the address', () => {
  it('reads what the query string says', () => {
    const { win } = fakeWindow('?place=latakia&lang=en');
    expect(readAddress(win)).toMatchObject({ place: 'latakia', language: 'en' });
  });

  it('adds an entry for a push and rewrites the current one for a replace, keeping the hash', () => {
    const { win, calls } = fakeWindow('?lang=en');
    writeAddress({ place: 'tartus' }, { mode: 'push' }, win);
    writeAddress({ view: { lat: 35, lng: 36, zoom: 6 } }, { mode: 'replace' }, win);
    expect(calls).toEqual([
      'push /map/?lang=en&place=tartus#top',
      'replace /map/?lang=en&place=tartus&view=35,36,6#top',
    ]);
  });

  it('writes nothing for a replace that changes nothing', () => {
    const { win, calls } = fakeWindow('?place=tartus');
    writeAddress({ place: 'tartus' }, { mode: 'replace' }, win);
    expect(calls).toEqual([]);
  });

  it('announces only the writes that ask to be announced, and never as a history move', () => {
    const { win, dispatched } = fakeWindow('');
    writeAddress({ place: 'tartus' }, { mode: 'replace' }, win);
    writeAddress({ place: 'latakia' }, { mode: 'replace', announce: true }, win);
    expect(dispatched).toEqual([ADDRESS_CHANGED]);
  });

  it('tells a follower of history moves and announced writes, until it stops following', () => {
    const { win, location } = fakeWindow('');
    const seen: (string | null)[] = [];
    const unfollow = followAddress((address) => seen.push(address.place), win);
    writeAddress({ place: 'latakia' }, { mode: 'replace', announce: true }, win);
    location.search = '?place=tartus';
    win.dispatchEvent(new Event('popstate'));
    unfollow();
    writeAddress({ place: 'jableh' }, { mode: 'replace', announce: true }, win);
    expect(seen).toEqual(['latakia', 'tartus']);
  });
});
