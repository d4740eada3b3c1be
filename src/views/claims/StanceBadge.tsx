import type { Stance } from '../../../geo/contract';
import { useClaimStrings } from '../hooks/use-strings';

/** A mark for each stance, beside its name: the name carries the meaning, the mark helps the eye. */
const STANCE_MARKS: Record<Stance, string> = {
  reported: '•',
  confirmed: '✓',
  accused: '!',
  denied: '✕',
  planned: '→',
  speculative: '?',
  'no-comment': '…',
};

export function StanceBadge({ stance }: { stance: Stance }) {
  const t = useClaimStrings();
  return (
    <span className={`stance stance--${stance}`}>
      <span className="stance__mark" aria-hidden="true">
        {STANCE_MARKS[stance]}
      </span>
      {t.stances[stance]}
    </span>
  );
}
