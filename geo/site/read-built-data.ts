/** The data files `npm run data` wrote into public/, read by the build to prerender and to script-wrap. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DATASET_PATH, evidencePath, parseDataset, textChunkPath, type Dataset } from '../contract.ts';
import { joinTexts } from '../split-dataset.ts';

/** Every JSON file in public/data/ and its folders, as paths relative to the site (`data/texts/0-….json`). */
export function dataFiles(publicDir: string): string[] {
  return publicFiles(publicDir)
    .filter((path) => path.startsWith('data/') && path.endsWith('.json'))
    .sort();
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

/**
 * The dataset `npm run data` wrote, its first file, its evidence file and its text chunks joined and
 * checked in full.
 */
export function readDataset(publicDir: string): Dataset {
  const first = JSON.parse(readPublicFile(publicDir, DATASET_PATH)) as {
    textChunks?: string[];
    evidence?: string;
  };
  const chunks = (first.textChunks ?? []).map(
    (name) => JSON.parse(readPublicFile(publicDir, textChunkPath(name))) as unknown,
  );
  const evidence =
    typeof first.evidence === 'string'
      ? (JSON.parse(readPublicFile(publicDir, evidencePath(first.evidence))) as unknown)
      : undefined;
  const parsed = parseDataset(joinTexts(first, chunks, evidence));
  if (!parsed.ok) throw new Error(`${DATASET_PATH} breaks the contract:\n  ${parsed.problems.join('\n  ')}`);
  return parsed.dataset;
}
