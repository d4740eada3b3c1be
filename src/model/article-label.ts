import type { Article } from '../../geo/contract';

/** About how many characters of the opening stand in for a missing headline. */
export const OPENING_LENGTH = 60;

/**
 * What names an article in a list: its headline, or when the source has none, its opening words exactly
 * as written, cut at a word boundary and followed by "…". Nothing is invented or translated.
 */
export function articleLabel(article: Pick<Article, 'title' | 'text'>): string {
  if (article.title !== null) return article.title;
  const body = article.text.trimStart();
  const firstLine = body.split('\n', 1)[0] ?? '';
  if (firstLine.length <= OPENING_LENGTH) return firstLine.length < body.length ? `${firstLine}…` : firstLine;
  const lastSpace = firstLine.lastIndexOf(' ', OPENING_LENGTH);
  const cut = lastSpace > OPENING_LENGTH / 2 ? lastSpace : OPENING_LENGTH;
  return `${firstLine.slice(0, cut).trimEnd()}…`;
}
