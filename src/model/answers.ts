/**
 * A place's quotes and the answers to them: an article that reports a buildup often reports its denial
 * in another sentence ("Russia denied strengthening its presence in Syria"). So that both are read side by
 * side, a place's evidence also lists, per article, the denials and non-comments that bear on it: those
 * that answer one of its claims (`respondsTo`), and those that name the place itself or the country it
 * lies in (a denial about Syria covers the air base in Latakia).
 */
import type { ListedClaim, ListedDataset, ListedPlaceFeature } from '../../geo/split-dataset';
import { indexClaims } from './claim-index';

const ANSWER_STANCES: ReadonlySet<ListedClaim['stance']> = new Set(['denied', 'no-comment']);

/** The country a place lies in, when the dataset has it as a place (by ISO code); null for countries. */
export function countryOf(place: ListedPlaceFeature, dataset: ListedDataset): ListedPlaceFeature | null {
  const { iso2, kind } = place.properties;
  if (iso2 === null || kind === 'country') return null;
  return (
    dataset.places.features.find((f) => f.properties.kind === 'country' && f.properties.iso2 === iso2) ?? null
  );
}

/**
 * The answers in `articleId` that bear on `place` and are not among `shownClaimIds` (the claims already
 * under the place's quotes), in text order.
 */
export function answersInArticle(
  dataset: ListedDataset,
  place: ListedPlaceFeature,
  articleId: string,
  shownClaimIds: ReadonlySet<string>,
): ListedClaim[] {
  const covered = new Set([place.properties.id]);
  const country = countryOf(place, dataset);
  if (country) covered.add(country.properties.id);
  return (indexClaims(dataset).byArticle.get(articleId) ?? []).filter(
    (claim) =>
      ANSWER_STANCES.has(claim.stance) &&
      !shownClaimIds.has(claim.id) &&
      ((claim.respondsTo !== null && shownClaimIds.has(claim.respondsTo)) ||
        claim.places.some((p) => covered.has(p.placeId))),
  );
}
