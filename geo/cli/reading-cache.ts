/**
 * The build's cache of article readings, so that a build after one article changed reads only that one.
 *
 * Each reading is kept under a key hashed from all it depends on: the article (its text, id, date and
 * language), the editor's corrections of it, and the reader's version, itself a hash of every file of geo/
 * but the articles and the corrections (the code, the word lists, the gazetteer), of the installed
 * packages (package-lock.json) and of Node's version. A change to any of them is a new key, never a stale
 * reading. The entries of a reader version are the lines of one pack file (`openReadingCache`), read in one
 * go rather than ten thousand files; an entry that cannot be read or is not a reading is a miss, read again
 * and written anew.
 * An entry keeps no slice of its article's text (the words of a mention, a quote, a clause): each span's
 * text is null there and sliced again from the article as the entry is read, which halves what a build
 * from the cache reads.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../contract';
import type { ArticleReading } from '../corrections/read-article';
import type { Correction } from '../corrections/schema';

/** Where the build keeps its cache unless told otherwise: ignored by git with the rest of node_modules. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/dalil';

const GEO = fileURLToPath(new URL('..', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
/** What in geo/ a reading does not depend on: the inputs, keyed one by one, and the prose. */
const NOT_THE_READER = (path: string) =>
  path === 'articles' || path === 'corrections.json' || path.endsWith('.md');

export interface ReadingCache {
  /** The reading kept under `key`, its spans' texts sliced from `text`, the article's; null when none. */
  get(key: string, text: string): ArticleReading | null;
  set(key: string, reading: ArticleReading, text: string): void;
  /** True when an entry is kept under `key` (it is read, and may yet prove broken, by `get`). */
  has(key: string): boolean;
  /** Done with: what was set is down; `used`, the keys the build read, may drop the others. */
  close(used: Iterable<string>): void;
}

/** A cache that keeps nothing (`--no-cache`). */
export const NO_CACHE: ReadingCache = {
  get: () => null,
  set: () => undefined,
  has: () => false,
  close: () => undefined,
};

/** The reader's version: a hash of geo/ (its code and data, not its articles) and of the packages. */
export function readerVersion(geo = GEO, lockfile = LOCKFILE): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (NOT_THE_READER(relative(geo, path))) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hash
          .update(`${relative(geo, path)}\0`)
          .update(readFileSync(path))
          .update('\0');
    }
  };
  walk(geo);
  // A new Node may read letters differently (its Unicode tables, its regular expressions).
  hash.update(`node ${process.versions.node} unicode ${process.versions.unicode}\0`);
  try {
    hash.update(readFileSync(lockfile));
  } catch {
    hash.update('no lockfile');
  }
  return hash.digest('hex');
}

/** The key of `article`'s reading with `corrections` (its own, in the order they were made). */
export function readingKey(version: string, article: Article, corrections: readonly Correction[]): string {
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(JSON.stringify(article))
    .update('\0')
    .update(JSON.stringify(corrections))
    .digest('hex');
}

/** Packs of other reader versions kept beside the current one (another checkout may use them). */
const PACKS_KEPT = 4;
/** A line of a pack: the key's 64 hex digits, a tab, the reading as JSON, a line feed. */
const KEY_LENGTH = 64;
const TAB = 9;
const LINE_FEED = 10;

/**
 * The cache kept in `dir`, made when first written to: one pack file for the reader's `version`
 * (`readings-<version>.pack`), every entry a line of it, read whole as the cache opens and indexed by key
 * without its JSON being parsed; a reading is parsed only when asked for. Entries are appended as they are
 * read, each in one write, so a build stopped half-way leaves at most its last line cut short, a miss the
 * next build reads again. Entries of the one-file-each cache of before (`<dir>/<key[0:2]>/<key>.json`)
 * are still read, and kept in the pack from then on. `close` writes the pack again, with only the entries
 * the build used, once those it did not use outweigh them; a pack of a reader version that is no longer
 * the current one is removed once `PACKS_KEPT` newer ones are there.
 */
export function openReadingCache(dir: string, version = 'any'): ReadingCache {
  const legacyFileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  const pack = join(dir, `readings-${version.slice(0, 16)}.pack`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(pack);
  } catch {
    bytes = Buffer.alloc(0);
  }
  /** Where each entry's JSON lies in `bytes`; a key written twice: the later line. */
  const index = new Map<string, [number, number]>();
  let end = 0;
  for (let at = 0; at < bytes.length;) {
    const lineEnd = bytes.indexOf(LINE_FEED, at);
    if (lineEnd < 0) break;
    if (lineEnd > at + KEY_LENGTH && bytes[at + KEY_LENGTH] === TAB)
      index.set(bytes.toString('latin1', at, at + KEY_LENGTH), [at + KEY_LENGTH + 1, lineEnd]);
    at = end = lineEnd + 1;
  }
  /** The lines appended by this cache, by key: read back from here, and kept when the pack is written again. */
  const added = new Map<string, string>();
  let fd: number | null = null;
  const append = (line: string) => {
    if (fd === null) {
      mkdirSync(dir, { recursive: true });
      fd = openSync(pack, 'a');
      // A line cut short by a build that stopped is ended, so that the next one starts a line of its own.
      if (end < bytes.length) writeFileSync(fd, '\n');
    }
    writeFileSync(fd, line);
  };
  const parse = (json: string): ArticleReading | null => {
    try {
      const reading: unknown = JSON.parse(json);
      return isReading(reading) ? reading : null;
    } catch {
      return null;
    }
  };
  const legacy = (key: string): ArticleReading | null => {
    let entry: unknown;
    try {
      entry = JSON.parse(readFileSync(legacyFileOf(key), 'utf8'));
    } catch {
      return null;
    }
    return typeof entry === 'object' && entry !== null && (entry as { key?: unknown }).key === key
      ? parse(JSON.stringify((entry as { reading?: unknown }).reading ?? null))
      : null;
  };
  const line = (key: string, json: string) => `${key}\t${json}\n`;
  return {
    has: (key) => added.has(key) || index.has(key) || existsSync(legacyFileOf(key)),
    get(key, text) {
      const addedLine = added.get(key);
      const at = index.get(key);
      let reading: ArticleReading | null;
      if (addedLine !== undefined) reading = parse(addedLine.slice(KEY_LENGTH + 1, -1));
      else if (at !== undefined) reading = parse(bytes.toString('utf8', at[0], at[1]));
      else {
        reading = legacy(key);
        if (reading !== null) {
          const kept = line(key, JSON.stringify(reading));
          append(kept);
          added.set(key, kept);
        }
      }
      if (reading === null) return null;
      sliceAgain(reading, text);
      return reading;
    },
    set(key, reading, text) {
      const kept = line(
        key,
        JSON.stringify(reading, (_, value: unknown) => withoutSlice(value, text)),
      );
      append(kept);
      added.set(key, kept);
    },
    close(used) {
      if (fd !== null) closeSync(fd);
      fd = null;
      const live = new Set(used);
      let liveBytes = 0;
      let allBytes = bytes.length;
      for (const [key, [from, to]] of index) if (live.has(key)) liveBytes += to - from;
      for (const [key, kept] of added) {
        allBytes += kept.length;
        if (live.has(key)) liveBytes += kept.length;
      }
      if (allBytes > 2 * liveBytes) {
        const parts: Buffer[] = [];
        for (const key of live) {
          const kept = added.get(key);
          const at = index.get(key);
          if (kept !== undefined) parts.push(Buffer.from(kept));
          else if (at !== undefined) parts.push(bytes.subarray(at[0] - KEY_LENGTH - 1, at[1] + 1));
        }
        const temporary = `${pack}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat(parts));
        renameSync(temporary, pack);
      }
      removeOldPacks(dir, pack);
    },
  };
}

/** Removes the packs of other reader versions but the `PACKS_KEPT` last written. */
function removeOldPacks(dir: string, current: string) {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const others = names
    .filter((name) => /^readings-[0-9a-z]+\.pack$/.test(name) && join(dir, name) !== current)
    .map((name) => ({ file: join(dir, name), at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { file } of others.slice(PACKS_KEPT)) rmSync(file, { force: true });
}

const isArray = (value: unknown) => Array.isArray(value);

type Spanned = { start: unknown; end: unknown; text: unknown };
const isSpan = (value: unknown): value is Spanned =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Spanned).start === 'number' &&
  typeof (value as Spanned).end === 'number' &&
  'text' in value;

/** A span as an entry keeps it: its text null when it is the article's slice (it always is, but checked). */
function withoutSlice(value: unknown, text: string): unknown {
  if (!isSpan(value) || value.text !== text.slice(value.start as number, value.end as number)) return value;
  return { ...value, text: null };
}

/** Gives every span of an entry just read its text again, sliced from the article (a walk, in place). */
function sliceAgain(value: unknown, text: string): void {
  if (Array.isArray(value)) {
    for (const item of value as unknown[])
      if (typeof item === 'object' && item !== null) sliceAgain(item, text);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const fields = value as Record<string, unknown>;
  if (fields.text === null && typeof fields.start === 'number' && typeof fields.end === 'number')
    fields.text = text.slice(fields.start, fields.end);
  for (const key in fields) {
    const item = fields[key];
    if (typeof item === 'object' && item !== null) sliceAgain(item, text);
  }
}

/** A reading as `set` wrote it: the line may be cut short or written over by hand. */
function isReading(reading: unknown): reading is ArticleReading {
  if (typeof reading !== 'object' || reading === null) return false;
  const fields = reading as Record<string, unknown>;
  return (
    ['features', 'unresolved', 'claims', 'applied', 'stale'].every((field) => isArray(fields[field])) &&
    typeof fields.mentions === 'number'
  );
}
