/**
 * The desk's own figures: its JavaScript and gazetteer weight, and the time from "Add the article" to the
 * article's text with its places highlighted, for a 5 KB and a 100 KB article, in Chromium, once the desk
 * has loaded (its worker warm). Run after a build: `npm run bench:desk`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { parseArticle } from '../../geo/article';
import { DIST_DIR } from '../browser/dist-files';
import { launchChromium } from '../browser/chromium';

const DESK_ASSETS = join(DIST_DIR, 'desk/assets');
if (!existsSync(DESK_ASSETS)) {
  console.error('dist/desk is missing: build first (npx vite build).');
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${'desk file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const name of readdirSync(DESK_ASSETS).filter((n) => /\.(js|css)$/.test(n))) {
  const bytes = readFileSync(join(DESK_ASSETS, name));
  console.log(
    `${name.padEnd(48)} ${kb(bytes.length).padStart(10)} ${kb(gzipSync(bytes).length).padStart(10)}`,
  );
}

/** Arabic news text of about `bytes` UTF-8 bytes, from the seed articles, each copy told apart. */
function articleOf(bytes: number): string {
  const seeds = readdirSync('geo/articles').map(
    (f) => parseArticle(readFileSync(join('geo/articles', f), 'utf8'), f).text,
  );
  let text = '';
  for (let k = 0; Buffer.byteLength(text) < bytes; k++) text += `${seeds[k % seeds.length]!} (${k})\n\n`;
  return text;
}

const server = await preview({
  root: process.cwd(),
  preview: { host: '127.0.0.1', port: 0, open: false },
  logLevel: 'silent',
});
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('the preview server did not report a URL');
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${base}desk/?lang=en`);
  const add = async (text: string) => {
    await page.getByLabel('Article text').fill(text);
    const articles = (await page.locator('.desk-articles__item').count()) + 1;
    const started = Date.now();
    await page.getByRole('button', { name: 'Add the article' }).click();
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('.desk-articles__item').length === count &&
        document.querySelector('.desk-mention') !== null &&
        !document.querySelector('.desk-status__reading')?.textContent,
      articles,
    );
    return Date.now() - started;
  };
  // Warm: the worker has loaded the gazetteer once the first article is read.
  const warm = await add('وصلت سفن روسية إلى طرطوس.');
  console.log(`\nfirst article (worker and gazetteer loading): ${warm} ms`);
  for (const size of [5_000, 100_000]) {
    const times = [];
    for (let round = 0; round < 3; round++) times.push(await add(articleOf(size) + `\n${size}-${round}`));
    times.sort((a, b) => a - b);
    console.log(
      `paste to highlighted text, ${size / 1000} KB article: median ${times[1]} ms (${times.join(', ')})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
