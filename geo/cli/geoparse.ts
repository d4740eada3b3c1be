/**
 * `npm run --silent geoparse -- FILE`: prints a GeoJSON FeatureCollection of the places in one article
 * file to stdout, one Point feature per distinct place. The file may carry a metadata header (offsets
 * are then into the body) or be plain text (offsets into the whole file). Errors go to stderr, exit 1.
 */
import { basename } from 'node:path';
import { ArticleError, hasHeader, parseArticle } from '../article';
import { defaultGazetteer } from '../match/default-gazetteer';
import { geoparse } from '../geoparse';
import { runAsScript, type Io } from './command';
import { readTextFile } from './read-text-file';

export function main(args: string[], io: Io): number {
  const file = args[0];
  if (!file || args.length > 1) {
    io.err('usage: npm run --silent geoparse -- FILE\n');
    return 2;
  }
  try {
    const content = readTextFile(file);
    const article = hasHeader(content)
      ? parseArticle(content, file)
      : {
          id:
            basename(file)
              .replace(/\.[^.]*$/, '')
              .replace(/[^A-Za-z0-9_-]/g, '_') || 'article',
          text: content,
        };
    const { features } = geoparse(article.text, article.id, defaultGazetteer());
    io.out(JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
    return 0;
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    io.err(`geoparse: ${error.message}\n`);
    return 1;
  }
}

runAsScript(import.meta.url, main);
