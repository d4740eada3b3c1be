import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../geo/article';
import type { Article } from '../../../geo/contract';
import type { Correction } from '../../../geo/corrections/schema';
import { readingsOf } from '../../../geo/cli/read-articles';
import { openReadingCache, readerVersion, readingKey } from '../../../geo/cli/reading-cache';
import { IN_PROCESS } from './run-cli';

const SEEDS = 'geo/articles';
const seeds = (): Article[] =>
  readdirSync(SEEDS)
    .sort()
    .slice(0, 2)
    .map((name) => parseArticle(readFileSync(join(SEEDS, name), 'utf8'), name));

/** A verification of the first place the first seed names, as an editor would make it. */
function verification(article: Article, text: string, placeId: string): Correction {
  const start = article.text.indexOf(text);
  return {
    action: 'verify',
    placeId,
    articleId: article.id,
    start,
    end: start + text.length,
    text,
    by: 'Rana',
    at: '2026-12-02T10:00:00Z',
    note: null,
  };
}

/** The pack files of a cache folder. */
const packs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pack'));
/** The entries of a cache folder's one pack: its lines. */
const entries = (dir: string) => {
  const [pack, ...others] = packs(dir);
  expect(others).toEqual([]);
  return readFileSync(join(dir, pack!), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
};

describe('the reading cache', IN_PROCESS, () => {
  it('reads an article once, then takes its reading from the cache, the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
    const articles = seeds();
    const first = await readingsOf(articles, [], { cache: openReadingCache(dir), workers: 0 });
    expect(first.fromCache).toBe(0);
    expect(entries(dir)).toHaveLength(2);
    const again = await readingsOf(articles, [], { cache: openReadingCache(dir), workers: 0 });
    expect(again.fromCache).toBe(2);
    expect(again.readings).toEqual(JSON.parse(JSON.stringify(first.readings)));
  });

  it('keeps no slice of the article in an entry, and slices each span again as it reads one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
    const [one] = seeds() as [Article];
    const first = await readingsOf([one], [], { cache: openReadingCache(dir), workers: 0 });
    const quote = first.readings[0]!.claims[0]!.quote.text;
    const [stored] = entries(dir);
    expect(stored).not.toContain(quote);
    expect(stored).toContain('"text":null');
    const again = await readingsOf([one], [], { cache: openReadingCache(dir), workers: 0 });
    expect(again.fromCache).toBe(1);
    expect(again.readings[0]!.claims[0]!.quote.text).toBe(quote);
    expect(again.readings).toEqual(JSON.parse(JSON.stringify(first.readings)));
  });

  it('reads again only the article whose text or corrections changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
    const [one, two] = seeds() as [Article, Article];
    const cache = openReadingCache(dir);
    await readingsOf([one, two], [], { cache, workers: 0 });
    const edited = { ...two, text: `${two.text}\nوصلت سفن روسية إلى طرطوس.` };
    const afterEdit = await readingsOf([one, edited], [], { cache, workers: 0 });
    expect(afterEdit.fromCache).toBe(1);
    const tartus = edited.text.lastIndexOf('طرطوس');
    expect(
      afterEdit.readings[1]!.features.some((f) => f.properties.mentions.some((m) => m.start === tartus)),
    ).toBe(true);
    const correction = verification(edited, 'طرطوس', 'tartus');
    const corrected = await readingsOf([one, edited], [correction], { cache, workers: 0 });
    expect(corrected.fromCache).toBe(1);
    expect(corrected.readings[1]!.applied).toEqual([correction]);
  });

  it('keys a reading by the reader version, the article and its own corrections only', () => {
    const [one, two] = seeds() as [Article, Article];
    const own = verification(one, one.text.slice(0, 3), 'syria');
    const key = readingKey('v1', one, [own]);
    expect(readingKey('v1', one, [own])).toBe(key);
    expect(readingKey('v2', one, [own])).not.toBe(key);
    expect(readingKey('v1', one, [])).not.toBe(key);
    expect(readingKey('v1', { ...one, published: '2015-01-01' }, [own])).not.toBe(key);
    expect(readingKey('v1', two, [own])).not.toBe(readingKey('v1', one, [own]));
  });

  it('gives the reader a new version when its code, word lists or gazetteer change, not its articles', () => {
    const geo = mkdtempSync(join(tmpdir(), 'dalil-geo-'));
    cpSync('geo/lexicon', join(geo, 'lexicon'), { recursive: true });
    cpSync('geo/text', join(geo, 'text'), { recursive: true });
    cpSync(SEEDS, join(geo, 'articles'), { recursive: true });
    const lockfile = join(geo, 'package-lock.json');
    writeFileSync(lockfile, '{}');
    const version = readerVersion(geo, lockfile);
    writeFileSync(join(geo, 'articles', 'new.txt'), 'another article');
    writeFileSync(join(geo, 'corrections.json'), '{}');
    expect(readerVersion(geo, lockfile)).toBe(version);
    writeFileSync(join(geo, 'text', 'tokens.ts'), '// changed');
    const edited = readerVersion(geo, lockfile);
    expect(edited).not.toBe(version);
    writeFileSync(join(geo, 'lexicon', 'people.json'), '[]');
    expect(readerVersion(geo, lockfile)).not.toBe(edited);
    writeFileSync(lockfile, '{"packages": {}}');
    expect(readerVersion(geo, lockfile)).not.toBe(edited);
  });

  it('reads again an article whose entry is corrupt, and writes it anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
    const articles = seeds();
    const first = await readingsOf(articles, [], { cache: openReadingCache(dir), workers: 0 });
    const [cut, emptied] = entries(dir) as [string, string];
    const pack = join(dir, packs(dir)[0]!);
    // One entry's JSON broken, the other's reading emptied, and the last line cut short as by a build
    // that stopped while it wrote.
    writeFileSync(
      pack,
      `${cut.slice(0, 100)}\n${emptied.slice(0, 65)}{}\n${emptied.slice(0, 65)}{"features": [`,
    );
    const again = await readingsOf(articles, [], { cache: openReadingCache(dir), workers: 0 });
    expect(again.fromCache).toBe(0);
    expect(again.readings).toEqual(first.readings);
    const third = await readingsOf(articles, [], { cache: openReadingCache(dir), workers: 0 });
    expect(third.fromCache).toBe(2);
    expect(third.readings).toEqual(JSON.parse(JSON.stringify(first.readings)));
  });

  it('reads the entries of the one-file-each cache of before, and keeps them in the pack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
    const articles = seeds();
    const first = await readingsOf(articles, [], { cache: openReadingCache(dir), workers: 0 });
    const pack = join(dir, packs(dir)[0]!);
    for (const line of entries(dir)) {
      const key = line.slice(0, 64);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(
        join(dir, key.slice(0, 2), `${key}.json`),
        `{"key":"${key}","reading":${line.slice(65)}}`,
      );
    }
    rmSync(pack);
    const again = await readingsOf(articles, [], { cache: openReadingCache(dir), workers: 0 });
    expect(again.fromCache).toBe(2);
    expect(again.readings).toEqual(JSON.parse(JSON.stringify(first.readings)));
    expect(entries(dir)).toHaveLength(2);
  });

  it('writes the pack again with only the entries a build used, once the others outweigh them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
    const [one] = seeds() as [Article];
    // Versions of the article an editor went through: each an entry, the last the one in use.
    const edits = Array.from({ length: 40 }, (_, n) => ({
      ...one,
      text: `${one.text}\n${'و'.repeat(n + 1)}`,
    }));
    for (const edit of edits) await readingsOf([edit], [], { cache: openReadingCache(dir), workers: 0 });
    const last = edits.at(-1)!;
    expect(entries(dir).length).toBeLessThan(40);
    const again = await readingsOf([last], [], { cache: openReadingCache(dir), workers: 0 });
    expect(again.fromCache).toBe(1);
  });
});
