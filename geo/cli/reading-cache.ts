/**
 * The build's cache of article readings, so that a build after one article changed reads only that one.
 *
 * Each reading is kept under a key hashed from all it depends on: the article (its text, id, date and
 * language), the editor's corrections of it, and the reader's version, itself a hash of every file of geo/
 * but the articles and the corrections (the code, the word lists, the gazetteer), of the installed
 * packages (package-lock.json) and of Node's version. A change to any of them is a new key, never a stale
 * reading. Entries are written to a temporary name and renamed, so a build stopped half-way leaves none
 * half written; an entry that cannot be read or is not a reading is a miss, read again and written anew.
 * An entry keeps no slice of its article's text (the words of a mention, a quote, a clause): each span's
 * text is null there and sliced again from the article as the entry is read, which halves what a build
 * from the cache reads.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
}

/** A cache that keeps nothing (`--no-cache`). */
export const NO_CACHE: ReadingCache = { get: () => null, set: () => undefined };

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

/** The cache kept in `dir`, made when first written to. */
export function openReadingCache(dir: string): ReadingCache {
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key, text) {
      let entry: unknown;
      try {
        entry = JSON.parse(readFileSync(fileOf(key), 'utf8'));
      } catch {
        return null;
      }
      if (!isEntry(entry, key)) return null;
      sliceAgain(entry.reading, text);
      return entry.reading;
    },
    set(key, reading, text) {
      const file = fileOf(key);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(
        temporary,
        JSON.stringify({ key, reading }, (_, value: unknown) => withoutSlice(value, text)),
      );
      renameSync(temporary, file);
    },
  };
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
  if (Array.isArray(value)) for (const item of value as unknown[]) sliceAgain(item, text);
  else if (typeof value === 'object' && value !== null) {
    if (isSpan(value) && value.text === null)
      value.text = text.slice(value.start as number, value.end as number);
    for (const item of Object.values(value)) if (typeof item === 'object') sliceAgain(item, text);
  }
}

/** An entry written by `set` for this key: the file may be cut short, emptied or overwritten by hand. */
function isEntry(entry: unknown, key: string): entry is { key: string; reading: ArticleReading } {
  if (typeof entry !== 'object' || entry === null) return false;
  const { key: stored, reading } = entry as { key?: unknown; reading?: unknown };
  if (stored !== key || typeof reading !== 'object' || reading === null) return false;
  const fields = reading as Record<string, unknown>;
  return (
    ['features', 'unresolved', 'claims', 'applied', 'stale'].every((field) => isArray(fields[field])) &&
    typeof fields.mentions === 'number'
  );
}
