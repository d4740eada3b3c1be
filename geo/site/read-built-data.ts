/** The data files `npm run data` wrote into public/, read by the build to prerender and to script-wrap. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * A data file as a classic script, for pages that cannot `fetch` their own files (a sandboxed iframe,
 * src/embed/fetch-via-script.ts). The JSON is passed as a string to `JSON.parse`, which browsers read
 * faster than the same data as an object literal.
 */
export function dataScript(path: string, json: string): string {
  return `(self.dalilData=self.dalilData||{})[${JSON.stringify(path)}]=JSON.parse(${JSON.stringify(json)});\n`;
}
