import { useCallback, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useSheetLayout } from '../hooks/use-sheet-layout';
import { useDalil } from '../hooks/use-dalil';
import { selectPlaceRoles } from '../../store/claim-selectors';
import { markerRoleOf } from '../../store/map-selectors';
import { ClusterMarker } from './ClusterMarker';
import { PlaceMarker } from './PlaceMarker';
import { useMapItems } from './use-map-items';
import { focusMarkerOf } from './focus-marker';

/**
 * The places the filters leave, each on its own where it stands apart and gathered into clusters where it
 * does not; each marker says by its fill whether the place is a site, a venue or only an actor.
 */
export function PlaceMarkers() {
  const map = useMap();
  const { items, places } = useMapItems();
  const roles = useDalil(selectPlaceRoles);
  const sheetLayout = useSheetLayout();
  // The places of a cluster opened from the keyboard: focus goes to the first of them once drawn.
  const focusNext = useRef<readonly string[] | null>(null);
  const onOpen = useCallback(
    (placeIds: readonly string[]) => {
      const active = document.activeElement;
      focusNext.current = active && map.getContainer().contains(active) ? placeIds : null;
    },
    [map],
  );

  useEffect(
    function followOpenedCluster() {
      if (focusNext.current && focusMarkerOf(map.getContainer(), focusNext.current[0]!))
        focusNext.current = null;
    },
    [map, items],
  );

  return items.map((item) => {
    if (item.type === 'cluster')
      return (
        <ClusterMarker
          key={`cluster:${item.placeIds.join(' ')}`}
          cluster={item}
          places={places}
          onOpen={onOpen}
        />
      );
    const place = places.get(item.id);
    if (!place) return null;
    return (
      <PlaceMarker
        key={item.id}
        place={place}
        sheetLayout={sheetLayout}
        role={markerRoleOf(roles.get(item.id))}
      />
    );
  });
}
