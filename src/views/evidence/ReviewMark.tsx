import type { Review } from '../../../geo/contract';
import { formatPublished } from '../../i18n/format-date';
import { useStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';

/**
 * The discreet mark on a quote whose place an editor checked: one line, its details (who, when, their
 * note) on demand. Corrected outranks verified when a sentence holds both. Names and notes are shown as text.
 */
export function ReviewMark({ reviews }: { reviews: readonly Review[] }) {
  const strings = useStrings();
  const language = useDalil((state) => state.language);
  if (reviews.length === 0) return null;
  const state = reviews.some((r) => r.state === 'corrected') ? 'corrected' : 'verified';
  return (
    <details className="review-mark" data-review={state}>
      <summary>{strings.reviewed[state]}</summary>
      <ul>
        {reviews.map((review, k) => (
          <li key={k}>
            <bdi>{review.by}</bdi>
            {strings.reviewedOn(formatPublished(review.at.slice(0, 10), language))}
            {review.note !== null && (
              <>
                {' · '}
                <bdi>{review.note}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
