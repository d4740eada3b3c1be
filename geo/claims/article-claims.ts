/**
 * The claims of one article as the build reads them: on the places and the reading the geoparser handed
 * back (geoparseArticle), with the gazetteer's names of places, so a state that speaks through its capital
 * is named. The build, the claims command and the claims report all go through here.
 */
import type { PlaceFeature } from '../contract';
import type { GeoparseResult } from '../geoparse';
import type { Gazetteer } from '../match/gazetteer';
import type { Reading } from '../text/reading';
import { extractClaims, type ArticleClaims, type ClaimedArticle } from './extract-claims';
import { withRoles } from './mention-roles';

/** What geoparseArticle hands back: the places and the reading they were found in. */
export type Geoparsed = GeoparseResult & { reading: Reading | null };

/** The claims of `article`, read on `parsed`, its places found with `gazetteer`. */
export function claimsOfArticle(
  article: ClaimedArticle,
  parsed: Geoparsed,
  gazetteer: Gazetteer,
): ArticleClaims {
  const placeName = (id: string) => gazetteer.byId.get(id)?.name ?? null;
  return extractClaims(article, parsed.features, { placeName, reading: parsed.reading });
}

/** The article's places and claims as the dataset holds them: each mention with its role. */
export function placesAndClaims(
  article: ClaimedArticle,
  parsed: Geoparsed,
  gazetteer: Gazetteer,
): { places: PlaceFeature[]; claims: ArticleClaims['claims'] } {
  const { claims, roles } = claimsOfArticle(article, parsed, gazetteer);
  return { places: withRoles(parsed.features, roles), claims };
}
