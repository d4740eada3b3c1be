/**
 * `npm run --silent claims -- FILE`: prints the places and claims of one article file as JSON,
 * `{"id", "places", "claims"}`: the contract's objects as the build makes them for that article (each
 * place mention with its role). A file without a header needs `--published YYYY-MM-DD`, the day its
 * relative dates ("yesterday", "on Monday") are read from.
 *
 * `npm run --silent claims -- --jsonl < docs.jsonl`: one document a line on stdin (`{"id", "text",
 * "published"?}`, jsonl.ts), one such line a document on stdout; `--published` is the day of the
 * documents whose line gives none.
 */
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { ArticleError } from '../article';
import { placesAndClaims } from '../claims/article-claims';
import { ArticleSchema } from '../contract';
import { geoparseArticle } from '../geoparse';
import { defaultGazetteer } from '../match/default-gazetteer';
import { readArticleFile, type ArticleFile } from './article-file';
import { runAsScript, type Io } from './command';
import { answerEachDocument } from './jsonl';

const USAGE =
  'usage: npm run --silent claims -- [--published YYYY-MM-DD] FILE\n' +
  '       npm run --silent claims -- --jsonl [--published YYYY-MM-DD] < docs.jsonl\n';

/** The places and claims of one document; throws when it has no valid publication day. */
function placesAndClaimsOf(doc: ArticleFile, fallbackPublished: string | null) {
  const published = doc.published ?? fallbackPublished;
  if (published === null)
    throw new Error('no publication day to read its dates from: give one with --published YYYY-MM-DD');
  const day = v.safeParse(ArticleSchema.entries.published, published);
  if (!day.success) throw new Error(`published ${JSON.stringify(published)}: ${day.issues[0].message}`);
  const article = { id: doc.id, text: doc.text, published };
  const gazetteer = defaultGazetteer();
  return placesAndClaims(article, geoparseArticle(doc.text, doc.id, gazetteer), gazetteer);
}

export function main(args: string[], io: Io): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { jsonl: { type: 'boolean', default: false }, published: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    io.err(`claims: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const published = values.published ?? null;
  if (values.jsonl !== (positionals.length === 0) || positionals.length > 1) {
    io.err(USAGE);
    return 2;
  }
  if (values.jsonl) return answerEachDocument(io, 'claims', (doc) => placesAndClaimsOf(doc, published));
  try {
    const doc = readArticleFile(positionals[0]!);
    io.out(JSON.stringify({ id: doc.id, ...placesAndClaimsOf(doc, published) }) + '\n');
    return 0;
  } catch (error) {
    io.err(
      `claims: ${error instanceof ArticleError ? '' : `${positionals[0]!}: `}${(error as Error).message}\n`,
    );
    return 1;
  }
}

runAsScript(import.meta.url, main);
