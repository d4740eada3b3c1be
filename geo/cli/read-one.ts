/**
 * One article read for the build: its places, the editor's corrections of it, its claims. The same call
 * in the build's own thread and in each of its workers, so both read alike.
 */
import { LIMITS, type Article } from '../contract';
import { readArticle, readPlaces, type ArticleReading } from '../corrections/read-article';
import type { Correction } from '../corrections/schema';
import type { Gazetteer } from '../match/gazetteer';

/** More place mentions than an article may have: the claims are not read, and the build refuses it. */
export const tooManyMentions = (mentions: number) => mentions > LIMITS.mentionsPerArticle;

/** `article` read with `corrections` (those of other articles change nothing). */
export const readOne = (
  article: Article,
  corrections: readonly Correction[],
  gazetteer: Gazetteer,
): ArticleReading =>
  readArticle(article, readPlaces(article, gazetteer), gazetteer, corrections, tooManyMentions);
