/**
 * Prints the size of the production build: JS and CSS raw and gzipped, then everything a first visit
 * downloads. Run after a build: `npm run bench:size` (or `npx vite build && npx tsx test/bench/size.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST_DIR } from '../browser/dist-files';
import { firstLoadAssets, total, type Asset } from '../browser/first-load';

if (!existsSync(`${DIST_DIR}index.html`)) {
  console.error('dist/index.html is missing: build first (npx vite build).');
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, { raw, gzip }: { raw: number; gzip: number }) =>
  `${label.padEnd(58)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}`;

const assets: Asset[] = firstLoadAssets(DIST_DIR);
console.log(`${''.padEnd(58)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
console.log(row('JavaScript', total(assets, 'js')));
console.log(row('CSS', total(assets, 'css')));
console.log('\nFirst visit:');
for (const asset of assets) console.log(row(`  ${asset.path}`, asset));
console.log(row('Total', total(assets)));

// The embed: what a story's reader downloads for the first view (page, its blocking script and
// stylesheet), and what the interactive map adds when they reach for it (app script, data scripts).
const html = readFileSync(`${DIST_DIR}index.html`, 'utf8');
const file = (path: string) => {
  const bytes = readFileSync(`${DIST_DIR}${path.replace(/^\.\//, '')}`);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};
const boot = /<script src="([^"]+)"/.exec(html)?.[1];
const app = /<meta name="dalil:app" content="([^"]+)"/.exec(html)?.[1];
if (boot && app) {
  const sum = (...sizes: { raw: number; gzip: number }[]) => ({
    raw: sizes.reduce((n, s) => n + s.raw, 0),
    gzip: sizes.reduce((n, s) => n + s.gzip, 0),
  });
  console.log('\nEmbed (?embed=1):');
  console.log(row('  first view JavaScript (boot script)', file(boot)));
  console.log(row('  first view page (prerendered map)', file('index.html')));
  console.log(row('  interactive map JavaScript (app script)', file(app)));
  console.log(row('  embed JavaScript in all', sum(file(boot), file(app))));
  console.log(row('  data scripts (data/*.js)', sum(file('data/dalil.js'), file('data/basemap.js'))));
}
