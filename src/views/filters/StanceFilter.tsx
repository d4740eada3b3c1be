import { STANCES } from '../../../geo/contract';
import { StanceBadge } from '../claims/StanceBadge';
import { useClaimStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';

/** A checkbox per stance: reported, confirmed, denied… All checked means no filter. */
export function StanceFilter() {
  const t = useClaimStrings();
  const selected = useDalil((state) => state.filters.stances);
  const toggleStance = useDalil((state) => state.toggleStance);
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t.stanceLegend}</legend>
      {STANCES.map((stance) => {
        const checked = selected === null || selected.includes(stance);
        return (
          <label key={stance} className="filter-option">
            <input
              type="checkbox"
              name="stance"
              value={stance}
              checked={checked}
              disabled={checked && selected?.length === 1}
              onChange={() => toggleStance(stance)}
            />
            <StanceBadge stance={stance} />
            {/* How the arcs draw this stance: the filter doubles as the arcs' legend. */}
            <span className={`stance-line stance-line--${stance}`} aria-hidden="true" />
          </label>
        );
      })}
    </fieldset>
  );
}
