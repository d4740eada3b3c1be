import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { placeZoom } from '../../model/frame';
import { roundView, sameView, type MapView } from '../../model/map-view';
import { selectActivityFrame } from '../../store/map-selectors';
import { selectPlaceById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { boundsOf, latLngOf } from '../common/lat-lng';
import { useMapItems } from './use-map-items';

/** Margin kept around the places when fitting, in CSS pixels, so edge markers are not cut in half. */
const FIT_PADDING: [number, number] = [28, 28];
/** Closest zoom a fit may choose, so a single place still shows its surroundings. */
const FIT_MAX_ZOOM = 8;

function viewOf(map: LeafletMap): MapView {
  const centre = map.getCenter().wrap();
  return roundView({ lat: centre.lat, lng: centre.lng, zoom: map.getZoom() });
}

/** Degrees rounded as views are, so the same bounds always read the same. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;

/**
 * Keeps the map and the store's `mapView` in step: the map shows the view a link or the history asks for,
 * or frames the theatre (where the sites and venues shown are) when none is asked for; a place chosen
 * elsewhere (a link, the list, the host page) is brought into view apart from its neighbours; and a move by
 * the reader is recorded as the new view. Moves made here are not the reader's, so they are not recorded
 * (a plain link stays plain); what the map shows is kept in `shownView` either way.
 */
export function MapViewSync() {
  const map = useMap();
  const frame = useDalil(selectActivityFrame);
  const mapView = useDalil((state) => state.mapView);
  const moveMap = useDalil((state) => state.moveMap);
  const mapShown = useDalil((state) => state.mapShown);
  const selectedId = useDalil((state) => state.selectedPlaceId);
  const selected = useDalil(selectPlaceById(selectedId ?? ''));
  const { clusters, places } = useMapItems();
  const framedFor = useRef<string | null>(null);
  // A link that names both a place and a view is shown as it says.
  const linkedView = useRef(mapView !== null ? selectedId : null);
  // The view last asked for or recorded: the store gives back each view the map records, and by the time
  // it does, the map may be gliding on (a marker reached by Tab pans it, and the next one interrupts that
  // pan); a view the map has already shown is not shown again, or the map would jump back.
  const lastView = useRef<MapView | null>(null);

  useEffect(
    function recordMoves() {
      const recordShown = () => {
        const bounds = map.getBounds();
        mapShown({
          view: viewOf(map),
          bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(round4) as [
            number,
            number,
            number,
            number,
          ],
        });
      };
      const onMoveEnd = () => {
        if (!moving) {
          lastView.current = viewOf(map);
          moveMap(lastView.current);
        }
        recordShown();
      };
      recordShown();
      map.on('moveend', onMoveEnd);
      return function stopRecording() {
        map.off('moveend', onMoveEnd);
      };
    },
    [map, moveMap, mapShown],
  );

  useEffect(
    function showView() {
      moveUnrecorded(() => {
        if (mapView) {
          const asked = roundView(mapView);
          if (sameView(asked, lastView.current)) return;
          lastView.current = asked;
          if (!sameView(viewOf(map), asked))
            map.setView([asked.lat, asked.lng], asked.zoom, { animate: false });
          return;
        }
        lastView.current = null;
        const bounds = frame && boundsOf(frame.inside.map((place) => place.lngLat));
        if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, animate: false });
      });
    },
    [map, frame, mapView],
  );

  useEffect(
    // After the frame above, so a link to a place shows the place, not the theatre around it.
    function frameSelection() {
      if (!selected) {
        framedFor.current = null;
        return;
      }
      const { id, kind } = selected.properties;
      // A place the filters leave off the map is not framed: the map stays on what they leave.
      if (framedFor.current === id || !places.has(id)) return;
      framedFor.current = id;
      if (linkedView.current === id) return;
      const at = latLngOf(selected.geometry.coordinates);
      const inView = map.getBounds().contains(at);
      const apart = clusters.apartZoom(id) <= Math.round(map.getZoom());
      if (inView && apart) return;
      moveUnrecorded(() => map.setView(at, placeZoom(kind, clusters.apartZoom(id)), { animate: false }));
    },
    [map, selected, clusters, places, frame],
  );
  return null;
}

/** True while this module moves the map itself: Leaflet reports unanimated moves synchronously. */
let moving = false;

function moveUnrecorded(move: () => void) {
  moving = true;
  try {
    move();
  } finally {
    moving = false;
  }
}
