import { Popup } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Tells Leaflet when its container changes size (the article panel opening beside it, a phone turning):
 * Leaflet only watches the window by itself. The centre stays put, and an open popup is panned back
 * into view, so the evidence the reader was looking at does not slide under the panel.
 */
export function MapResizeWatcher() {
  const map = useMap();
  useEffect(
    function watchContainerSize() {
      const observer = new ResizeObserver(() => {
        map.invalidateSize({ pan: true, animate: false });
        map.eachLayer((layer) => {
          if (layer instanceof Popup) layer.update();
        });
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
