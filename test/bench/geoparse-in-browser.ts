/**
 * The browser half of `npm run bench:geoparse`: bundles the geoparser and the shipped gazetteer with
 * Vite, as the app's build would, and times it in headless Chromium on the same text.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchChromium } from '../browser/chromium';

const ENTRY = 'test/bench/geoparse-in-browser-entry.ts';

async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'dalilBench' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!('output' in result)) throw new Error('vite returned no bundle');
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite returned no chunk');
  return chunk.code;
}

interface Bench {
  load(startedAt: number): { evaluateSeconds: number; buildSeconds: number };
  run(t: string): { seconds: number; mentions: number };
}

/** The bundle's weight and the gazetteer's load in Chromium: its script evaluated, then its indexes built. */
export interface BrowserLoad {
  bytes: number;
  gzipBytes: number;
  evaluateSeconds: number;
  buildSeconds: number;
}

/**
 * The bundle's weight, the gazetteer's load, and the seconds and mention count of one geoparse run of
 * each text in Chromium, after one warm-up run on a small text.
 */
export async function timeInBrowser(
  texts: string[],
): Promise<{ load: BrowserLoad; runs: { seconds: number; mentions: number }[] }> {
  const code = await bundle();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // The clock starts in the page, once the bundle's text is there: its parse and evaluation are timed,
    // not its way from Node into the page.
    await page.evaluate((source) => {
      (window as unknown as { benchStartedAt: number }).benchStartedAt = performance.now();
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
    }, code);
    const loaded = await page.evaluate(() => {
      const w = window as unknown as { dalilBench: Bench; benchStartedAt: number };
      return w.dalilBench.load(w.benchStartedAt);
    });
    const load = { bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length, ...loaded };
    const results: { seconds: number; mentions: number }[] = [];
    for (const text of texts) {
      results.push(
        await page.evaluate((t) => (window as unknown as { dalilBench: Bench }).dalilBench.run(t), text),
      );
    }
    return { load, runs: results };
  } finally {
    await browser.close();
  }
}
