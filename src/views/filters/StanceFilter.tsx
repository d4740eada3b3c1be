import { STANCES } from '../../../geo/contract';
import { StanceBadge } from '../claims/StanceBadge';
import { useDalil } from '../hooks/use-dalil';
import { useClaimStrings } from '../hooks/use-strings';
import { FilterChecks } from './FilterChecks';

/** A checkbox per stance: reported, confirmed, denied… All checked means no filter. */
export function StanceFilter() {
  const t = useClaimStrings();
  const selected = useDalil((state) => state.filters.stances);
  const toggleStance = useDalil((state) => state.toggleStance);
  return (
    <FilterChecks
      legend={t.stanceLegend}
      name="stance"
      items={STANCES}
      selected={selected}
      toggle={toggleStance}
      label={(stance) => (
        <>
          <StanceBadge stance={stance} />
          {/* How the arcs draw this stance: the filter doubles as the arcs' legend. */}
          <span className={`stance-line stance-line--${stance}`} aria-hidden="true" />
        </>
      )}
    />
  );
}
