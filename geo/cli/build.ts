/**
 * `npm run data`: reads every article in geo/articles/, geoparses it, validates the result against the
 * contract and writes public/data/dalil.json, the base map (public/data/basemap.json, the world, and its
 * tiles in public/data/basemap/, with the towns) and its labels.
 *
 * Any bad article stops the build with a message naming the file and the problem; the data built before
 * stays untouched, because each file is written to a temporary name and renamed into place.
 *
 * An editor's corrections (geo/corrections.json, the desk's decisions) are applied to the reading before
 * the claims are read; the stale ones, whose words no longer stand where they were made, are listed.
 *
 * A project file of the desk (`--project FILE`) adds its articles and its decisions, so work done in the
 * browser builds the same way as the repository's.
 *
 * Each article's reading is cached (`--cache DIR`, node_modules/.cache/dalil by default; `--no-cache`
 * reads every article again), so a build after one article changed reads only that one; the others are
 * read on all the cores (`--workers N` to choose, 0 for this thread alone), in the same order whatever N.
 *
 *     tsx geo/cli/build.ts [--articles DIR] [--corrections FILE] [--project FILE] [--out DIR]
 *                          [--cache DIR | --no-cache] [--workers N]
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleError, parseArticle } from '../article';
import type { StaleCorrection } from '../corrections/apply-places';
import { readProjectFile } from '../corrections/project-file';
import { CorrectionsFileSchema, type Correction } from '../corrections/schema';
import { parseDataFile } from '../data-file';
import {
  articleSizeProblem,
  DATASET_PATH,
  LABELS_PATH,
  LIMITS,
  SCHEMA_VERSION,
  tooManyMentions,
  type Article,
  type Dataset,
  type Town,
  utf8Bytes,
} from '../contract';
import type { GazetteerEntry } from '../gazetteer/entry';
import { buildMapLabels } from '../labels';
import { writeDataFiles } from '../site/write-data';
import { readWorldAtlas, writeBasemapFiles } from '../site/write-basemap';
import { buildTowns } from '../towns';
import { mergeArticlePlaces } from '../merge-places';
import { runAsScript, type Io } from './command';
import { readingsOf } from './read-articles';
import { openOutputMemo } from './output-memo';
import { DEFAULT_CACHE_DIR, NO_CACHE, openReadingCache, readerVersion } from './reading-cache';
import { readTextFile } from './read-text-file';
import type { Topology } from 'topojson-specification';

/** The countries whose shapes place the country labels: Natural Earth 1:50m, from world-atlas. */
const LABELS_SOURCE = 'world-atlas/countries-50m.json';

/** The towns the base map names, ranked once a process (the gazetteer does not change under a build). */
let towns: Town[] | null = null;

function writeAtomically(file: string, content: string) {
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
    // Refused before it is read: a file far larger than news would take minutes to read.
    const tooLarge = articleSizeProblem(statSync(file).size);
    if (tooLarge !== null) {
      problems.push(`${file}: ${tooLarge}`);
      continue;
    }
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

/**
 * Says how far a long build has got, at most once a second, and not at all for a short one: the articles
 * read (by all the workers), how many of them came from the cache, the time so far and the memory held.
 */
function progress(total: number, report: Report) {
  const started = Date.now();
  let said = started;
  return (done: number, cached: number) => {
    const now = Date.now();
    if (now - said < 1000) return;
    said = now;
    const memory = Math.round(process.memoryUsage.rss() / 1e6);
    report(
      `  read ${done}/${total} articles, ${cached} from the cache (${((now - started) / 1000).toFixed(0)} s, ${memory} MB)`,
    );
  };
}

/** The corrections file's decisions; none when there is no such file. A broken file stops the build. */
function readCorrections(file: string | null): Correction[] {
  if (file === null || !existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(file));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  return parseDataFile(file, CorrectionsFileSchema, json).corrections;
}

/** The articles and decisions of a desk project file, each article named by the file; none without one. */
function readProject(file: string | null): { articles: ArticleFile[]; corrections: Correction[] } {
  if (file === null) return { articles: [], corrections: [] };
  const read = readProjectFile(file, readTextFile(file));
  if (!read.ok) throw new Error(read.problem);
  const articles = read.project.articles.map((article) => ({
    file: `${file} (article ${article.id})`,
    article,
  }));
  const tooLarge = articles.flatMap(({ file, article }) => {
    const problem = articleSizeProblem(utf8Bytes(article.text));
    return problem === null ? [] : [`${file}: ${problem}`];
  });
  if (tooLarge.length > 0) throw new ArticleError(file, `articles too large:\n  ${tooLarge.join('\n  ')}`);
  return {
    articles,
    corrections: read.project.corrections,
  };
}

/** Where the build reads from and writes to. */
export interface BuildPaths {
  articles: string;
  out: string;
  /** A project file of the desk: its articles join those of `articles`, its decisions the corrections. */
  project?: string | null;
  /** The editor's corrections; null or a missing file: none. */
  corrections?: string | null;
  /** Where readings are cached (reading-cache.ts); null: none kept. */
  cache?: string | null;
  /** Workers to read with; 0 reads in this thread; unset, as many as the cores and the articles call for. */
  workers?: number;
}

export async function build(paths: BuildPaths, report: Report = () => undefined): Promise<Dataset> {
  const project = readProject(paths.project ?? null);
  const read = [...readArticles(paths.articles, report), ...project.articles];
  const byId = new Map<string, string>();
  for (const { file, article } of read) {
    const other = byId.get(article.id);
    if (other !== undefined) throw new ArticleError(file, `has the id "${article.id}" of ${other}`);
    byId.set(article.id, file);
  }
  const articles = read.map((r) => r.article);
  const corrections = [...readCorrections(paths.corrections ?? null), ...project.corrections];
  const cacheDir = paths.cache === undefined ? DEFAULT_CACHE_DIR : paths.cache;
  const version = readerVersion();
  const { readings, keys, fromCache } = await readingsOf(articles, corrections, {
    cache: cacheDir === null ? NO_CACHE : openReadingCache(cacheDir, version),
    workers: paths.workers,
    progress: progress(articles.length, report),
    version,
  });
  report(`  ${articles.length} articles read, ${fromCache} of them from the cache`);
  const oversized = readings.flatMap((reading, k) =>
    tooManyMentions(reading.mentions)
      ? [
          `${read[k]!.file}: ${reading.mentions} place mentions, more than the ${LIMITS.mentionsPerArticle} an article may have`,
        ]
      : [],
  );
  if (oversized.length > 0)
    throw new ArticleError(paths.articles, `articles too large to map:\n  ${oversized.join('\n  ')}`);
  const known = new Set(articles.map((a) => a.id));
  const stale = [
    ...readings.flatMap((r) => r.stale),
    ...corrections.flatMap((correction) =>
      known.has(correction.articleId) ? [] : [{ correction, problem: 'no such article' }],
    ),
  ];
  const applied = readings.reduce((n, r) => n + r.applied.length, 0);
  if (corrections.length > 0) {
    const from = [paths.corrections, paths.project].filter((f) => typeof f === 'string').join(' and ');
    reportCorrections(from, applied, stale, report);
  }
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    articles,
    places: {
      type: 'FeatureCollection' as const,
      features: mergeArticlePlaces(readings.map((r) => r.features)),
    },
    unresolved: readings.flatMap((r) => r.unresolved),
    claims: readings.flatMap((r) => r.claims),
  };
  // Each reading was checked against the contract as it was read, alone (read-one.ts); together, they
  // could only share an id.
  const shared = sharedIds(dataset);
  if (shared.length > 0) throw new Error(`the built data breaks the contract:\n  ${shared.join('\n  ')}`);
  const outDir = paths.out;
  mkdirSync(join(outDir, 'data'), { recursive: true });
  // What this build would write the same as the last one into this folder is not made again.
  const memo = cacheDir === null ? null : openOutputMemo(cacheDir, outDir);
  if (memo === null || !memo.hasBasemap(version)) {
    const written = await writeBasemapAndLabels(outDir);
    memo?.wroteBasemap(version, written);
  }
  const readingKeys = new Map(articles.map((article, k) => [article.id, keys[k]!]));
  writeDataFiles(outDir, dataset, memo?.chunks(readingKeys));
  memo?.save();
  return dataset;
}

/**
 * Writes the base map and its labels, made from the gazetteer (loaded only here, as the reader loads it
 * only when it reads) and world-atlas; gives back the paths written under `outDir`.
 */
async function writeBasemapAndLabels(outDir: string): Promise<string[]> {
  const { GAZETTEER_FILES, WATER_LABEL_ZOOMS } = await import('../gazetteer/default');
  towns ??= buildTowns(GAZETTEER_FILES['cities.json'] as GazetteerEntry[]);
  const written = writeBasemapFiles(outDir, towns);
  const labelled = ['countries.json', 'curated.json'].flatMap((f) => GAZETTEER_FILES[f] as GazetteerEntry[]);
  const countries = JSON.parse(String(readWorldAtlas(LABELS_SOURCE))) as Topology;
  writeAtomically(
    join(outDir, LABELS_PATH),
    JSON.stringify(buildMapLabels(labelled, countries, WATER_LABEL_ZOOMS)),
  );
  return [...written, LABELS_PATH];
}

/** Ids the readings of different articles share: the merged places' (which merging keeps apart) and the claims'. */
function sharedIds({ places, claims }: Pick<Dataset, 'places' | 'claims'>): string[] {
  const twice = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    return ids.filter((id) => seen.size === seen.add(id).size).map((id) => `${what} ${id}: duplicate id`);
  };
  return [
    ...twice(
      places.features.map((f) => f.properties.id),
      'place',
    ),
    ...twice(
      (claims ?? []).map((c) => c.id),
      'claim',
    ),
  ];
}

function reportCorrections(file: string, applied: number, stale: readonly StaleCorrection[], report: Report) {
  report(`  ${file}: ${applied} corrections applied, ${stale.length} stale`);
  for (const { correction: c, problem } of stale)
    report(
      `    stale: ${c.action} "${c.text}" at ${c.start} in ${c.articleId} (${c.by}, ${c.at}): ${problem}`,
    );
}

function summarize(dataset: Dataset, outDir: string, io: Io) {
  const mentions = dataset.places.features.reduce((n, f) => n + f.properties.mentions.length, 0);
  const lines = [
    `dalil: ${dataset.articles.length} articles, ${dataset.places.features.length} places, ${mentions} mentions → ${join(outDir, DATASET_PATH)}`,
  ];
  // Grouped once: filtering them for each article took minutes at ten thousand articles.
  const unresolvedOf = new Map<string, Dataset['unresolved']>();
  for (const u of dataset.unresolved) {
    const of = unresolvedOf.get(u.articleId);
    if (of) of.push(u);
    else unresolvedOf.set(u.articleId, [u]);
  }
  for (const article of dataset.articles) {
    const unresolved = unresolvedOf.get(article.id);
    if (unresolved === undefined) continue;
    lines.push(`  ${article.id}: ${unresolved.length} unresolved`);
    for (const u of unresolved) lines.push(`    "${u.text}" at ${u.start}: ${u.reason}`);
  }
  io.err(lines.join('\n') + '\n');
}

export async function main(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: 'geo/articles' },
      corrections: { type: 'string', default: 'geo/corrections.json' },
      project: { type: 'string' },
      out: { type: 'string', default: 'public' },
      cache: { type: 'string', default: DEFAULT_CACHE_DIR },
      'no-cache': { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
  });
  try {
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
      throw new Error(`--workers ${values.workers}: give a whole number, 0 to read in one thread`);
    const paths = { ...values, cache: values['no-cache'] ? null : values.cache, workers };
    summarize(await build(paths, (line) => io.err(`${line}\n`)), values.out, io);
    return 0;
  } catch (error) {
    io.err(`dalil build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    io.err('The data built before, if any, is left as it was.\n');
    return 1;
  }
}

runAsScript(import.meta.url, main);
