/**
 * Writes the dataset the build made into the site's data folder split in two (`splitDataset`, CONTRACT.md
 * "Text chunks"): the texts as chunk files the app fetches when a reader opens one
 * (`data/texts/<n>-<hash>.json`), then the first file, which names them, quotes and clauses by their
 * offsets and articles without their texts. Each file goes to a temporary name and is renamed into place,
 * and a chunk's name changes with its content, so a build that fails leaves the data built before whole;
 * chunks no first file names any more are removed last, and a chunk already written is not written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_PATH, TEXT_CHUNK_DIR, textChunkPath, type Dataset } from '../contract.ts';
import { splitDataset } from '../split-dataset.ts';

function writeAtomically(file: string, content: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** Writes `data/dalil.json` and `data/texts/*.json` under `outDir` (public/, or the folder a test names). */
export function writeDataFiles(outDir: string, dataset: Dataset): void {
  const { first, chunks } = splitDataset(dataset);
  const dir = join(outDir, TEXT_CHUNK_DIR);
  mkdirSync(dir, { recursive: true });
  const names = chunks.map((chunk) => {
    const json = JSON.stringify(chunk);
    const name = `${chunk.chunk}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
    const file = join(outDir, textChunkPath(name));
    // A chunk's name is its content's: one already there, whole, stays (a build after one article changes
    // writes only the chunks that changed).
    if (!existsSync(file) || statSync(file).size !== Buffer.byteLength(json)) writeAtomically(file, json);
    return name;
  });
  writeAtomically(join(outDir, DATASET_PATH), JSON.stringify({ ...first, textChunks: names }));
  const kept = new Set(names.map((name) => `${name}.json`));
  for (const file of readdirSync(dir)) if (!kept.has(file)) rmSync(join(dir, file));
}
