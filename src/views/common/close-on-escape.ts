import type { KeyboardEvent } from 'react';

/**
 * A keydown handler for a panel or popup that closes on Escape from anywhere inside it; the key goes no
 * further, so an outer panel (or Leaflet, whose own Escape works only while the map has focus) stays.
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
}
