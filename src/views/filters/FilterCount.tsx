import { useClaimStrings } from '../hooks/use-strings';
import { formatCount } from '../../i18n/locale';
import { selectClaimTotal, selectVisibleClaims } from '../../store/claim-selectors';
import { selectMapPlaceCount } from '../../store/map-selectors';
import { useDalil } from '../hooks/use-dalil';

/** "Showing N of M claims · K places", announced politely as the filters change. */
export function FilterCount() {
  const t = useClaimStrings();
  const language = useDalil((state) => state.language);
  const shown = useDalil((state) => selectVisibleClaims(state).length);
  const total = useDalil(selectClaimTotal);
  const places = useDalil(selectMapPlaceCount);
  const format = (n: number) => formatCount(n, language);
  return (
    <p className="filter-count" role="status" data-shown={shown} data-total={total} data-places={places}>
      {t.showing(format(shown), format(total), format(places))}
    </p>
  );
}
