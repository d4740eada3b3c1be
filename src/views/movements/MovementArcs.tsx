import { mentionCountOf } from '../../../geo/split-dataset';
import { useDeferredValue, useMemo } from 'react';
import { latLng, type LatLngTuple } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Box } from '../../model/labels-declutter';
import { markerStyle } from '../../model/marker-style';
import { crowdedOut } from '../../model/target-spacing';
import { useClaimStrings } from '../hooks/use-strings';
import { selectMovements } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { latLngOf } from '../common/lat-lng';
import { targetSide } from '../map/place-icon';
import { CLUSTER_TARGET_PX, MIN_TARGET_PX } from '../map/targets';
import { useMapItems } from '../map/use-map-items';
import type { Movement } from '../../model/movements';
import { MovementArc } from './MovementArc';
import { arcGeometry } from './arc-geometry';
import './movements.css';

const NO_MOVEMENTS: readonly Movement[] = [];

/**
 * Every movement the filters leave, as an arc on the map. An arrowhead that would crowd a marker or an
 * arrowhead before it at this zoom is left off its arc, so no two targets cover each other.
 *
 * The arcs follow the places by a frame: they are drawn in a render of their own after the markers are
 * on screen (at load, and after a filter change or a move), so the reader sees the places first.
 */
export function MovementArcs() {
  const t = useClaimStrings();
  const map = useMap();
  const language = useDalil((state) => state.language);
  const movements = useDeferredValue(useDalil(selectMovements), NO_MOVEMENTS);
  const current = useMapItems();
  const zoom = useDeferredValue(current.zoom);
  const items = useDeferredValue(current.items);
  const places = useDeferredValue(current.places);

  const crowded = useMemo(() => {
    const box = (at: LatLngTuple, side: number): Box => {
      const { x, y } = map.project(latLng(at), zoom);
      return { x, y, width: side, height: side };
    };
    const markers = items.flatMap((item): Box[] => {
      if (item.type === 'cluster') return [box(latLngOf(item.lngLat), CLUSTER_TARGET_PX)];
      const place = places.get(item.id);
      if (!place) return [];
      const style = markerStyle(place.properties.kind, mentionCountOf(place));
      return [box(latLngOf(place.geometry.coordinates), targetSide(style.size))];
    });
    const heads = movements.map((m) => box(arcGeometry(m).middle, MIN_TARGET_PX));
    return crowdedOut(markers, heads, MIN_TARGET_PX);
  }, [map, zoom, items, places, movements]);

  // The same elements while nothing they show changed: a render for the places alone leaves the arcs be.
  return useMemo(
    () =>
      movements.map((movement, i) => (
        <MovementArc
          key={movement.claim.id}
          movement={movement}
          crowded={crowded.has(i)}
          t={t}
          language={language}
        />
      )),
    [movements, crowded, t, language],
  );
}
