import { useClaimStrings } from '../hooks/use-strings';
import { selectMovements } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { MovementArc } from './MovementArc';
import './movements.css';

/** Every movement the filters leave, as an arc on the map. */
export function MovementArcs() {
  const t = useClaimStrings();
  const language = useDalil((state) => state.language);
  const movements = useDalil(selectMovements);
  return movements.map((movement) => (
    <MovementArc key={movement.claim.id} movement={movement} t={t} language={language} />
  ));
}
