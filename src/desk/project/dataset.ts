/**
 * The map's data made from the desk's project, as the build makes it from geo/articles: the same contract,
 * checked before it is offered, so what the desk publishes the app reads. An editor may publish all the
 * evidence or only what a person has checked.
 */
import {
  parseDataset,
  SCHEMA_VERSION,
  type Article,
  type Claim,
  type Dataset,
  type PlaceFeature,
} from '../../../geo/contract';
import type { ArticleReading } from '../../../geo/corrections/read-article';
import { mergeArticlePlaces } from '../../../geo/merge-places';

/** All the evidence, or only the mentions and claims an editor verified or corrected. */
export type Evidence = 'all' | 'verified';

export type MadeDataset = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

export function datasetOf(
  articles: readonly Article[],
  readings: Readonly<Record<string, ArticleReading>>,
  evidence: Evidence = 'all',
): MadeDataset {
  const read = articles.map((a) => readings[a.id]);
  if (read.some((r) => r === undefined))
    return { ok: false, problems: ['some articles are still being read'] };
  const done = read as ArticleReading[];
  const features = mergeArticlePlaces(done.map((r) => r.features));
  const claims = done.flatMap((r) => r.claims);
  const checked = evidence === 'verified' ? onlyReviewed(features, claims) : { features, claims };
  return parseDataset({
    schemaVersion: SCHEMA_VERSION,
    articles,
    places: { type: 'FeatureCollection', features: checked.features },
    unresolved: done.flatMap((r) => r.unresolved),
    claims: checked.claims,
  });
}

/**
 * The places with only their reviewed mentions (a place left with none goes), and the reviewed claims,
 * each keeping only the places still on the map: its origin or destination and the claim it answers are
 * dropped with them, never pointed elsewhere.
 */
function onlyReviewed(
  features: readonly PlaceFeature[],
  claims: readonly Claim[],
): { features: PlaceFeature[]; claims: Claim[] } {
  const kept = features.flatMap((feature) => {
    const mentions = feature.properties.mentions.filter((m) => m.review !== undefined);
    return mentions.length > 0 ? [{ ...feature, properties: { ...feature.properties, mentions } }] : [];
  });
  const mentionKeys = new Set(
    kept.flatMap((f) => f.properties.mentions.map((m) => `${f.properties.id}@${m.articleId}:${m.start}`)),
  );
  const reviewed = claims.filter((c) => c.review !== undefined);
  const claimIds = new Set(reviewed.map((c) => c.id));
  return {
    features: kept,
    claims: reviewed.map((claim) => {
      const places = claim.places.filter((p) =>
        mentionKeys.has(`${p.placeId}@${claim.articleId}:${p.start}`),
      );
      const onMap = (id: string | null) => (id !== null && places.some((p) => p.placeId === id) ? id : null);
      return {
        ...claim,
        places,
        from: onMap(claim.from),
        to: onMap(claim.to),
        respondsTo: claim.respondsTo !== null && claimIds.has(claim.respondsTo) ? claim.respondsTo : null,
      };
    }),
  };
}
