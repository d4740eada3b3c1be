import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * A marker that the map's edge cuts is no target for a pointer until the map brings it wholly into view: a
 * finger would get only a sliver of it, under the header or the legend, or tap the zoom buttons over it.
 * It stays drawn and marked `is-cut` (map.css lets taps and clicks pass through it). It stays in the
 * keyboard's order, as does a marker wholly off screen: reaching it there pans it wholly into view (the
 * marker's own pan on focus), so tabbing past one marker never leaves another out of reach. A cut of less
 * than a pixel (a position rounded at the edge) is none.
 */

/** How far past the map's edge a marker may reach, in CSS pixels, and still be whole. */
const EDGE_SLACK = 1;
export function EdgeTargets() {
  const map = useMap();
  useEffect(
    function markCutMarkers() {
      let frame = 0;
      const mark = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          const view = map.getContainer().getBoundingClientRect();
          // The zoom buttons lie over the map: a marker under them is as cut as one past the edge.
          const zoomBar = map.getContainer().querySelector('.leaflet-control-zoom')?.getBoundingClientRect();
          const markers = [
            ...(map.getPane('markerPane')?.querySelectorAll<HTMLElement>('.leaflet-marker-icon') ?? []),
          ];
          // Every box read before any class is written: a write between two reads would lay the page out
          // again for the next, once per marker.
          const cut = markers.map((marker) => {
            const r = marker.getBoundingClientRect();
            const onScreen =
              r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
            return (
              onScreen &&
              (r.left < view.left - EDGE_SLACK ||
                r.top < view.top - EDGE_SLACK ||
                r.right > view.right + EDGE_SLACK ||
                r.bottom > view.bottom + EDGE_SLACK ||
                (zoomBar !== undefined &&
                  r.left < zoomBar.right - EDGE_SLACK &&
                  r.right > zoomBar.left + EDGE_SLACK &&
                  r.top < zoomBar.bottom - EDGE_SLACK &&
                  r.bottom > zoomBar.top + EDGE_SLACK))
            );
          });
          markers.forEach((marker, i) => marker.classList.toggle('is-cut', cut[i]));
        });
      };
      const events = 'moveend zoomend resize layeradd viewreset';
      map.on(events, mark);
      mark();
      return function stopMarking() {
        cancelAnimationFrame(frame);
        map.off(events, mark);
      };
    },
    [map],
  );
  return null;
}
