/**
 * One article read for the build: its places, the editor's corrections of it, its claims, checked against
 * the contract as a dataset of its own. The same call in the build's own thread and in each of its
 * workers, so both read alike, and the checks run on every core; the cache keeps readings so checked.
 */
import { parseDataset, SCHEMA_VERSION, tooManyMentions, type Article } from '../contract';
import { readArticle, readPlaces, type ArticleReading } from '../corrections/read-article';
import type { Correction } from '../corrections/schema';
import type { Gazetteer } from '../match/gazetteer';

/**
 * `article` read with `corrections` (those of other articles change nothing). Throws when the reading
 * breaks the contract, naming the article and what is wrong: the build then writes nothing.
 */
export function readOne(
  article: Article,
  corrections: readonly Correction[],
  gazetteer: Gazetteer,
): ArticleReading {
  const reading = readArticle(
    article,
    readPlaces(article, gazetteer),
    gazetteer,
    corrections,
    // Too many mentions: the claims are not read, and the build refuses the article.
    tooManyMentions,
  );
  const checked = parseDataset({
    schemaVersion: SCHEMA_VERSION,
    articles: [article],
    places: { type: 'FeatureCollection', features: reading.features },
    unresolved: reading.unresolved,
    claims: reading.claims,
  });
  if (!checked.ok)
    throw new Error(`the reading of ${article.id} breaks the contract:\n  ${checked.problems.join('\n  ')}`);
  return reading;
}
