import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * A marker that the map's edge cuts is no target until the map brings it wholly into view: a finger would
 * get only a sliver of it, under the header or the legend, or tap the zoom buttons over it. It stays drawn but inert (no tap, no focus);
 * moving the map, the list and the legend's places outside the view still reach it. A marker wholly off
 * screen stays in the keyboard's order: reaching it there brings it into view. Neither the marker focus is
 * on nor the one whose evidence is open (focus goes back to it when the evidence closes) is made inert, and
 * a cut of less than a pixel (a position rounded at the edge) is none.
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
          const markers = map.getPane('markerPane')?.querySelectorAll<HTMLElement>('.leaflet-marker-icon');
          for (const marker of markers ?? []) {
            const r = marker.getBoundingClientRect();
            const onScreen =
              r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
            const cut =
              onScreen &&
              (r.left < view.left - EDGE_SLACK ||
                r.top < view.top - EDGE_SLACK ||
                r.right > view.right + EDGE_SLACK ||
                r.bottom > view.bottom + EDGE_SLACK ||
                (zoomBar !== undefined &&
                  r.left < zoomBar.right - EDGE_SLACK &&
                  r.right > zoomBar.left + EDGE_SLACK &&
                  r.top < zoomBar.bottom - EDGE_SLACK &&
                  r.bottom > zoomBar.top + EDGE_SLACK));
            // Focus stays where the reader put it: a marker they are on, or will come back to, is theirs.
            const theirs =
              marker.contains(document.activeElement) || marker.classList.contains('is-selected');
            if (marker.inert !== cut && !(cut && theirs)) marker.inert = cut;
          }
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
