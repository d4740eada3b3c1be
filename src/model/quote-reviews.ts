import type { Review } from '../../geo/contract';
import { mentionDetailOf, type ArticleDetail } from '../../geo/listed-dataset';

/**
 * The editors' reviews of the names of `placeId` marked in one quote, read from its article's detail
 * (which comes with its text); empty for an automatic reading, or while the detail is not at hand.
 */
export function quoteReviews(
  detail: ArticleDetail | undefined,
  placeId: string,
  names: readonly { start: number }[],
): Review[] {
  return names.flatMap(({ start }) => {
    const review = mentionDetailOf(detail, placeId, start)?.review;
    return review ? [review] : [];
  });
}
