import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches now, re-rendering when that changes (a phone turned, a window
 * resized, the reader switching reduced motion on). Layout decisions that CSS alone cannot make, such as
 * a bottom sheet instead of a Leaflet popup, read the same queries as the stylesheets.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    function subscribe(onChange) {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return function unsubscribe() {
        list.removeEventListener('change', onChange);
      };
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
