/**
 * Prints the size of the production build: JS and CSS raw and gzipped, then everything a first visit
 * downloads. Run after a build: `npm run bench:size` (or `npx vite build && npx tsx test/bench/size.ts`).
 */
import { existsSync } from 'node:fs';
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
