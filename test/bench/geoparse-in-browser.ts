/**
 * The browser half of `npm run bench:geoparse`: bundles the geoparser and the shipped gazetteer with
 * Vite, as the app's build would, and times it in headless Chromium on the same text.
 */
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

/** Seconds and mention count of one geoparse run in Chromium, after one warm-up run on a small text. */
export async function timeInBrowser(texts: string[]): Promise<{ seconds: number; mentions: number }[]> {
  const code = await bundle();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const results: { seconds: number; mentions: number }[] = [];
    for (const text of texts) {
      results.push(
        await page.evaluate(
          (t) =>
            (
              window as unknown as { dalilBench: { run(t: string): { seconds: number; mentions: number } } }
            ).dalilBench.run(t),
          text,
        ),
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}
