/**
 * The one file the geoparse and claims commands read: an article with its metadata header (offsets are
 * then into the body), or plain text (offsets into the whole file, its id made from the file's name).
 */
import { basename } from 'node:path';
import { hasHeader, parseArticle } from '../article';
import { readTextFile } from './read-text-file';

export interface ArticleFile {
  id: string;
  text: string;
  /** The day the header says the article was published; null for plain text. */
  published: string | null;
}

/** Reads `file`; throws an ArticleError naming it when it cannot be read or its header is bad. */
export function readArticleFile(file: string): ArticleFile {
  const content = readTextFile(file);
  if (hasHeader(content)) {
    const { id, text, published } = parseArticle(content, file);
    return { id, text, published };
  }
  const id =
    basename(file)
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9_-]/g, '_') || 'article';
  return { id, text: content, published: null };
}
