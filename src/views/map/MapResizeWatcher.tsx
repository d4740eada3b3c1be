import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Tells Leaflet when its container changes size (the article panel opening beside it, a phone turning):
 * Leaflet only watches the window by itself. The centre stays put; an open popup is laid out and brought
 * back into view by PopupsInView, which hears the map's `resize`, so the evidence the reader was looking
 * at does not slide under the panel.
 */
export function MapResizeWatcher() {
  const map = useMap();
  useEffect(
    function watchContainerSize() {
      const observer = new ResizeObserver(() => {
        map.invalidateSize({ pan: true, animate: false });
      });
      observer.observe(map.getContainer());
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
