import { isFiltering } from '../../model/filters';
import { selectMovements, selectVisiblePlaces } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { useClaimStrings } from '../hooks/use-strings';

/**
 * Said over the map, in the embed too, when the filters leave nothing on it (a narrow link, a range with
 * no claims): an empty map never passes for a map with nothing to report. One press clears the filters.
 */
export function NothingMatches() {
  const t = useClaimStrings();
  const empty = useDalil(
    (state) =>
      state.status === 'ready' &&
      isFiltering(state.filters) &&
      selectVisiblePlaces(state).length === 0 &&
      selectMovements(state).length === 0,
  );
  const resetFilters = useDalil((state) => state.resetFilters);
  if (!empty) return null;
  return (
    <div className="nothing-matches" role="status">
      <p className="nothing-matches__text">{t.nothingMatches}</p>
      <button type="button" className="nothing-matches__reset" onClick={resetFilters}>
        {t.resetFilters}
      </button>
    </div>
  );
}
