/**
 * `npm run data`: reads every article in geo/articles/, geoparses it, validates the result against the
 * contract and writes public/data/dalil.json and the basemap public/data/basemap.json.
 *
 * Any bad article stops the build with a message naming the file and the problem; the data built before
 * stays untouched, because each file is written to a temporary name and renamed into place.
 *
 *     tsx geo/cli/build.ts [--articles DIR] [--out DIR]
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleError, parseArticle } from '../article';
import { claimsOfArticle } from '../claims/article-claims';
import { withRoles } from '../claims/mention-roles';
import {
  BASEMAP_PATH,
  DATASET_PATH,
  LABELS_PATH,
  LIMITS,
  parseDataset,
  SCHEMA_VERSION,
  type Article,
  type Dataset,
} from '../contract';
import { GAZETTEER_FILES, WATER_LABEL_ZOOMS } from '../gazetteer/default';
import { defaultGazetteer } from '../match/default-gazetteer';
import type { GazetteerEntry } from '../gazetteer/entry';
import { buildMapLabels } from '../labels';
import { mergeArticlePlaces } from '../merge-places';
import { geoparseArticle } from '../geoparse';
import { runAsScript, type Io } from './command';
import { readTextFile } from './read-text-file';
import type { Topology } from 'topojson-specification';

/** The basemap: Natural Earth 1:50m countries as TopoJSON, shipped by the world-atlas package. */
const BASEMAP_SOURCE = 'world-atlas/countries-50m.json';

function writeAtomically(file: string, content: string | Buffer) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** An article and the file it came from, to name the file in every message about it. */
interface ArticleFile {
  file: string;
  article: Article;
}

/** What the build tells the person running it besides errors: skipped files, progress. */
type Report = (line: string) => void;

function readArticles(dir: string, report: Report): ArticleFile[] {
  const names = readdirSync(dir).sort();
  const files = names.filter((name) => /\.txt$/i.test(name));
  for (const name of names)
    if (!files.includes(name) && !name.startsWith('.'))
      report(`  skipped ${join(dir, name)}: not a .txt file`);
  if (files.length === 0) throw new ArticleError(dir, 'holds no article (*.txt)');
  const problems: string[] = [];
  const read: ArticleFile[] = [];
  for (const name of files) {
    const file = join(dir, name);
    try {
      read.push({ file, article: parseArticle(readTextFile(file), file) });
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      problems.push(error.message);
    }
  }
  const byId = new Map<string, string>();
  for (const { file, article } of read) {
    const other = byId.get(article.id);
    if (other !== undefined) problems.push(`${file}: has the id "${article.id}" of ${other}`);
    else byId.set(article.id, file);
  }
  if (problems.length > 0) throw new ArticleError(dir, `bad article files:\n  ${problems.join('\n  ')}`);
  return read;
}

/** Says how far a long build has got, at most once a second, and not at all for a short one. */
function progress(total: number, report: Report) {
  const started = Date.now();
  let said = started;
  return (done: number, what: string) => {
    const now = Date.now();
    if (now - said < 1000) return;
    said = now;
    report(`  ${what} ${done}/${total} articles (${((now - started) / 1000).toFixed(0)} s)`);
  };
}

export function build(articlesDir: string, outDir: string, report: Report = () => undefined): Dataset {
  const read = readArticles(articlesDir, report);
  const articles = read.map((r) => r.article);
  const gazetteer = defaultGazetteer();
  const readingProgress = progress(articles.length, report);
  const results = articles.map((article, k) => {
    readingProgress(k, 'read');
    return geoparseArticle(article.text, article.id, gazetteer);
  });
  const tooMany = results.flatMap((result, k) => {
    const mentions = result.features.reduce((n, f) => n + f.properties.mentions.length, 0);
    return mentions > LIMITS.mentionsPerArticle
      ? [
          `${read[k]!.file}: ${mentions} place mentions, more than the ${LIMITS.mentionsPerArticle} an article may have`,
        ]
      : [];
  });
  if (tooMany.length > 0)
    throw new ArticleError(articlesDir, `articles too large to map:\n  ${tooMany.join('\n  ')}`);
  const claimsProgress = progress(articles.length, report);
  const claims = articles.map((article, k) => {
    claimsProgress(k, 'claims of');
    return claimsOfArticle(article, results[k]!, gazetteer);
  });
  const dataset = {
    schemaVersion: SCHEMA_VERSION,
    articles,
    places: {
      type: 'FeatureCollection' as const,
      features: withRoles(
        mergeArticlePlaces(results.map((r) => r.features)),
        claims.flatMap((c) => c.roles),
      ),
    },
    unresolved: results.flatMap((r) => r.unresolved),
    claims: claims.flatMap((c) => c.claims),
  };
  const checked = parseDataset(dataset);
  if (!checked.ok) throw new Error(`the built data breaks the contract:\n  ${checked.problems.join('\n  ')}`);
  mkdirSync(join(outDir, 'data'), { recursive: true });
  const require = createRequire(import.meta.url);
  const basemap = readFileSync(require.resolve(BASEMAP_SOURCE));
  writeAtomically(join(outDir, BASEMAP_PATH), basemap);
  const labelled = ['countries.json', 'curated.json'].flatMap((f) => GAZETTEER_FILES[f] as GazetteerEntry[]);
  writeAtomically(
    join(outDir, LABELS_PATH),
    JSON.stringify(buildMapLabels(labelled, JSON.parse(String(basemap)) as Topology, WATER_LABEL_ZOOMS)),
  );
  writeAtomically(join(outDir, DATASET_PATH), JSON.stringify(checked.dataset));
  return checked.dataset;
}

function summarize(dataset: Dataset, outDir: string, io: Io) {
  const mentions = dataset.places.features.reduce((n, f) => n + f.properties.mentions.length, 0);
  const lines = [
    `dalil: ${dataset.articles.length} articles, ${dataset.places.features.length} places, ${mentions} mentions → ${join(outDir, DATASET_PATH)}`,
  ];
  for (const article of dataset.articles) {
    const unresolved = dataset.unresolved.filter((u) => u.articleId === article.id);
    if (unresolved.length === 0) continue;
    lines.push(`  ${article.id}: ${unresolved.length} unresolved`);
    for (const u of unresolved) lines.push(`    "${u.text}" at ${u.start}: ${u.reason}`);
  }
  io.err(lines.join('\n') + '\n');
}

export function main(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: 'geo/articles' },
      out: { type: 'string', default: 'public' },
    },
  });
  try {
    summarize(
      build(values.articles, values.out, (line) => io.err(`${line}\n`)),
      values.out,
      io,
    );
    return 0;
  } catch (error) {
    io.err(`dalil build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    io.err('The data built before, if any, is left as it was.\n');
    return 1;
  }
}

runAsScript(import.meta.url, main);
