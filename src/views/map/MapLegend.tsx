import { useClaimStrings, useMapStrings, useStrings } from '../hooks/use-strings';
import { LEGEND_KINDS } from '../../model/marker-style';
import { MARKER_ROLES } from '../../store/map-selectors';
import { useSheetLayout } from '../hooks/use-sheet-layout';
import { OutsideView } from './OutsideView';

/**
 * What each marker shape, fill and grouping means (over the map, or `inline` in the embed's footer),
 * drawn with the markers' own CSS classes so the two never disagree; and the places outside the view.
 * On a phone the key over the map folds away under its title, so it leaves the markers their room.
 */
export function MapLegend({ variant = 'overlay' }: { variant?: 'overlay' | 'inline' }) {
  const t = useStrings();
  const folded = useSheetLayout() && variant === 'overlay';
  return (
    <section className={`map-legend map-legend--${variant}`} aria-labelledby="map-legend-title">
      {folded ? (
        <details className="map-legend__fold">
          <summary id="map-legend-title" className="map-legend__title">
            {t.legendTitle}
          </summary>
          <LegendItems />
        </details>
      ) : (
        <>
          <h2 id="map-legend-title" className="map-legend__title">
            {t.legendTitle}
          </h2>
          <LegendItems />
        </>
      )}
      <OutsideView />
    </section>
  );
}

/** The marker kinds, the roles, a cluster and a movement, each beside its swatch. */
function LegendItems() {
  const t = useStrings();
  const c = useClaimStrings();
  const m = useMapStrings();
  return (
    <>
      <ul className="map-legend__items">
        {LEGEND_KINDS.map((kind) => (
          <li key={kind} className="map-legend__item">
            <span className={`map-legend__swatch place-marker place-marker--${kind}`} aria-hidden="true">
              <span className="place-marker__shape" />
            </span>
            {t.kinds[kind]}
          </li>
        ))}
      </ul>
      <ul className="map-legend__items map-legend__roles">
        {MARKER_ROLES.map((role) => (
          <li key={role} className="map-legend__item" data-role={role}>
            <span
              className={`map-legend__swatch place-marker place-marker--settlement place-marker--${role}`}
              aria-hidden="true"
            >
              <span className="place-marker__shape" />
            </span>
            {m.roles[role]}
          </li>
        ))}
        <li className="map-legend__item">
          <span className="map-legend__swatch place-cluster" aria-hidden="true">
            <span className="place-cluster__count">3</span>
          </span>
          {m.clusterLegend}
        </li>
        <li className="map-legend__item">
          <span className="map-legend__swatch movement-swatch" aria-hidden="true" />
          {c.movementLegend}
        </li>
      </ul>
    </>
  );
}
