/**
 * Lighthouse on the built site, offline: serves dist/ locally (a plain static server, as any host) and
 * runs Lighthouse's mobile preset on Debian's Chromium for the embed (`?embed=1`) and the full page,
 * printing performance, accessibility, TBT, LCP and CLS. Run with `npm run bench:lighthouse` (builds first);
 * `-- --json DIR` also writes each page's full report (Lighthouse's JSON) into DIR, to read what it found;
 * `-- --only WORD` measures only the pages whose label holds WORD (`full`, `lang=en`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../browser/chromium';
import { DIST_DIR } from '../browser/dist-files';
import { serveDistAt } from '../browser/host-page-server';

if (!existsSync(`${DIST_DIR}index.html`)) {
  console.error('dist/index.html is missing: build first (npm run build).');
  process.exit(1);
}

const server = await serveDistAt('/dalil/');
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
const pages = [
  ['embed (?embed=1&lang=ar)', `${server.url}?embed=1&lang=ar`],
  ['embed (?embed=1&lang=en)', `${server.url}?embed=1&lang=en`],
  ['full page (?lang=ar)', `${server.url}?lang=ar`],
  ['full page (?lang=en)', `${server.url}?lang=en`],
] as const;
/** The value after `flag` on the command line, if given. */
const argument = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const only = argument('--only');
const jsonDir = argument('--json');
if (jsonDir) mkdirSync(jsonDir, { recursive: true });
/** A file name for a page's report: `full-page-lang-en.json`. */
const reportName = (label: string) => `${label.replace(/[^a-z]+/gi, '-').replace(/^-|-$/g, '')}.json`;

try {
  console.log(
    `${'page'.padEnd(28)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'TBT'.padStart(8)} ${'LCP'.padStart(8)} ${'CLS'.padStart(6)}`,
  );
  for (const [label, url] of pages.filter(([label]) => !only || label.includes(only))) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (jsonDir) writeFileSync(join(jsonDir, reportName(label)), JSON.stringify(result.lhr));
    const { categories, audits } = result.lhr;
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const ms = (key: string) => `${Math.round(audits[key]?.numericValue ?? NaN)} ms`;
    const cls = (audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3);
    console.log(
      `${label.padEnd(28)} ${String(score('performance')).padStart(5)} ${String(score('accessibility')).padStart(5)} ${ms('total-blocking-time').padStart(8)} ${ms('largest-contentful-paint').padStart(8)} ${cls.padStart(6)}`,
    );
    const failing = Object.values(audits).filter(
      (audit) =>
        result.lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id) &&
        audit.score === 0,
    );
    for (const audit of failing) console.log(`    accessibility: ${audit.id}: ${audit.title}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
