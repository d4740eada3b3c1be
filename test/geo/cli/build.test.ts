import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../geo/cli/build';
import { parseDataset } from '../../../geo/contract';
import { callCli, IN_PROCESS, PROCESS_TIMEOUT_MS, runCli } from './run-cli';
import type { Topology } from 'topojson-specification';

const SEEDS = 'geo/articles';

/** A folder of articles: the seeds plus, optionally, one more file with the given bytes. */
function articlesWith(extra?: { name: string; content: string | Buffer }): string {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-articles-'));
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(dir, name));
  if (extra) writeFileSync(join(dir, extra.name), extra.content);
  return dir;
}

const BROKEN_HEADER = { name: 'zz-bad.txt', content: '---\nid: broken\npublished: 2015\n' };

describe('npm run data', IN_PROCESS, () => {
  let out: string;
  let built: string;
  /** The files a good build writes: a failed one must leave exactly these, no temporary file beside. */
  let written: string[];

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'dalil-out-'));
    const result = callCli(main, ['--articles', articlesWith(), '--out', out]);
    expect(result.stderr).toMatch(/5 articles/);
    expect(result.status).toBe(0);
    built = readFileSync(join(out, 'data/dalil.json'), 'utf8');
    written = readdirSync(join(out, 'data')).sort();
  }, 60_000);

  it('writes data that passes the contract, with the basemap beside it', () => {
    const checked = parseDataset(JSON.parse(built));
    expect(checked.ok).toBe(true);
    const basemap = JSON.parse(readFileSync(join(out, 'data/basemap.json'), 'utf8')) as Topology;
    expect(basemap.type).toBe('Topology');
    expect(Object.keys(basemap.objects)).toContain('countries');
  });

  it('shows the Latakia air base, the Tartus port and Dushanbe as their own places', () => {
    const ids = (
      JSON.parse(built) as { places: { features: { properties: { id: string } }[] } }
    ).places.features.map((f) => f.properties.id);
    expect(ids).toEqual(
      expect.arrayContaining(['hmeimim-air-base', 'tartus-naval-facility', 'dushanbe', 'latakia']),
    );
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ['an empty file', '', /is empty/],
    [
      'a file that is not UTF-8',
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xfa, 0x0a]),
      /not valid UTF-8/,
    ],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), /binary/],
    ['a broken header', BROKEN_HEADER.content, /never closed/],
  ];
  for (const [what, content, message] of bad) {
    it(`stops on ${what}, names the file and leaves the data built before untouched`, () => {
      const result = callCli(main, [
        '--articles',
        articlesWith({ name: 'zz-bad.txt', content }),
        '--out',
        out,
      ]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/zz-bad\.txt/);
      expect(result.stderr).toMatch(message);
      expect(readFileSync(join(out, 'data/dalil.json'), 'utf8')).toBe(built);
      expect(readdirSync(join(out, 'data')).sort()).toEqual(written);
    });
  }

  it('stops when two articles share an id', () => {
    const dir = articlesWith();
    const seed = readdirSync(SEEDS)[0]!;
    copyFileSync(join(SEEDS, seed), join(dir, 'copy.txt'));
    const result = callCli(main, ['--articles', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/share the id/);
  });

  it('creates the output folder when it does not exist yet', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'dalil-fresh-')), 'nested');
    mkdirSync(fresh);
    const result = callCli(main, ['--articles', articlesWith(), '--out', fresh]);
    expect(result.status).toBe(0);
    expect(readdirSync(join(fresh, 'data')).sort()).toEqual(written);
    expect(written).toEqual(expect.arrayContaining(['basemap.json', 'dalil.json']));
  });

  // The command line itself, in a process of its own: slow (see PROCESS_TIMEOUT_MS), so only its contract.
  it(
    'as a process, reports on stderr and exits 0, or names the bad file and exits 1',
    () => {
      const fresh = mkdtempSync(join(tmpdir(), 'dalil-process-'));
      const good = runCli('build.ts', ['--articles', articlesWith(), '--out', fresh]);
      expect(good.status).toBe(0);
      expect(good.stdout).toBe('');
      expect(good.stderr).toMatch(/5 articles/);
      expect(readFileSync(join(fresh, 'data/dalil.json'), 'utf8')).toBe(built);
      const bad = runCli('build.ts', ['--articles', articlesWith(BROKEN_HEADER), '--out', fresh]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/zz-bad\.txt/);
      expect(bad.stderr).toMatch(/never closed/);
    },
    2 * PROCESS_TIMEOUT_MS,
  );
});
