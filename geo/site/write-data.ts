/**
 * Writes the dataset the build made into the site's data folder, in the stored form of the contract
 * (`storedDataset`: quotes and clauses by their offsets), and the articles' texts again as the chunk files
 * the app is to fetch on demand (`data/texts/<n>.json`, CONTRACT.md "Text chunks"). Each file goes to a
 * temporary name and is renamed into place, so a failed build leaves the data built before whole.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_PATH, storedDataset, TEXT_CHUNK_DIR, textChunkPath, type Dataset } from '../contract.ts';
import { chunkTexts } from '../text-chunks.ts';

function writeAtomically(file: string, content: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** Writes `data/dalil.json` and `data/texts/<n>.json` under `outDir` (public/, or the folder a test names). */
export function writeDataFiles(outDir: string, dataset: Dataset): void {
  const { chunks } = chunkTexts(dataset.articles);
  const dir = join(outDir, TEXT_CHUNK_DIR);
  mkdirSync(dir, { recursive: true });
  for (const chunk of chunks)
    writeAtomically(join(outDir, textChunkPath(chunk.chunk)), JSON.stringify(chunk));
  // Chunks of a larger dataset built before would be read as this one's.
  const written = new Set(chunks.map((c) => `${c.chunk}.json`));
  for (const name of readdirSync(dir)) if (!written.has(name)) rmSync(join(dir, name));
  writeAtomically(join(outDir, DATASET_PATH), JSON.stringify(storedDataset(dataset)));
}
