import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../geo/article';
import { build } from '../../../geo/cli/build';
import { BASEMAP_PATH, LABELS_PATH, textChunkPath } from '../../../geo/contract';

const SEEDS = 'geo/articles';

/** The paragraphs of the seed articles that are long enough to name a place or two. */
function paragraphs(): string[] {
  return readdirSync(SEEDS)
    .sort()
    .flatMap((name) => parseArticle(readFileSync(join(SEEDS, name), 'utf8'), name).text.split('\n'))
    .filter((line) => line.length > 80);
}

/** Article `n` of the test's corpus: one paragraph of the seeds, dated by its number. */
function articleFile(n: number, body: string): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  return `---\nid: short-${String(n).padStart(3, '0')}\npublished: 2015-10-${day}\nlanguage: ar\n---\n${body}\n`;
}

/** Every file under `dir`, by its path there, with a hash of its bytes. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort())
    if (statSync(join(dir, path)).isFile())
      files[path] = createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex');
  return files;
}

/** The names of the text chunks a build wrote into `out`, in order. */
const chunkNames = (out: string) =>
  (JSON.parse(readFileSync(join(out, 'data/dalil.json'), 'utf8')) as { textChunks: string[] }).textChunks;

const A_DAY_AGO = new Date(Date.now() - 86_400_000);
/** Dates `file` a day back, so that a build that writes it again shows. */
const backdate = (file: string) => utimesSync(file, A_DAY_AGO, A_DAY_AGO);
const writtenAgain = (file: string) => statSync(file).mtimeMs > A_DAY_AGO.getTime() + 1000;

describe('a build after articles are added, changed and removed', { timeout: 180_000 }, () => {
  // Enough short articles for three text chunks (64 articles a chunk), so that one can stay as it was.
  const lines = paragraphs();
  const articles = mkdtempSync(join(tmpdir(), 'dalil-articles-'));
  const write = (n: number, body = lines[n % lines.length]!) =>
    writeFileSync(join(articles, `${String(n).padStart(3, '0')}.txt`), articleFile(n, body));
  for (let n = 0; n < 140; n++) write(n);
  const cache = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
  const out = mkdtempSync(join(tmpdir(), 'dalil-out-'));

  /** The build from the cache into `out`, and how many articles it took from the cache. */
  async function incremental(): Promise<number> {
    let fromCache = -1;
    await build({ articles, out, cache, corrections: null, workers: 0 }, (line) => {
      const read = /(\d+) of them from the cache/.exec(line);
      if (read) fromCache = Number(read[1]);
    });
    return fromCache;
  }

  /** The same articles built afresh, with no cache: what the incremental build must equal, byte for byte. */
  async function full(): Promise<Record<string, string>> {
    const fresh = mkdtempSync(join(tmpdir(), 'dalil-full-'));
    await build({ articles, out: fresh, cache: null, corrections: null, workers: 0 });
    return filesOf(fresh);
  }

  it('writes, from the cache, the same files as a full build of the same articles, and only what changed', async () => {
    expect(await incremental()).toBe(0);
    expect(chunkNames(out)).toHaveLength(3);
    const [first] = chunkNames(out);
    const unchanged = [BASEMAP_PATH, LABELS_PATH, textChunkPath(first!)].map((path) => join(out, path));
    unchanged.forEach(backdate);

    write(140);
    write(100, `${lines[3]!} ${lines[7]!}`);
    expect(await incremental()).toBe(139);
    expect(filesOf(out)).toEqual(await full());
    // The base map, the labels and the first chunk hold what they held: none is written again.
    expect(unchanged.map(writtenAgain)).toEqual([false, false, false]);

    rmSync(join(articles, '010.txt'));
    expect(await incremental()).toBe(140);
    expect(filesOf(out)).toEqual(await full());
  });

  it('writes the same files as a full build when the cache was cut short, as by a build that stopped', async () => {
    const [pack] = readdirSync(cache).filter((name) => name.endsWith('.pack'));
    const file = join(cache, pack!);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 5000));
    write(141);
    expect(await incremental()).toBeLessThan(140);
    expect(filesOf(out)).toEqual(await full());
    // The entries read again were added to the pack: the next build takes every article from it.
    write(142);
    expect(await incremental()).toBe(141);
    expect(filesOf(out)).toEqual(await full());
  });

  it('writes again a file of the output that is gone or cut short, though the memo names it', async () => {
    const [first] = chunkNames(out);
    writeFileSync(join(out, textChunkPath(first!)), '{');
    rmSync(join(out, LABELS_PATH));
    await incremental();
    expect(filesOf(out)).toEqual(await full());
  });
});
