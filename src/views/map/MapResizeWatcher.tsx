import { Popup, type PopupEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Tells Leaflet when its container changes size (the article panel opening beside it, a phone turning):
 * Leaflet only watches the window by itself. The centre stays put, and an open popup is panned back
 * into view, so the evidence the reader was looking at does not slide under the panel. A popup is laid
 * out and panned into view again when its content changes size once open: Leaflet pans to a popup as it
 * opens, before React has drawn what it holds, and a popup that opened empty near the map's edge would
 * stay cut.
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
  useEffect(
    function watchOpenPopups() {
      // A ResizeObserver reports each content once as it starts watching, then on every change of size:
      // the first report comes after React has drawn what the popup holds, or before and then again.
      const observer = new ResizeObserver((entries) => {
        for (const entry of entries) {
          map.eachLayer((layer) => {
            if (layer instanceof Popup && layer.getElement()?.contains(entry.target)) layer.update();
          });
        }
      });
      const contentOf = (event: PopupEvent) =>
        event.popup.getElement()?.querySelector('.leaflet-popup-content');
      const onOpen = (event: PopupEvent) => {
        const content = contentOf(event);
        if (content) observer.observe(content);
      };
      const onClose = (event: PopupEvent) => {
        const content = contentOf(event);
        if (content) observer.unobserve(content);
      };
      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      return function stopWatching() {
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
