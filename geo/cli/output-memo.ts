/**
 * What the build last wrote into an output folder, kept beside the reading cache, so that a build after one
 * article changed writes again only what changed: the base map and its labels are made from the gazetteer
 * and world-atlas alone, so they stay while the reader's version (reading-cache.ts) stays; a text chunk
 * holding the same readings, in the same order, as one written before keeps that file and its name,
 * without its JSON being made again to hash.
 *
 * It is a memo, never the truth: a file it names that is gone or no longer of the size written is written
 * again; a memo that cannot be read is none; it is written to a temporary name and renamed, last, once
 * every file it names is in place. Without a cache (`--no-cache`) there is no memo and every file is
 * written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TextChunk } from '../contract';
import type { WrittenChunks } from '../site/write-data';

/** The memo as a file holds it: each file by its path under the output folder, with its size in bytes. */
interface MemoFile {
  memo: 1;
  /** The reader's version the base map and labels were written for, and their files. */
  basemap: { version: string; files: Record<string, number> } | null;
  /** Each chunk by the key of what it holds (`chunkKey`): its name and size. */
  chunks: Record<string, { name: string; bytes: number }>;
}

export interface OutputMemo {
  /** True when the base map and labels written for `version` are all still in place, whole. */
  hasBasemap(version: string): boolean;
  /** Records the base map and label files (paths under the output folder) written for `version`. */
  wroteBasemap(version: string, files: readonly string[]): void;
  /** The text chunks written before, for `writeDataFiles`; the readings' keys, by article id, key them. */
  chunks(readingKeys: ReadonlyMap<string, string>): WrittenChunks;
  /** Writes the memo down, for the next build. */
  save(): void;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The size of `file` in bytes; -1 when there is no such file. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

/** A memo as `save` writes it: the file may have been cut short or written over by hand. */
function isMemo(value: unknown): value is MemoFile {
  if (typeof value !== 'object' || value === null) return false;
  const { memo, basemap, chunks } = value as Record<string, unknown>;
  const isObject = (field: unknown) => typeof field === 'object' && field !== null;
  const basemapOk =
    basemap === null || (isObject(basemap) && isObject((basemap as { files?: unknown }).files));
  return memo === 1 && basemapOk && isObject(chunks);
}

function readMemo(file: string): MemoFile {
  try {
    const memo: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isMemo(memo)) return memo;
  } catch {
    // No memo yet, or one cut short: every file is written.
  }
  return { memo: 1, basemap: null, chunks: {} };
}

/**
 * A key of what a chunk holds, made without its JSON: its number, and each article's reading key (its
 * text, corrections and the reader's version) with the order of its mentions' details, which follows the
 * order of the places over every article. Null when an article has no reading key.
 */
function chunkKey(chunk: TextChunk, readingKeys: ReadonlyMap<string, string>): string | null {
  const parts = [String(chunk.chunk)];
  for (const entry of chunk.texts) {
    const key = readingKeys.get(entry.id);
    if (key === undefined) return null;
    parts.push(key, (entry.mentions ?? []).map((m) => `${m.placeId}@${m.start}`).join(' '));
  }
  return sha256(parts.join('\0'));
}

/** The memo of what the build wrote into `outDir`, kept in the cache folder `cacheDir`. */
export function openOutputMemo(cacheDir: string, outDir: string): OutputMemo {
  const dir = join(cacheDir, 'outputs');
  const file = join(dir, `${sha256(resolve(outDir)).slice(0, 16)}.json`);
  const before = readMemo(file);
  const now: MemoFile = { memo: 1, basemap: null, chunks: {} };
  const inPlace = (path: string, bytes: number) => sizeOf(join(outDir, path)) === bytes;
  return {
    hasBasemap(version) {
      const { basemap } = before;
      if (basemap?.version !== version) return false;
      if (!Object.entries(basemap.files).every(([path, bytes]) => inPlace(path, bytes))) return false;
      now.basemap = basemap;
      return true;
    },
    wroteBasemap(version, files) {
      now.basemap = { version, files: Object.fromEntries(files.map((f) => [f, sizeOf(join(outDir, f))])) };
    },
    chunks(readingKeys) {
      return {
        keyOf: (chunk) => chunkKey(chunk, readingKeys),
        nameOf(key, path) {
          const written = before.chunks[key];
          if (typeof written?.name !== 'string' || !inPlace(path(written.name), written.bytes))
            return undefined;
          now.chunks[key] = written;
          return written.name;
        },
        wrote(key, name, bytes) {
          now.chunks[key] = { name, bytes };
        },
      };
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(now));
      renameSync(temporary, file);
    },
  };
}
