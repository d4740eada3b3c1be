/**
 * The build's reading of its articles: each from the cache when it is there (reading-cache.ts), the
 * others read on every core, by workers that each load the gazetteer once (reading-worker.ts), or in this
 * thread when there are too few to be worth a worker. The readings come back in the articles' order
 * whatever the number of workers, so the data built is the same.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../contract';
import type { ArticleReading } from '../corrections/read-article';
import type { Correction } from '../corrections/schema';
import { readerVersion, readingKey, type ReadingCache } from './reading-cache';

/** What a worker is sent: one article and its corrections. */
export interface ReadingTask {
  index: number;
  article: Article;
  corrections: readonly Correction[];
}

/** What a worker answers: the reading of the article at `index`, or why it could not be read. */
export type ReadingAnswer = { index: number; reading: ArticleReading } | { index: number; error: string };

/**
 * Articles to read for a worker to pay for itself: each loads the gazetteer (seconds on a busy machine),
 * which reads a few dozen news articles meanwhile.
 */
const ARTICLES_PER_WORKER = 25;
/**
 * Entries of the cache this thread is to parse for a worker to read the few articles it lacks meanwhile:
 * the gazetteer's load then costs this thread nothing.
 */
const CACHED_FOR_A_WORKER = 1000;

export interface ReadOptions {
  cache: ReadingCache;
  /** Workers to read with; 0 reads in this thread. Unset: one per core, as many as the articles pay for. */
  workers?: number;
  /** Told how many articles are read so far, and how many of them came from the cache. */
  progress?: (done: number, cached: number) => void;
  /** The reader's version (`readerVersion`), when the caller has it already. */
  version?: string;
}

/** The readings, one an article in their order, their keys in the cache, and how many came from it. */
export interface Readings {
  readings: ArticleReading[];
  keys: string[];
  fromCache: number;
}

export async function readingsOf(
  articles: readonly Article[],
  corrections: readonly Correction[],
  options: ReadOptions,
): Promise<Readings> {
  const { cache, progress = () => undefined } = options;
  const byArticle = new Map<string, Correction[]>();
  for (const c of corrections) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const version = options.version ?? readerVersion();
  const readings: (ArticleReading | undefined)[] = articles.map(() => undefined);
  const keys: string[] = [];
  const tasks: ReadingTask[] = [];
  const hits: number[] = [];
  articles.forEach((article, index) => {
    const own = byArticle.get(article.id) ?? [];
    keys[index] = readingKey(version, article, own);
    if (cache.has(keys[index])) hits.push(index);
    else tasks.push({ index, article, corrections: own });
  });
  let cached = 0;
  let done = 0;
  const keep = (index: number, reading: ArticleReading) => {
    readings[index] = reading;
    cache.set(keys[index]!, reading, articles[index]!.text);
    progress(++done, cached);
  };
  // The articles the cache lacks are read while this thread takes the others from it: on a worker when
  // there are many, or when this thread has the cache's entries to parse meanwhile.
  const reading = readTasks(tasks, options.workers, hits.length, keep);
  const late: ReadingTask[] = [];
  for (const index of hits) {
    const article = articles[index]!;
    const found = cache.get(keys[index]!, article.text);
    if (found === null) late.push({ index, article, corrections: byArticle.get(article.id) ?? [] });
    else {
      readings[index] = found;
      cached += 1;
      progress(++done, cached);
    }
  }
  await reading;
  // An entry the index named but that proved broken: read again now.
  await readTasks(late, options.workers, 0, keep);
  cache.close(keys);
  return { readings: readings as ArticleReading[], keys, fromCache: cached };
}

/**
 * Reads `tasks`, on `workers` workers (0: in this thread); unset, one per core, as many as the articles pay
 * for, or one alone when this thread has `alongside` entries of the cache to parse meanwhile.
 */
async function readTasks(
  tasks: readonly ReadingTask[],
  workers: number | undefined,
  alongside: number,
  keep: (index: number, reading: ArticleReading) => void,
): Promise<void> {
  if (tasks.length === 0) return;
  // One worker alone would only add its gazetteer to this thread's work, unless this thread has work too.
  const enough = Math.min(availableParallelism(), Math.floor(tasks.length / ARTICLES_PER_WORKER));
  const alone = alongside >= CACHED_FOR_A_WORKER && availableParallelism() >= 2 ? 1 : 0;
  const count = workers ?? (enough >= 2 ? enough : alone);
  if (count >= 1) return readInWorkers(tasks, Math.min(count, tasks.length), keep);
  // The reader and its gazetteer take seconds to load: only a build with articles to read loads them.
  const [{ defaultGazetteer }, { readOne }] = await Promise.all([
    import('../match/default-gazetteer'),
    import('./read-one'),
  ]);
  const gazetteer = defaultGazetteer();
  for (const { index, article, corrections: own } of tasks) keep(index, readOne(article, own, gazetteer));
}

/** Reads `tasks` on `count` workers, each given its next article as it answers, so few wait in memory. */
async function readInWorkers(
  tasks: readonly ReadingTask[],
  count: number,
  keep: (index: number, reading: ArticleReading) => void,
): Promise<void> {
  let next = 0;
  const pool = Array.from({ length: count }, () => startWorker());
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) resolve();
              else worker.postMessage(tasks[next++]!);
            };
            worker.on('message', (answer: ReadingAnswer) => {
              if ('reading' in answer) {
                keep(answer.index, answer.reading);
                send();
              } else {
                const { article } = tasks.find((t) => t.index === answer.index)!;
                reject(new Error(`${article.id}: could not be read: ${answer.error}`));
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a worker reading the articles stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/**
 * A worker on reading-worker.ts. The worker is TypeScript, which Node 20 will not start a worker on even
 * under tsx: a line of JavaScript registers tsx's loader in the worker (its ES module API, whose file
 * lies beside the CommonJS one that `require.resolve` finds), then imports the worker's module.
 */
function startWorker(): Worker {
  const api = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs'),
  );
  const entry = new URL('./reading-worker.ts', import.meta.url);
  const code = `import(${JSON.stringify(api.href)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}
