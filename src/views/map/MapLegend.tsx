import { useClaimStrings } from '../hooks/use-strings';
import { useStrings } from '../hooks/use-strings';
import { LEGEND_KINDS } from '../../model/marker-style';

/**
 * What each marker shape means (over the map, or `inline` in the embed's footer), drawn with the
 * markers' own CSS classes so the two never disagree.
 */
export function MapLegend({ variant = 'overlay' }: { variant?: 'overlay' | 'inline' }) {
  const t = useStrings();
  const c = useClaimStrings();
  return (
    <section className={`map-legend map-legend--${variant}`} aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="map-legend__title">
        {t.legendTitle}
      </h2>
      <ul className="map-legend__items">
        {LEGEND_KINDS.map((kind) => (
          <li key={kind} className="map-legend__item">
            <span className={`map-legend__swatch place-marker place-marker--${kind}`} aria-hidden="true">
              <span className="place-marker__shape" />
            </span>
            {t.kinds[kind]}
          </li>
        ))}
        <li className="map-legend__item">
          <span className="map-legend__swatch movement-swatch" aria-hidden="true" />
          {c.movementLegend}
        </li>
      </ul>
    </section>
  );
}
