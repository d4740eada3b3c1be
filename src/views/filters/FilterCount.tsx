import { useClaimStrings } from '../hooks/use-strings';
import { formatCount } from '../../i18n/locale';
import { selectClaimTotal, selectVisibleClaims, selectVisiblePlaces } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';

/** "Showing N of M claims · K places", announced politely as the filters change. */
export function FilterCount() {
  const t = useClaimStrings();
  const language = useDalil((state) => state.language);
  const shown = useDalil((state) => selectVisibleClaims(state).length);
  const total = useDalil(selectClaimTotal);
  const places = useDalil((state) => selectVisiblePlaces(state).length);
  const format = (n: number) => formatCount(n, language);
  return (
    <p className="filter-count" role="status" data-shown={shown} data-total={total} data-places={places}>
      {t.showing(format(shown), format(total), format(places))}
    </p>
  );
}
