import { ACTIVITY_KINDS } from '../../../geo/contract';
import { useClaimStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';

/** A checkbox per activity kind, with the colour of its arcs; all checked means no filter. */
export function ActivityFilter() {
  const t = useClaimStrings();
  const selected = useDalil((state) => state.filters.activities);
  const toggleActivity = useDalil((state) => state.toggleActivity);
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t.activityLegend}</legend>
      {ACTIVITY_KINDS.map((kind) => {
        const checked = selected === null || selected.includes(kind);
        return (
          <label key={kind} className={`filter-option activity--${kind}`}>
            <input
              type="checkbox"
              name="activity"
              value={kind}
              checked={checked}
              // The last one checked stays: an empty filter would show nothing.
              disabled={checked && selected?.length === 1}
              onChange={() => toggleActivity(kind)}
            />
            <span className="claim__swatch" aria-hidden="true" />
            {t.activities[kind]}
          </label>
        );
      })}
    </fieldset>
  );
}
