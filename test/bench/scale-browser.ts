/**
 * The browser's figures of `npm run bench:scale`: the built site (dist/) served with the data a size's
 * build wrote in place of the seeds', opened in Chromium as a reader would (1280 × 800, English). It
 * measures what a first visit downloads until the network is idle (each file gzipped as a host would
 * serve it), the time from navigation to the first markers (the median of five fresh loads, with when the
 * app's script started and its data had arrived in that load), the time a filter change takes to the next
 * frame (the median of five), and the frames drawn per second while the map is dragged.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DATASET_PATH } from '../../geo/contract';
import { launchChromium, WIDE } from '../browser/chromium';
import { DIST_DIR } from '../browser/dist-files';
import { serveDirAt } from '../browser/host-page-server';
import { waitForMarkers } from '../browser/map-actions';

export interface BrowserFigures {
  /** Bytes of the first visit, as sent and gzipped, and of the data files alone (gzipped). */
  firstVisit: { rawBytes: number; gzipBytes: number; dataGzipBytes: number; files: number };
  /** The median of `LOADS` fresh loads, and when in that load the app's script started and its data arrived. */
  firstMarkersMs: number;
  appStartedMs: number;
  dataArrivedMs: number;
  filterChangeMs: number;
  panningFps: number;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Fresh loads timed for the first markers: a busy machine's one slow load is not the figure. */
const LOADS = 5;

/**
 * Marks in the page (User Timing, on its clock from navigation) when the app's script starts and when the
 * first Leaflet marker (a place or a cluster) is in the document. A string: tsx would wrap a function
 * in a helper the page does not have.
 */
const TIMING_SCRIPT = `(() => {
  let started = false;
  let markers = false;
  new MutationObserver(() => {
    if (!started && document.documentElement.dataset.appStarted !== undefined) {
      started = true;
      performance.mark('dalil-app-started');
    }
    if (!markers && document.querySelector('.leaflet-marker-icon[data-place-id], .leaflet-marker-icon.place-cluster')) {
      markers = true;
      performance.mark('dalil-markers');
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface LoadTimes {
  markers: number;
  appStarted: number;
  dataArrived: number;
}

/** One fresh load of `url`, in a context of its own: when its markers came, its app started, its data arrived. */
async function timeLoad(browser: Browser, url: string): Promise<LoadTimes> {
  const context = await browser.newContext({ viewport: WIDE, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.addInitScript(TIMING_SCRIPT);
    await page.goto(url);
    await waitForMarkers(page);
    return await page.evaluate<LoadTimes>(`(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const data = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/${DATASET_PATH}'));
      return { markers: at('dalil-markers'), appStarted: at('dalil-app-started'), dataArrived: data ? data.responseEnd : NaN };
    })()`);
  } finally {
    await context.close();
  }
}

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
    const loads: LoadTimes[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await timeLoad(browser, `${server.url}?lang=en`));
    const typical = median(loads.map((l) => l.markers));
    const { appStarted, dataArrived } = loads.find((l) => l.markers === typical)!;

    const page = await (await browser.newContext({ viewport: WIDE, deviceScaleFactor: 1 })).newPage();
    // A large map takes long to open: the figures say how long, a timeout would say nothing.
    page.setDefaultTimeout(600_000);
    // What the page asked for, measured from the files served: a response body as large as a big
    // map's data may no longer be held by the browser when asked for.
    const asked = new Set<string>();
    page.on('response', (response) => asked.add(response.url()));
    await page.goto(`${server.url}?lang=en`);
    await waitForMarkers(page);
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
    return {
      firstVisit,
      firstMarkersMs: typical,
      appStartedMs: appStarted,
      dataArrivedMs: dataArrived,
      filterChangeMs: median(changes),
      panningFps,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
