import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useDalil } from '../store/use-dalil';
import { selectPlaces } from '../store/selectors';
import { boundsOf } from './lat-lng';

/** Margin kept around the places when fitting, in CSS pixels, so edge markers are not cut in half. */
const FIT_PADDING: [number, number] = [28, 28];
/** Closest zoom a fit may choose, so a single place still shows its surroundings. */
const FIT_MAX_ZOOM = 8;

/** Frames all the places once they are loaded. */
export function FitToPlaces() {
  const map = useMap();
  const places = useDalil(selectPlaces);
  useEffect(
    function fitMapToPlaces() {
      const bounds = boundsOf(places.map((place) => place.geometry.coordinates));
      if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, animate: false });
    },
    [map, places],
  );
  return null;
}
