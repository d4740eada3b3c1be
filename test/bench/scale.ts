/**
 * `npm run bench:scale`: the build at newsroom scale. A corpus of 1,000 articles (and 10,000 with
 * `--sizes 1000,10000`) is made from the sentences of geo/articles recombined by a seeded generator, each
 * place named in them swapped for one of the gazetteer's thousands of towns, so the map holds thousands of
 * distinct places; the same seed makes the same corpus. For each size it prints the full build's time
 * (no cache), the build after one article is added (the others from the cache), the peak memory (RSS) of
 * each, and the size of the data file, raw and gzipped.
 *
 * Each build runs in a process of its own (this file again, with `--run`), so its time includes the
 * start and its peak memory is its own, workers included. Then the built site (dist/, `npm run build`
 * first) is opened in Chromium with each size's data (scale-browser.ts): the bytes of a first visit, the
 * time to the first markers, a filter change and the frame rate while panning; `--no-browser` skips it.
 *
 * `--work DIR` builds in that folder and keeps it (the corpus, its cache and its data) to look at;
 * `--browser-only` then measures in Chromium the data built there before, without building again (after a
 * change to the app: `npm run build` first).
 *
 *     tsx test/bench/scale.ts [--sizes 1000,10000] [--seed 1] [--work DIR [--browser-only]]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from '../../geo/cli/build';
import { DATASET_PATH } from '../../geo/contract';
import type { GazetteerEntry } from '../../geo/gazetteer/entry';
import type { BrowserFigures } from './scale-browser';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
/** Sentences an article of the corpus holds, at least and at most: a news report's length. */
const SENTENCES = { min: 6, max: 18 };
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 10 * 365;

/** mulberry32: a small seeded generator, numbers in [0, 1). */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence of a seed article cut at its place names: text, a slot, text, a slot, … text. */
type Template = string[];

/**
 * The seed articles' sentences, each cut where the geoparser found a place. The geoparser, the gazetteer
 * and Chromium are loaded only by the process that makes the corpus and measures: a build's own process
 * (`--run`) loads what `npm run data` loads, no more, so its time and memory are the build's.
 */
async function templates(): Promise<Template[]> {
  const [{ parseArticle }, { geoparseArticle }, { defaultGazetteer }, { splitSentences }] = await Promise.all(
    [
      import('../../geo/article'),
      import('../../geo/geoparse'),
      import('../../geo/match/default-gazetteer'),
      import('../../geo/text/sentences'),
    ],
  );
  const gazetteer = defaultGazetteer();
  const dir = join(ROOT, 'geo/articles');
  const out: Template[] = [];
  for (const name of readdirSync(dir).sort()) {
    const article = parseArticle(readFileSync(join(dir, name), 'utf8'), name);
    const mentions = geoparseArticle(article.text, article.id, gazetteer)
      .features.flatMap((f) => f.properties.mentions)
      .sort((a, b) => a.start - b.start);
    for (const sentence of splitSentences(article.text)) {
      const pieces: string[] = [];
      let at = sentence.start;
      for (const m of mentions) {
        if (m.start < at || m.end > sentence.end) continue;
        pieces.push(article.text.slice(at, m.start));
        at = m.end;
      }
      pieces.push(article.text.slice(at, sentence.end));
      if (sentence.end - sentence.start > 20) out.push(pieces);
    }
  }
  return out;
}

/** The Arabic names of the gazetteer's towns (those it knows one for). */
async function townNames(): Promise<string[]> {
  const { GAZETTEER_FILES } = await import('../../geo/gazetteer/default');
  const cities = GAZETTEER_FILES['cities.json'] as GazetteerEntry[];
  return cities.map((c) => c.name.ar).filter((name) => /^[\u0600-\u06ff ]+$/.test(name));
}

/** Article `n` of the corpus made with `random`: its file's content. */
function articleFile(n: number, random: () => number, sentences: Template[], towns: string[]): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const count = SENTENCES.min + Math.floor(random() * (SENTENCES.max - SENTENCES.min + 1));
  const body: string[] = [];
  for (let k = 0; k < count; k++) {
    // A seed's own place is kept now and then, so the corpus keeps its bases and capitals too.
    const pieces = pick(sentences);
    body.push(
      pieces.map((piece, i) => (i === 0 ? piece : (random() < 0.7 ? pick(towns) : '') + piece)).join(''),
    );
  }
  const published = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const id = `scale-${String(n).padStart(6, '0')}`;
  return `---\nid: ${id}\npublished: ${published}\nlanguage: ar\n---\n${body.join(random() < 0.5 ? ' ' : '\n\n')}\n`;
}

/** Writes articles `[from, to)` of the corpus of `seed` into `dir`. */
async function writeCorpus(dir: string, seed: number, from: number, to: number) {
  const sentences = await templates();
  const towns = await townNames();
  mkdirSync(dir, { recursive: true });
  for (let n = 0; n < to; n++) {
    const random = generator(seed * 1_000_003 + n);
    const content = articleFile(n, random, sentences, towns);
    if (n >= from) writeFileSync(join(dir, `${String(n).padStart(6, '0')}.txt`), content);
  }
}

interface RunFigures {
  seconds: number;
  peakRssMb: number;
  fromCache: number;
  places: number;
}

/** One build in this process (`--run`): its figures as a JSON line on standard output. */
async function runBuild(articles: string, out: string, cache: string) {
  const started = performance.now();
  let fromCache = 0;
  const dataset = await build({ articles, out, cache, corrections: null }, (line) => {
    const read = /(\d+) of them from the cache/.exec(line);
    if (read) fromCache = Number(read[1]);
    else process.stderr.write(`${line}\n`);
  });
  const figures: RunFigures = {
    seconds: (performance.now() - started) / 1000,
    // maxRSS is the process's, in kilobytes: the workers' threads are in it.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    fromCache,
    places: dataset.places.features.length,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** One build in a process of its own, timed from its start. */
function spawnBuild(articles: string, out: string, cache: string): RunFigures {
  const started = performance.now();
  const result = spawnSync(TSX, [import.meta.filename, '--run', articles, out, cache], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`the build of ${articles} failed (exit ${result.status})`);
  const figures = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as RunFigures;
  return { ...figures, seconds: (performance.now() - started) / 1000 };
}

interface SizeFigures {
  articles: number;
  full: RunFigures;
  incremental: RunFigures;
  dataBytes: number;
  gzipBytes: number;
  dataFile: string;
}

/** The full and the incremental build of the corpus of `size` articles, in `work`. */
async function measureBuilds(size: number, seed: number, work: string): Promise<SizeFigures> {
  const articles = join(work, `articles-${size}`);
  const out = join(work, `out-${size}`);
  const cache = join(work, `cache-${size}`);
  await writeCorpus(articles, seed, 0, size);
  // The full build reads every article: a cache left in a kept --work folder would answer for it.
  rmSync(cache, { recursive: true, force: true });
  const full = spawnBuild(articles, out, cache);
  await writeCorpus(articles, seed, size, size + 1);
  const incremental = spawnBuild(articles, out, cache);
  const dataFile = join(out, DATASET_PATH);
  const data = readFileSync(dataFile);
  return {
    articles: size,
    full,
    incremental,
    dataBytes: data.length,
    gzipBytes: gzipSync(data).length,
    dataFile,
  };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function printFigures(figures: SizeFigures) {
  const { articles, full, incremental } = figures;
  console.log(
    [
      `${articles} articles, ${full.places} places`,
      `  full build:        ${full.seconds.toFixed(1)} s, peak RSS ${full.peakRssMb.toFixed(0)} MB`,
      `  one article added: ${incremental.seconds.toFixed(1)} s, peak RSS ${incremental.peakRssMb.toFixed(0)} MB (${incremental.fromCache} of ${articles + 1} from the cache)`,
      `  ${DATASET_PATH}: ${mb(figures.dataBytes)}, ${mb(figures.gzipBytes)} gzipped`,
    ].join('\n'),
  );
}

function printBrowserFigures(figures: BrowserFigures) {
  const { firstVisit, firstMarkersMs, appStartedMs, dataArrivedMs, filterChangeMs, panningFps } = figures;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    [
      `  first visit:       ${mb(firstVisit.gzipBytes)} gzipped (${mb(firstVisit.rawBytes)} raw, ${firstVisit.files} files), of which data ${mb(firstVisit.dataGzipBytes)}`,
      `  first markers:     ${s(firstMarkersMs)} after navigation (Chromium, 1280 × 800; median of 5 loads; app started ${s(appStartedMs)}, data in ${s(dataArrivedMs)})`,
      `  a filter change:   ${filterChangeMs.toFixed(0)} ms to the next frame (median of 5)`,
      `  panning:           ${panningFps.toFixed(0)} frames a second`,
    ].join('\n'),
  );
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      sizes: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      run: { type: 'boolean', default: false },
      work: { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      'browser-only': { type: 'boolean', default: false },
    },
  });
  if (values.run) {
    const [articles, out, cache] = positionals as [string, string, string];
    return runBuild(articles, out, cache);
  }
  const { measureInBrowser } = await import('./scale-browser');
  const work = values.work ?? mkdtempSync(join(tmpdir(), 'dalil-scale-'));
  try {
    for (const size of values.sizes.split(',').map(Number)) {
      if (values['browser-only']) {
        if (values.work === undefined)
          throw new Error('--browser-only measures the data of a --work folder.');
        console.log(`${size} articles (data built before in ${work})`);
        printBrowserFigures(await measureInBrowser(join(work, `out-${size}`, dirname(DATASET_PATH)), work));
        continue;
      }
      const figures = await measureBuilds(size, Number(values.seed), work);
      printFigures(figures);
      if (!values['no-browser']) printBrowserFigures(await measureInBrowser(dirname(figures.dataFile), work));
    }
  } finally {
    if (values.work === undefined) rmSync(work, { recursive: true, force: true });
  }
}

await main();
