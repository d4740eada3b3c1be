import { selectPlacesOutsideView } from '../../store/map-selectors';
import { useDalil } from '../hooks/use-dalil';
import { useMapStrings } from '../hooks/use-strings';
import { useSheetLayout } from '../hooks/use-sheet-layout';

/** How many places outside the view are named; the list view holds them all. */
const LISTED = 6;

/**
 * The places on the map that the view leaves out (the theatre's frame keeps a far venue or a capital off
 * screen), each one click away (on a phone, once the list is unfolded): choosing one brings it into view
 * with its evidence.
 */
export function OutsideView() {
  const t = useMapStrings();
  const language = useDalil((state) => state.language);
  const places = useDalil(selectPlacesOutsideView);
  const selectPlace = useDalil((state) => state.selectPlace);
  // On a phone the list folds away under its count, so the legend leaves the map its room.
  const folded = useSheetLayout();
  if (places.length === 0) return null;
  return (
    <details className="outside-view" open={!folded}>
      <summary className="outside-view__title">{t.outsideTitle(places.length)}</summary>
      <ul className="outside-view__places">
        {places.slice(0, LISTED).map((place) => (
          <li key={place.properties.id}>
            <button
              type="button"
              className="outside-view__place"
              data-place-id={place.properties.id}
              onClick={() => selectPlace(place.properties.id)}
            >
              {place.properties.name[language]}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
