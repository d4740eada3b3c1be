import { useSyncExternalStore } from 'react';

interface WatchedQuery {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

/**
 * One list and one pair of functions per query, made once: a render reads the list it already has,
 * instead of asking the browser for a new one and subscribing again (the map's many markers each read
 * the reduced-motion query as they render).
 */
const watched = new Map<string, WatchedQuery>();

function watch(query: string): WatchedQuery {
  let found = watched.get(query);
  if (!found) {
    const list = window.matchMedia(query);
    found = {
      subscribe(onChange) {
        list.addEventListener('change', onChange);
        return function unsubscribe() {
          list.removeEventListener('change', onChange);
        };
      },
      matches: () => list.matches,
    };
    watched.set(query, found);
  }
  return found;
}

/**
 * Whether a CSS media query matches now, re-rendering when that changes (a phone turned, a window
 * resized, the reader switching reduced motion on). Layout decisions that CSS alone cannot make, such as
 * a bottom sheet instead of a Leaflet popup, read the same queries as the stylesheets.
 */
export function useMediaQuery(query: string): boolean {
  const { subscribe, matches } = watch(query);
  return useSyncExternalStore(subscribe, matches, () => false);
}
