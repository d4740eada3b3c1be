import { useClaimStrings } from '../hooks/use-strings';
import { formatCount } from '../../i18n/locale';
import { selectHiddenQuoteCount } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';

/**
 * Under a place's evidence while filters apply: how many of its sentences they hide, and the way back to
 * all of them. Nothing disappears without the reader being told.
 */
export function HiddenByFilters({ placeId }: { placeId: string }) {
  const t = useClaimStrings();
  const language = useDalil((state) => state.language);
  const hidden = useDalil(selectHiddenQuoteCount(placeId));
  const resetFilters = useDalil((state) => state.resetFilters);
  if (hidden === 0) return null;
  return (
    <p className="hidden-by-filters">
      {t.hiddenByFilters(formatCount(hidden, language))}{' '}
      <button type="button" className="link-button" onClick={resetFilters}>
        {t.resetFilters}
      </button>
    </p>
  );
}
