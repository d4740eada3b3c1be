import { useId } from 'react';
import { useClaimStrings } from '../hooks/use-strings';
import { selectMovements } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { movementLabel } from './movement-label';
import { ReadInContext } from '../common/ReadInContext';

/** The arcs in words: each movement the filters leave, and the way to its sentence. */
export function MovementList() {
  const t = useClaimStrings();
  const id = useId();
  const language = useDalil((state) => state.language);
  const movements = useDalil(selectMovements);
  return (
    <section className="movement-list" aria-labelledby={id}>
      <h3 id={id} className="movement-list__title">
        {t.movementsTitle}
      </h3>
      {movements.length === 0 ? (
        <p className="movement-list__empty">{t.noMovements}</p>
      ) : (
        <ul className="movement-list__items">
          {movements.map((movement) => {
            const { claim } = movement;
            const kind = claim.activities[0];
            return (
              <li
                key={claim.id}
                className={`movement-list__item claim--${claim.stance}${kind ? ` activity--${kind}` : ''}`}
                data-claim-id={claim.id}
              >
                <span className="claim__swatch" aria-hidden="true" />
                <span>{movementLabel(movement, t, language)}</span>{' '}
                <ReadInContext articleId={claim.articleId} quoteStart={claim.quote.start} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
