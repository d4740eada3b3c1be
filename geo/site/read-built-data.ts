/** The data files `npm run data` wrote into public/, read by the build to prerender and to script-wrap. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DATASET_PATH, parseDataset, type Dataset } from '../contract.ts';

/** Every JSON file in public/data/, as paths relative to the site (`data/dalil.json`). */
export function dataFiles(publicDir: string): string[] {
  const dir = `${publicDir}/data`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `data/${name}`);
}

/** Every file in public/, which the build copies as it is, as paths relative to the site. */
export function publicFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(publicDir, `${entry.parentPath}/${entry.name}`).split('\\').join('/'));
}

export function readPublicFile(publicDir: string, path: string): string {
  const file = `${publicDir}/${path}`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first.`);
  return readFileSync(file, 'utf8');
}

export function readDataset(publicDir: string): Dataset {
  const parsed = parseDataset(JSON.parse(readPublicFile(publicDir, DATASET_PATH)));
  if (!parsed.ok) throw new Error(`${DATASET_PATH} breaks the contract:\n  ${parsed.problems.join('\n  ')}`);
  return parsed.dataset;
}
