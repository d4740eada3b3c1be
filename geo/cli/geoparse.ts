/**
 * `npm run --silent geoparse -- FILE`: prints a GeoJSON FeatureCollection of the places in one article
 * file to stdout, one Point feature per distinct place. The file may carry a metadata header (offsets
 * are then into the body) or be plain text (offsets into the whole file). Errors go to stderr, exit 1.
 *
 * `npm run --silent geoparse -- --jsonl < docs.jsonl`: one document a line on stdin (`{"id", "text"}`,
 * jsonl.ts), one line `{"id", "features"}` a document on stdout, the features the one-file form gives
 * for that text; the gazetteer is loaded once.
 */
import { ArticleError } from '../article';
import { defaultGazetteer } from '../match/default-gazetteer';
import { geoparse } from '../geoparse';
import { readArticleFile } from './article-file';
import { runAsScript, type Io } from './command';
import { answerEachDocument } from './jsonl';

const USAGE =
  'usage: npm run --silent geoparse -- FILE\n       npm run --silent geoparse -- --jsonl < docs.jsonl\n';

export function main(args: string[], io: Io): number | Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    io.err(USAGE);
    return 2;
  }
  if (file === '--jsonl')
    return answerEachDocument(io, 'geoparse', ({ id, text }) => ({
      features: geoparse(text, id, defaultGazetteer()).features,
    }));
  try {
    const article = readArticleFile(file);
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
