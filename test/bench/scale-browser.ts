/**
 * The browser's figures of `npm run bench:scale`: the built site (dist/) served with the data a size's
 * build wrote in place of the seeds', opened in Chromium as a reader would (1280 × 800, English). It
 * measures what a first visit downloads until the network is idle (each file gzipped as a host would
 * serve it), the time from navigation to the first markers, the time a filter change takes to the next
 * frame (the median of five), and the frames drawn per second while the map is dragged.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, WIDE } from '../browser/chromium';
import { DIST_DIR } from '../browser/dist-files';
import { serveDirAt } from '../browser/host-page-server';
import { waitForMarkers } from '../browser/map-actions';

export interface BrowserFigures {
  /** Bytes of the first visit, as sent and gzipped, and of the data files alone (gzipped). */
  firstVisit: { rawBytes: number; gzipBytes: number; dataGzipBytes: number; files: number };
  firstMarkersMs: number;
  filterChangeMs: number;
  panningFps: number;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Opens the site with the data in `dataDir` (a build's `data/` folder) and measures it; `work` holds the copy. */
export async function measureInBrowser(dataDir: string, work: string): Promise<BrowserFigures> {
  if (!existsSync(`${DIST_DIR}index.html`)) throw new Error('dist/ is missing: run `npm run build` first.');
  const site = join(work, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  cpSync(DIST_DIR, site, { recursive: true });
  rmSync(join(site, 'data'), { recursive: true, force: true });
  cpSync(dataDir, join(site, 'data'), { recursive: true });
  const server = await serveDirAt(`${site}/`, '/dalil/');
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: WIDE, deviceScaleFactor: 1 })).newPage();
    // A large map takes long to open: the figures say how long, a timeout would say nothing.
    page.setDefaultTimeout(600_000);
    // What the page asked for, measured from the files served: a response body as large as a big
    // map's data may no longer be held by the browser when asked for.
    const asked = new Set<string>();
    page.on('response', (response) => asked.add(response.url()));
    const started = performance.now();
    await page.goto(`${server.url}?lang=en`);
    await waitForMarkers(page);
    const firstMarkersMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const files = [...asked].flatMap((url) => {
      const path = new URL(url).pathname.replace(/^\/dalil\//, '');
      const file = join(site, path === '' ? 'index.html' : path);
      if (!existsSync(file)) return [];
      const body = readFileSync(file);
      return [{ url, raw: body.length, gzip: gzipSync(body).length }];
    });
    const firstVisit = {
      rawBytes: files.reduce((n, f) => n + f.raw, 0),
      gzipBytes: files.reduce((n, f) => n + f.gzip, 0),
      dataGzipBytes: files.filter((f) => f.url.includes('/data/')).reduce((n, f) => n + f.gzip, 0),
      files: files.length,
    };

    await page.locator('.filters-toggle').click();
    const box = page.getByRole('checkbox', { name: 'Diplomacy' });
    await box.waitFor();
    const changes: number[] = [];
    for (let i = 0; i < 5; i++)
      changes.push(
        await box.evaluate(async (input) => {
          const start = performance.now();
          (input as HTMLInputElement).click();
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          return performance.now() - start;
        }),
      );
    await page.locator('.filters-toggle').click();

    const map = (await page.locator('.leaflet-container').boundingBox())!;
    // A string, not a function: tsx would wrap a named function in a helper the page does not have.
    await page.evaluate(
      'window.frames_ = 0; (function tick() { window.frames_++; requestAnimationFrame(tick); })();',
    );
    const frames = () => page.evaluate<number>('window.frames_');
    const x = map.x + map.width / 2;
    const y = map.y + map.height / 2;
    const before = await frames();
    const panStart = performance.now();
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + (i % 2 ? -200 : 200), y + (i % 2 ? -100 : 100), { steps: 30 });
      await page.mouse.up();
    }
    const panningFps = ((await frames()) - before) / ((performance.now() - panStart) / 1000);
    return { firstVisit, firstMarkersMs, filterChangeMs: median(changes), panningFps };
  } finally {
    await browser.close();
    await server.close();
  }
}
