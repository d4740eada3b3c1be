import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { selectPlaces } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { roundView, sameView, type MapView } from '../../model/map-view';
import { boundsOf } from '../common/lat-lng';

/** Margin kept around the places when fitting, in CSS pixels, so edge markers are not cut in half. */
const FIT_PADDING: [number, number] = [28, 28];
/** Closest zoom a fit may choose, so a single place still shows its surroundings. */
const FIT_MAX_ZOOM = 8;

function viewOf(map: LeafletMap): MapView {
  const centre = map.getCenter().wrap();
  return roundView({ lat: centre.lat, lng: centre.lng, zoom: map.getZoom() });
}

/**
 * Keeps the map and the store's `mapView` in step: the map shows the view a link or the history asks for,
 * or frames all the places when none is asked for; and a move by the reader is recorded as the new view.
 * Moves made here are not the reader's, so they are not recorded (a plain link stays plain).
 */
export function MapViewSync() {
  const map = useMap();
  const places = useDalil(selectPlaces);
  const mapView = useDalil((state) => state.mapView);
  const moveMap = useDalil((state) => state.moveMap);

  useEffect(
    function recordReaderMoves() {
      const onMoveEnd = () => {
        if (!moving) moveMap(viewOf(map));
      };
      map.on('moveend', onMoveEnd);
      return function stopRecording() {
        map.off('moveend', onMoveEnd);
      };
    },
    [map, moveMap],
  );

  useEffect(
    function showView() {
      moving = true;
      try {
        if (mapView) {
          if (!sameView(viewOf(map), roundView(mapView)))
            map.setView([mapView.lat, mapView.lng], mapView.zoom, { animate: false });
        } else {
          const bounds = boundsOf(places.map((place) => place.geometry.coordinates));
          if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, animate: false });
        }
      } finally {
        moving = false;
      }
    },
    [map, places, mapView],
  );
  return null;
}

/** True while this module moves the map itself: Leaflet reports unanimated moves synchronously. */
let moving = false;
