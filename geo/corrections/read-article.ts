/**
 * One article read whole, as the build and the desk both read it: its places, the editor's corrections
 * applied to them, then its claims on the corrected places, each mention's role from those claims, and
 * the editor's corrections of the claims.
 * One code path: the desk runs this in a worker, the build in Node.
 */
import type { Article, Claim, PlaceFeature, Unresolved } from '../contract';
import { placesAndClaims, type Geoparsed } from '../claims/article-claims';
import { geoparseArticle } from '../geoparse';
import type { Gazetteer } from '../match/gazetteer';
import { applyClaimCorrections } from './apply-claims';
import { applyPlaceCorrections, type StaleCorrection } from './apply-places';
import type { Correction } from './schema';

export interface ArticleReading {
  features: PlaceFeature[];
  unresolved: Unresolved[];
  claims: Claim[];
  /** The corrections applied, and those that could not be. */
  applied: Correction[];
  stale: StaleCorrection[];
  mentions: number;
}

/** The geoparser's own reading, before any correction: what the desk keeps so a decision re-reads fast. */
export type PlacesReading = Geoparsed;

export const readPlaces = (article: Article, gazetteer: Gazetteer): PlacesReading =>
  geoparseArticle(article.text, article.id, gazetteer);

/**
 * The article's reading with `corrections` applied, from its places as the geoparser read them.
 * `tooMany`, when it says so, stops before the claims are read (an article far larger than news).
 */
export function readArticle(
  article: Article,
  places: PlacesReading,
  gazetteer: Gazetteer,
  corrections: readonly Correction[],
  tooMany: (mentions: number) => boolean = () => false,
): ArticleReading {
  const corrected = applyPlaceCorrections(article, places, corrections, (id) => gazetteer.byId.get(id));
  const mentions = corrected.features.reduce((n, f) => n + f.properties.mentions.length, 0);
  const base = {
    unresolved: corrected.unresolved,
    applied: corrected.applied,
    stale: corrected.stale,
    mentions,
  };
  if (tooMany(mentions)) return { ...base, features: corrected.features, claims: [] };
  const read = placesAndClaims(article, { ...places, features: corrected.features }, gazetteer);
  const claims = applyClaimCorrections(article, read.claims, corrections, read.places);
  return {
    ...base,
    features: claims.features,
    claims: claims.claims,
    applied: [...base.applied, ...claims.applied],
    stale: [...base.stale, ...claims.stale],
  };
}
