/**
 * Writes the dataset the build made into the site's data folder split in three (`splitDataset`, CONTRACT.md
 * "Text chunks", "Summary first file"): the texts as chunk files the app fetches when a reader opens one
 * (`data/texts/<n>-<hash>.json`), the evidence file (every article, mention and claim) it fetches on the
 * first popup, filter, list or export (`data/evidence/<hash>.json`), then the first file, which names them
 * and holds only what the first view draws. Each file goes to a temporary name and is renamed into place,
 * and a chunk's or the evidence's name changes with its content, so a build that fails leaves the data
 * built before whole; files no first file names any more are removed last, and a file already written is
 * not written again: by the name alone, or, given what the build wrote before (`WrittenChunks`), before its
 * JSON is even made.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DATASET_PATH,
  EVIDENCE_DIR,
  evidencePath,
  TEXT_CHUNK_DIR,
  textChunkPath,
  type Dataset,
  type TextChunk,
} from '../contract.ts';
import { splitDataset } from '../split-dataset.ts';

function writeAtomically(file: string, content: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

const hashOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 12);

/** Writes `json` to `file` unless a file of that name and size is there already (its name is its hash). */
function writeNamed(file: string, json: string) {
  if (!existsSync(file) || statSync(file).size !== Buffer.byteLength(json)) writeAtomically(file, json);
}

/** The text chunks a build wrote before, by a key of what each holds: a chunk of a known key is not made again. */
export interface WrittenChunks {
  /** A key of what `chunk` holds, made without its JSON; null when it has none. */
  keyOf(chunk: TextChunk): string | null;
  /**
   * The name the chunk of `key` was written under, when that file (at `path(name)`) is still there whole;
   * it is then kept for the next build.
   */
  nameOf(key: string, path: (name: string) => string): string | undefined;
  /** Records that the chunk of `key` is written, under `name`, in `bytes` bytes. */
  wrote(key: string, name: string, bytes: number): void;
}

/** No chunk known: each is made and named by its content. */
const NONE_WRITTEN: WrittenChunks = { keyOf: () => null, nameOf: () => undefined, wrote: () => undefined };

/**
 * Writes `data/dalil.json`, `data/evidence/*.json` and `data/texts/*.json` under `outDir` (public/, or the
 * folder a test names).
 */
export function writeDataFiles(outDir: string, dataset: Dataset, written = NONE_WRITTEN): void {
  const { first, evidence, chunks } = splitDataset(dataset);
  const dir = join(outDir, TEXT_CHUNK_DIR);
  mkdirSync(dir, { recursive: true });
  const evidenceDir = join(outDir, EVIDENCE_DIR);
  mkdirSync(evidenceDir, { recursive: true });
  const evidenceJson = JSON.stringify(evidence);
  const evidenceName = hashOf(evidenceJson);
  writeNamed(join(outDir, evidencePath(evidenceName)), evidenceJson);
  const names = chunks.map((chunk) => {
    const key = written.keyOf(chunk);
    const known = key === null ? undefined : written.nameOf(key, textChunkPath);
    if (known !== undefined) return known;
    const json = JSON.stringify(chunk);
    const name = `${chunk.chunk}-${hashOf(json)}`;
    // A chunk's name is its content's: one already there, whole, stays (a build after one article changes
    // writes only the chunks that changed).
    writeNamed(join(outDir, textChunkPath(name)), json);
    if (key !== null) written.wrote(key, name, Buffer.byteLength(json));
    return name;
  });
  writeAtomically(
    join(outDir, DATASET_PATH),
    JSON.stringify({ ...first, evidence: evidenceName, textChunks: names }),
  );
  const kept = new Set(names.map((name) => `${name}.json`));
  for (const file of readdirSync(dir)) if (!kept.has(file)) rmSync(join(dir, file));
  for (const file of readdirSync(evidenceDir))
    if (file !== `${evidenceName}.json`) rmSync(join(evidenceDir, file));
}
