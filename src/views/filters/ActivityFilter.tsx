import { ACTIVITY_KINDS } from '../../../geo/contract';
import { useDalil } from '../hooks/use-dalil';
import { useClaimStrings } from '../hooks/use-strings';
import { FilterChecks } from './FilterChecks';

/** A checkbox per activity kind, with the colour of its arcs; all checked means no filter. */
export function ActivityFilter() {
  const t = useClaimStrings();
  const selected = useDalil((state) => state.filters.activities);
  const toggleActivity = useDalil((state) => state.toggleActivity);
  return (
    <FilterChecks
      legend={t.activityLegend}
      name="activity"
      items={ACTIVITY_KINDS}
      selected={selected}
      toggle={toggleActivity}
      optionClassName={(kind) => `activity--${kind}`}
      label={(kind) => (
        <>
          <span className="claim__swatch" aria-hidden="true" />
          {t.activities[kind]}
        </>
      )}
    />
  );
}
