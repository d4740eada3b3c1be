import { useStrings } from '../i18n/use-strings';
import { useDalil } from '../store/use-dalil';
import { PLACE_LIST_ID } from './PlaceList';

/** The header button that shows and hides the list view: a toggle, pressed while the list is shown. */
export function ListToggle() {
  const t = useStrings();
  const shown = useDalil((state) => state.listShown);
  const showList = useDalil((state) => state.showList);
  const hideList = useDalil((state) => state.hideList);
  return (
    <button
      type="button"
      className="list-toggle"
      aria-pressed={shown}
      aria-controls={PLACE_LIST_ID}
      onClick={shown ? hideList : showList}
    >
      <span className="list-toggle__icon" aria-hidden="true" />
      {t.listToggle}
    </button>
  );
}
