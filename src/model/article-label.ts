import { openingWords } from '../../geo/contract';

export { OPENING_LENGTH } from '../../geo/contract';

/**
 * What names an article in a list: its headline, or when the source has none, its opening words exactly
 * as written, cut at a word boundary and followed by "…" (`openingWords`; the dataset gives them as `lead`
 * when the text lies in a chunk not read yet). Nothing is invented or translated.
 */
export function articleLabel(
  article: { title: string | null } & ({ lead: string | null } | { text: string }),
): string {
  if (article.title !== null) return article.title;
  return 'text' in article ? openingWords(article.text) : (article.lead ?? '');
}
