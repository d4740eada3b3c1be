import { useSheetLayout } from '../sheet/use-sheet-layout';
import { useDalil } from '../store/use-dalil';
import { selectPlaces } from '../store/selectors';
import { PlaceMarker } from './PlaceMarker';

export function PlaceMarkers() {
  const places = useDalil(selectPlaces);
  const sheetLayout = useSheetLayout();
  return places.map((place) => (
    <PlaceMarker key={place.properties.id} place={place} sheetLayout={sheetLayout} />
  ));
}
