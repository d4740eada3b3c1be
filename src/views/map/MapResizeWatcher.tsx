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
      const sizes = new WeakMap<Element, string>();
      const sizeOf = (r: { width: number; height: number }) =>
        `${Math.round(r.width)}x${Math.round(r.height)}`;
      const observer = new ResizeObserver((entries) => {
        for (const entry of entries) {
          const size = sizeOf(entry.contentRect);
          if (sizes.get(entry.target) === size) continue;
          sizes.set(entry.target, size);
          map.eachLayer((layer) => {
            if (!(layer instanceof Popup) || !layer.getElement()?.contains(entry.target)) return;
            // Twice: after a pan of its own Leaflet skips the popup's next one (a guard against panning
            // in a loop), so the first call may only clear that guard; of the two, exactly one pans.
            layer.update();
            layer.update();
          });
        }
      });
      const contentOf = (event: PopupEvent) =>
        event.popup.getElement()?.querySelector('.leaflet-popup-content');
      const onOpen = (event: PopupEvent) => {
        const content = contentOf(event);
        if (!content) return;
        // Its size as Leaflet laid it out: what React draws into it next is a change.
        const box = content.getBoundingClientRect();
        sizes.set(content, sizeOf(box));
        observer.observe(content);
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
