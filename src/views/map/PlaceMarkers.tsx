import { useSheetLayout } from '../hooks/use-sheet-layout';
import { useDalil } from '../hooks/use-dalil';
import { isQuiet, selectPlaceRoles, selectVisiblePlaces } from '../../store/claim-selectors';
import { PlaceMarker } from './PlaceMarker';

/** The places the filters leave; those named only as actors or context drawn quieter, when asked for. */
export function PlaceMarkers() {
  const places = useDalil(selectVisiblePlaces);
  const roles = useDalil(selectPlaceRoles);
  const sheetLayout = useSheetLayout();
  return places.map((place) => (
    <PlaceMarker
      key={place.properties.id}
      place={place}
      sheetLayout={sheetLayout}
      quiet={isQuiet(roles.get(place.properties.id))}
    />
  ));
}
