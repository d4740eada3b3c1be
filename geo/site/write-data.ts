/**
 * Writes the dataset the build made into the site's data folder, in the stored form of the contract
 * (`storedDataset`: quotes and clauses by their offsets). Each file goes to a temporary name and is renamed
 * into place, so a failed build leaves the data built before whole.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_PATH, storedDataset, type Dataset } from '../contract.ts';

function writeAtomically(file: string, content: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** Writes `data/dalil.json` under `outDir` (public/, or the folder a test names). */
export function writeDataFiles(outDir: string, dataset: Dataset): void {
  writeAtomically(join(outDir, DATASET_PATH), JSON.stringify(storedDataset(dataset)));
}
