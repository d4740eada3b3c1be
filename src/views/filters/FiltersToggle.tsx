import { PanelToggle } from '../common/PanelToggle';
import { useClaimStrings } from '../hooks/use-strings';
import { formatCount } from '../../i18n/locale';
import { selectClaimTotal, selectVisibleClaims } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { isFiltering } from '../../model/filters';

export const FILTERS_PANEL_ID = 'filters-panel';

/** The header button that opens the filters; while filters apply it also says how many claims are left. */
export function FiltersToggle() {
  const t = useClaimStrings();
  const shown = useDalil((state) => state.filtersShown);
  const filtering = useDalil((state) => isFiltering(state.filters) && state.evidence.status === 'ready');
  const shownCount = useDalil((state) => selectVisibleClaims(state).length);
  const total = useDalil(selectClaimTotal);
  const language = useDalil((state) => state.language);
  const showFilters = useDalil((state) => state.showFilters);
  const hideFilters = useDalil((state) => state.hideFilters);
  return (
    <PanelToggle
      block="filters-toggle"
      controls={FILTERS_PANEL_ID}
      shown={shown}
      show={showFilters}
      hide={hideFilters}
    >
      {t.filtersToggle}
      {filtering && (
        <span className="filters-toggle__count">
          {formatCount(shownCount, language)}/{formatCount(total, language)}
        </span>
      )}
    </PanelToggle>
  );
}
