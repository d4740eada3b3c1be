import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useReducedMotion } from '../hooks/use-reduced-motion';
import { selectPlaceById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { latLngOf } from '../common/lat-lng';

/**
 * The part of the map a selected place should stand in while the bottom sheet covers the rest, as
 * fractions of the map's height from the top. Above it the header is close; below it, the sheet.
 */
const CLEAR_TOP = 0.08;
const CLEAR_BOTTOM = 0.36;
/** Where a place outside that band is brought to: a quarter of the way down. */
const TARGET_Y = 0.22;

/**
 * With the bottom sheet (narrow screens), brings the selected place into the strip of map the sheet
 * leaves clear, so the reader sees which marker the evidence belongs to. Leaflet popups pan themselves
 * into view; the sheet is not part of the map, so this does it instead.
 */
export function RevealSelection() {
  const map = useMap();
  const reducedMotion = useReducedMotion();
  const placeId = useDalil((state) => state.selectedPlaceId);
  const place = useDalil(selectPlaceById(placeId ?? ''));

  useEffect(
    function panPlaceAboveSheet() {
      if (!place) return;
      const size = map.getSize();
      const point = map.latLngToContainerPoint(latLngOf(place.geometry.coordinates));
      const margin = Math.min(40, size.x / 8);
      const clear =
        point.x >= margin &&
        point.x <= size.x - margin &&
        point.y >= size.y * CLEAR_TOP &&
        point.y <= size.y * CLEAR_BOTTOM;
      if (clear) return;
      map.panBy([point.x - size.x / 2, point.y - size.y * TARGET_Y], { animate: !reducedMotion });
    },
    [map, place, reducedMotion],
  );
  return null;
}
