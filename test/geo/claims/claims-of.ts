/** Claims of a made-up article: the text geoparsed with the small test gazetteer, then read for claims. */
import type { Article, Claim } from '../../../geo/contract';
import { extractClaims, type ArticleClaims } from '../../../geo/claims/extract-claims';
import { geoparse } from '../../../geo/geoparse';
import { smallGazetteer } from '../small-gazetteer';

const gazetteer = smallGazetteer();

export function article(text: string, published = '2015-09-15'): Article {
  return { id: 't', title: null, published, language: 'ar', outlet: null, url: null, note: null, text };
}

export function extractFrom(text: string, published = '2015-09-15'): ArticleClaims {
  const a = article(text, published);
  const placeName = (id: string) => gazetteer.byId.get(id)?.name ?? null;
  return extractClaims(a, geoparse(text, a.id, gazetteer).features, { placeName });
}

export function claimsOf(text: string, published = '2015-09-15'): Claim[] {
  return extractFrom(text, published).claims;
}

/** The one claim of a one-claim text. */
export function claimOf(text: string, published = '2015-09-15'): Claim {
  const claims = claimsOf(text, published);
  if (claims.length !== 1) throw new Error(`expected one claim, found ${claims.length} in: ${text}`);
  return claims[0]!;
}
