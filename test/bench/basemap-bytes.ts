/**
 * What a first visit downloads for the base map, gzipped as a server compressing with gzip would send it:
 * the world level, the tiles' index and the tiles the view asks for, read from the requests Chromium
 * makes for the built site (served by `vite preview` on port 4187), at the full page's opening view and
 * at world zoom, wide and narrow. Run after a build:
 *
 *     npx vite preview --port 4187 --strictPort &  npx tsx test/bench/basemap-bytes.ts
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST_DIR } from '../browser/dist-files';
import { launchChromium, NARROW, WIDE } from '../browser/chromium';

const ORIGIN = process.env.DALIL_ORIGIN ?? 'http://localhost:4187/';
const VIEWS = [
  { name: 'opening view, 1280 px', query: '?lang=en', viewport: WIDE },
  { name: 'opening view, 375 px', query: '?lang=en', viewport: NARROW },
  { name: 'world zoom (2), 1280 px', query: '?lang=en&view=30,30,2', viewport: WIDE },
  { name: 'Latakia (zoom 9), 1280 px', query: '?lang=en&view=35.45,35.9,9', viewport: WIDE },
];

const browser = await launchChromium();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { name, query, viewport } of VIEWS) {
  const page = await browser.newPage({ viewport });
  const paths = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    if (path.startsWith('data/basemap')) paths.add(path);
  });
  await page.goto(ORIGIN + query);
  // Until the map has asked for its view's tiles and they have come.
  await page.waitForSelector('.leaflet-pane canvas');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  let [raw, gzip] = [0, 0];
  for (const path of paths) {
    const bytes = readFileSync(`${DIST_DIR}${path}`);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  console.log(
    `${name.padEnd(28)} ${String(paths.size).padStart(3)} files ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip`,
  );
  await page.close();
}
await browser.close();
