/**
 * The map's data made from the desk's project, as the build makes it from geo/articles: the same contract,
 * checked before it is offered, so what the desk publishes the app reads.
 */
import { parseDataset, SCHEMA_VERSION, type Article, type Dataset } from '../../../geo/contract';
import type { ArticleReading } from '../../../geo/corrections/read-article';
import { mergeArticlePlaces } from '../../../geo/merge-places';

export function datasetOf(
  articles: readonly Article[],
  readings: Readonly<Record<string, ArticleReading>>,
): { ok: true; dataset: Dataset } | { ok: false; problems: string[] } {
  const read = articles.map((a) => readings[a.id]);
  if (read.some((r) => r === undefined))
    return { ok: false, problems: ['some articles are still being read'] };
  const done = read as ArticleReading[];
  return parseDataset({
    schemaVersion: SCHEMA_VERSION,
    articles,
    places: { type: 'FeatureCollection', features: mergeArticlePlaces(done.map((r) => r.features)) },
    unresolved: done.flatMap((r) => r.unresolved),
    claims: done.flatMap((r) => r.claims),
  });
}
