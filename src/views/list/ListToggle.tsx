import { PanelToggle } from '../common/PanelToggle';
import { useStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';
import { PLACE_LIST_ID } from './PlaceList';

/** The header button that shows and hides the list view: a toggle, pressed while the list is shown. */
export function ListToggle() {
  const t = useStrings();
  const shown = useDalil((state) => state.listShown);
  const showList = useDalil((state) => state.showList);
  const hideList = useDalil((state) => state.hideList);
  return (
    <PanelToggle block="list-toggle" controls={PLACE_LIST_ID} shown={shown} show={showList} hide={hideList}>
      {t.listToggle}
    </PanelToggle>
  );
}
