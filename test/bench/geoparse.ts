/**
 * `npm run bench:geoparse`: geoparser throughput and peak memory on 1, 10 and 50 MB of Arabic news text
 * made from the seed articles. Each size runs in its own process so its peak memory is its own; the
 * text itself is in the baseline, and results are counted as they come (geoparseInChunks), not kept.
 * Throughput is given by the wall clock and by the CPU time of the process, the steadier figure on a
 * machine busy with other work (pin it to one core with `taskset -c 0` to measure one core).
 *
 * Each size also gives the gazetteer's load (its lists read and indexed, before the clock starts) and
 * the heap it takes. With `--browser`, the same texts are then parsed in headless Chromium by the bundled
 * geoparser, after the bundle's weight (raw and gzip) and the gazetteer's load there.
 *
 *     tsx test/bench/geoparse.ts [--sizes 1,10,50] [--browser]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../../geo/article';

const MB = 1024 * 1024;
/**
 * Each size runs with V8's old space capped here, text included: V8 otherwise grows its heap lazily and
 * peak RSS says more about the collector's mood than about what the parser needs.
 */
const HEAP_LIMIT_MB = 192;

/** Seed bodies repeated until the text holds `megabytes` of UTF-8, as one long article. */
function newsText(megabytes: number): string {
  const dir = 'geo/articles';
  const bodies = readdirSync(dir)
    .sort()
    .map((name) => parseArticle(readFileSync(join(dir, name), 'utf8'), name).text);
  const unit = bodies.join('\n\n') + '\n\n';
  const copies = Math.ceil((megabytes * MB) / Buffer.byteLength(unit));
  return unit.repeat(copies);
}

async function runOne(megabytes: number) {
  // The gazetteer's load, timed: its lists read (imported here, not before the clock) and indexed.
  const heapBeforeLoad = process.memoryUsage().heapUsed;
  const loading = process.hrtime.bigint();
  const { defaultGazetteer } = await import('../../geo/match/default-gazetteer');
  const { geoparseInChunks } = await import('../../geo/geoparse');
  const gazetteer = defaultGazetteer();
  const loadSeconds = Number(process.hrtime.bigint() - loading) / 1e9;
  const gazetteerHeap = process.memoryUsage().heapUsed - heapBeforeLoad;
  const text = newsText(megabytes);
  const bytes = Buffer.byteLength(text);
  const baseline = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  let mentions = 0;
  let peak = baseline;
  const heapBaseline = process.memoryUsage().heapUsed;
  let heapPeak = heapBaseline;
  // Results are counted and let go, as a caller writing them out would: memory is the parser's own,
  // sampled after every chunk.
  geoparseInChunks(text, 'bench', gazetteer, (result) => {
    for (const f of result.features) mentions += f.properties.mentions.length;
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    heapPeak = Math.max(heapPeak, usage.heapUsed);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  process.stdout.write(
    JSON.stringify({
      bytes,
      seconds,
      cpuSeconds,
      mentions,
      peak,
      baseline,
      heapPeak,
      heapBaseline,
      loadSeconds,
      gazetteerHeap,
    }) + '\n',
  );
}

async function inBrowser(sizes: number[]) {
  console.log('Chromium (Vite bundle)');
  console.log('size      time     throughput   mentions');
  const texts = sizes.map(newsText);
  // Imported here so the Node runs, one process per size, do not load Vite and Playwright.
  const { timeInBrowser } = await import('./geoparse-in-browser');
  const { load, runs: results } = await timeInBrowser(texts);
  console.log(
    `bundle (geoparser and gazetteer) ${(load.bytes / MB).toFixed(2)} MB, ${(load.gzipBytes / MB).toFixed(2)} MB gzip; gazetteer loaded in ${(load.evaluateSeconds + load.buildSeconds).toFixed(2)} s (script ${load.evaluateSeconds.toFixed(2)} s, indexes ${load.buildSeconds.toFixed(2)} s)`,
  );
  results.forEach((r, i) => {
    const mb = Buffer.byteLength(texts[i]!) / MB;
    console.log(
      `${mb.toFixed(1).padStart(5)} MB ${r.seconds.toFixed(2).padStart(7)} s ${(mb / r.seconds).toFixed(2).padStart(8)} MB/s ${String(r.mentions).padStart(10)}`,
    );
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1,10,50' },
      one: { type: 'string' },
      browser: { type: 'boolean', default: false },
    },
  });
  if (values.one) {
    await runOne(Number(values.one));
    return;
  }
  console.log(`Node.js, heap capped at ${HEAP_LIMIT_MB} MB`);
  console.log(
    'size      time     throughput   CPU time   MB/s per CPU s   mentions   peak RSS   RSS over baseline   peak heap   heap over baseline   gazetteer load   its heap',
  );
  for (const size of values.sizes.split(',').map(Number)) {
    // A plain Node.js process with tsx's loader and the heap cap.
    const args = [
      `--max-old-space-size=${HEAP_LIMIT_MB}`,
      '--import',
      'tsx',
      import.meta.filename,
      '--one',
      String(size),
    ];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * MB });
    if (child.status !== 0) throw new Error(child.stderr);
    const r = JSON.parse(child.stdout) as {
      bytes: number;
      seconds: number;
      cpuSeconds: number;
      mentions: number;
      peak: number;
      baseline: number;
      heapPeak: number;
      heapBaseline: number;
      loadSeconds: number;
      gazetteerHeap: number;
    };
    console.log(
      `${(r.bytes / MB).toFixed(1).padStart(5)} MB ${r.seconds.toFixed(2).padStart(7)} s ${(r.bytes / MB / r.seconds).toFixed(2).padStart(8)} MB/s ${r.cpuSeconds.toFixed(2).padStart(8)} s ${(r.bytes / MB / r.cpuSeconds).toFixed(2).padStart(11)} MB/s ${String(r.mentions).padStart(10)} ${(r.peak / MB).toFixed(0).padStart(7)} MB ${((r.peak - r.baseline) / MB).toFixed(0).padStart(10)} MB ${(r.heapPeak / MB).toFixed(0).padStart(15)} MB ${((r.heapPeak - r.heapBaseline) / MB).toFixed(0).padStart(14)} MB ${r.loadSeconds.toFixed(2).padStart(14)} s ${(r.gazetteerHeap / MB).toFixed(0).padStart(7)} MB`,
    );
  }
  if (values.browser) await inBrowser(values.sizes.split(',').map(Number));
}

await main();
