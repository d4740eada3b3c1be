import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../geo/cli/build';
import {
  evidencePath,
  LIMITS,
  parseDataset,
  SCHEMA_VERSION,
  textChunkPath,
  type Dataset,
  type EvidenceFile,
} from '../../../geo/contract';
import { readDataset } from '../../../geo/site/read-built-data';
import { writeDataFiles } from '../../../geo/site/write-data';
import type { FirstFile } from '../../../geo/split-dataset';
import { callCliAsync, IN_PROCESS, PROCESS_TIMEOUT_MS, runCli } from './run-cli';
import type { Topology } from 'topojson-specification';

const SEEDS = 'geo/articles';

/** A folder of articles: the seeds plus, optionally, one more file with the given bytes. */
function articlesWith(extra?: { name: string; content: string | Buffer }): string {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-articles-'));
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(dir, name));
  if (extra) writeFileSync(join(dir, extra.name), extra.content);
  return dir;
}

/** The build in-process, its readings cached in a folder of its own rather than the repository's. */
const CACHE = mkdtempSync(join(tmpdir(), 'dalil-cache-'));
const buildCli = (args: string[]) => callCliAsync(main, [...args, '--cache', CACHE]);

const BROKEN_HEADER = { name: 'zz-bad.txt', content: '---\nid: broken\npublished: 2015\n' };

describe('npm run data', IN_PROCESS, () => {
  let out: string;
  let built: string;
  /** The files a good build writes: a failed one must leave exactly these, no temporary file beside. */
  let written: string[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'dalil-out-'));
    const result = await buildCli(['--articles', articlesWith(), '--out', out]);
    expect(result.stderr).toMatch(/5 articles/);
    expect(result.status).toBe(0);
    built = readFileSync(join(out, 'data/dalil.json'), 'utf8');
    written = readdirSync(join(out, 'data')).sort();
  }, 60_000);

  it('writes data that passes the contract, with the basemap beside it', () => {
    expect(readDataset(out).articles).toHaveLength(5);
    const basemap = JSON.parse(readFileSync(join(out, 'data/basemap.json'), 'utf8')) as Topology;
    expect(basemap.type).toBe('Topology');
    expect(Object.keys(basemap.objects)).toContain('countries');
  });

  it('writes each sentence once, in its article: quotes and clauses by their offsets only', () => {
    const first = JSON.parse(built) as FirstFile & { evidence: string };
    expect(first.schemaVersion).toBe(SCHEMA_VERSION);
    const stored = JSON.parse(readFileSync(join(out, evidencePath(first.evidence)), 'utf8')) as EvidenceFile;
    const quotes = [
      ...stored.places.flatMap(([, , mentions]) => mentions.map((m) => m.slice(3, 5))),
      ...stored.claims.flatMap((c) => [c.quote, c.clause]),
    ];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('leaves the texts out of the first file, for chunk files it names by their content', () => {
    const summary = JSON.parse(built) as FirstFile & { textChunks: string[]; evidence: string };
    const evidence = JSON.parse(
      readFileSync(join(out, evidencePath(summary.evidence)), 'utf8'),
    ) as EvidenceFile;
    const first = { ...evidence, textChunks: summary.textChunks };
    expect(summary).not.toHaveProperty('claims.0');
    expect(readdirSync(join(out, 'data/evidence'))).toEqual([`${summary.evidence}.json`]);
    for (const article of first.articles) expect(article).not.toHaveProperty('text');
    expect(first.textChunks.length).toBeGreaterThan(0);
    const chunks = first.textChunks.map(
      (name) =>
        JSON.parse(readFileSync(join(out, textChunkPath(name)), 'utf8')) as { texts: { id: string }[] },
    );
    expect(chunks.flatMap((c) => c.texts.map((t) => t.id)).sort()).toEqual(
      first.articles.map((a) => a.id).sort(),
    );
    expect(readdirSync(join(out, 'data/texts')).sort()).toEqual(
      first.textChunks.map((n) => `${n}.json`).sort(),
    );
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
    [
      'Arabic text in Windows-1256',
      Buffer.concat([
        Buffer.from('---\nid: x\n---\n'),
        Buffer.from([0xc7, 0xe1, 0xe1, 0xc7, 0xd0, 0xde, 0xed, 0xc9]),
      ]),
      /not valid UTF-8: it looks like Arabic text in Windows-1256/,
    ],
    [
      'UTF-16 without its byte-order mark',
      Buffer.from('---\nid: x\n---\nLatakia\n', 'utf16le'),
      /UTF-16 text without its byte-order mark/,
    ],
    [
      'a few control characters',
      '---\nid: x\npublished: 2015-09-15\nlanguage: en\n---\nLatakia\u0007 port',
      /holds 1 control character .*U\+0007, on line 6, column 8/,
    ],
  ];
  for (const [what, content, message] of bad) {
    it(`stops on ${what}, names the file and leaves the data built before untouched`, async () => {
      const result = await buildCli([
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

  it('stops when two articles share an id', async () => {
    const dir = articlesWith();
    const seed = readdirSync(SEEDS)[0]!;
    copyFileSync(join(SEEDS, seed), join(dir, 'copy.txt'));
    const result = await buildCli(['--articles', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`copy\\.txt: has the id "[^"]+" of .*${seed.replace('.', '\\.')}`),
    );
  });

  it('reads UTF-16 with its byte-order mark, old Mac line ends and .TXT in capitals, and names what it skips', async () => {
    const dir = articlesWith();
    const header = '---\nid: extra-1\npublished: 2015-09-20\nlanguage: en\n---\n';
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${header}Russian jets landed in Latakia.`, 'utf16le'),
    ]);
    writeFileSync(join(dir, 'extra-1.txt'), utf16);
    writeFileSync(
      join(dir, 'EXTRA-2.TXT'),
      `${header.replace('extra-1', 'extra-2')}Ships sailed to Tartus.\rThey docked.`.replace(/\n/g, '\r'),
    );
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    const fresh = mkdtempSync(join(tmpdir(), 'dalil-out-'));
    const result = await buildCli(['--articles', dir, '--out', fresh]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/7 articles/);
    expect(result.stderr).toMatch(/skipped .*notes\.md: not a \.txt file/);
    const dataset = readDataset(fresh);
    const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
    expect(texts.get('extra-1')).toBe('Russian jets landed in Latakia.');
    expect(texts.get('extra-2')).toBe('Ships sailed to Tartus.\nThey docked.');
    const latakia = dataset.places.features.find((f) => f.properties.id === 'latakia');
    expect(latakia?.properties.mentions.some((m) => m.articleId === 'extra-1')).toBe(true);
  });

  it('refuses an article with more place mentions than an article may have, naming it', async () => {
    const header = '---\nid: list\npublished: 2015-09-20\nlanguage: en\n---\n';
    const dir = articlesWith({
      name: 'list.txt',
      content: header + 'Latakia, '.repeat(LIMITS.mentionsPerArticle + 1),
    });
    const result = await buildCli(['--articles', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/list\.txt: \d+ place mentions, more than the 5000 an article may have/);
    expect(readFileSync(join(out, 'data/dalil.json'), 'utf8')).toBe(built);
  });

  it('refuses an article over 1 MB before reading it, naming the file, its size, the limit and how to split it', async () => {
    const header = '---\nid: book\npublished: 2015-09-20\nlanguage: en\n---\n';
    const content = header + 'x'.repeat(LIMITS.articleBytes);
    const dir = articlesWith({ name: 'book.txt', content });
    const result = await buildCli(['--articles', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `book.txt: 1.00 MB (${content.length} bytes), more than the 1.00 MB (1000000 bytes) an article may have: ` +
        'split it into articles of at most 1.00 MB, each with its own header (id, published, language)',
    );
    expect(readFileSync(join(out, 'data/dalil.json'), 'utf8')).toBe(built);
  });

  describe("with an editor's corrections", () => {
    const header = '---\nid: fixed\npublished: 2015-09-20\nlanguage: en\n---\n';
    const body = 'The Latakia sailed from Tartus. Jets landed at Latakia.';
    const signed = { by: 'Rana', at: '2026-12-02T10:00:00Z', note: null };
    const words = (text: string, from = 0) => {
      const start = body.indexOf(text, from);
      return { articleId: 'fixed', start, end: start + text.length, text };
    };
    async function buildWith(corrections: unknown) {
      const dir = articlesWith({ name: 'fixed.txt', content: header + body });
      const file = join(dir, 'corrections.json');
      writeFileSync(file, typeof corrections === 'string' ? corrections : JSON.stringify(corrections));
      const fresh = mkdtempSync(join(tmpdir(), 'dalil-out-'));
      const result = await buildCli(['--articles', dir, '--corrections', file, '--out', fresh]);
      return { result, dataset: result.status === 0 ? readDataset(fresh) : null };
    }
    const mentionsOf = (dataset: Dataset, id: string) =>
      dataset.places.features
        .find((f) => f.properties.id === id)
        ?.properties.mentions.filter((m) => m.articleId === 'fixed') ?? [];

    it('applies them before the claims are read, and reports the stale ones', async () => {
      const { result, dataset } = await buildWith({
        schemaVersion: 1,
        corrections: [
          { ...words('Latakia'), action: 'reject', why: 'ship', ...signed },
          { ...words('Latakia', 40), action: 'resolve', placeId: 'hmeimim-air-base', ...signed },
          { ...words('Tartus'), action: 'verify', placeId: 'tartus', ...signed },
          { ...words('Jets'), text: 'Ship', action: 'reject', why: 'other', ...signed },
          { ...words('Tartus'), articleId: 'gone', action: 'reject', why: 'other', ...signed },
        ],
      });
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/corrections\.json: 3 corrections applied, 2 stale/);
      expect(result.stderr).toMatch(
        /stale: reject "Ship" at \d+ in fixed \(Rana, [^)]+\): the words at \d+–\d+ now read "Jets"/,
      );
      expect(result.stderr).toMatch(/stale: reject "Tartus" at \d+ in gone .*: no such article/);
      expect(parseDataset(dataset).ok).toBe(true);
      expect(mentionsOf(dataset!, 'latakia')).toEqual([]);
      expect(dataset!.unresolved).toContainEqual(
        expect.objectContaining({
          articleId: 'fixed',
          text: 'Latakia',
          reason: 'not a place here (ship): rejected by Rana',
        }),
      );
      const [base] = mentionsOf(dataset!, 'hmeimim-air-base');
      expect(base?.review).toEqual({ state: 'corrected', ...signed });
      expect(base?.quote.text).toBe('Jets landed at Latakia.');
      expect(base?.role).toBe('site');
      expect(mentionsOf(dataset!, 'tartus')[0]?.review?.state).toBe('verified');
    });

    it('stops on a broken corrections file, naming it and the entry, and leaves the data untouched', async () => {
      const broken = await buildWith({
        schemaVersion: 1,
        corrections: [{ ...words('Tartus'), action: 'verify', ...signed }],
      });
      expect(broken.result.status).toBe(1);
      expect(broken.result.stderr).toMatch(/corrections\.json: corrections\.0/);
      const garbled = await buildWith('{"schemaVersion": 1, "correct');
      expect(garbled.result.status).toBe(1);
      expect(garbled.result.stderr).toMatch(/corrections\.json: not valid JSON/);
      const newer = await buildWith({ schemaVersion: 2, corrections: [] });
      expect(newer.result.stderr).toMatch(/schemaVersion: a corrections file of version 1/);
      expect(readFileSync(join(out, 'data/dalil.json'), 'utf8')).toBe(built);
    });
  });

  it('builds a desk project file with the articles, its articles and decisions included', async () => {
    const text = 'Jets landed at Latakia. Ships sailed to Tartus.';
    const at = text.indexOf('Latakia');
    const project = {
      format: 'dalil-desk-project',
      version: 1,
      articles: [
        {
          id: 'desk-1',
          title: null,
          published: '2015-09-21',
          language: 'en',
          outlet: null,
          url: null,
          note: null,
          text,
        },
      ],
      corrections: [
        {
          articleId: 'desk-1',
          start: at,
          end: at + 7,
          text: 'Latakia',
          action: 'resolve',
          placeId: 'hmeimim-air-base',
          by: 'Rana',
          at: '2026-12-02T10:00:00Z',
          note: null,
        },
      ],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'dalil-project-')), 'desk.json');
    writeFileSync(file, JSON.stringify(project));
    const fresh = mkdtempSync(join(tmpdir(), 'dalil-out-'));
    const result = await buildCli(['--articles', articlesWith(), '--project', file, '--out', fresh]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/6 articles/);
    expect(result.stderr).toMatch(/desk\.json: 1 corrections applied, 0 stale/);
    const dataset = readDataset(fresh);
    const base = dataset.places.features.find((f) => f.properties.id === 'hmeimim-air-base');
    expect(base?.properties.mentions.find((m) => m.articleId === 'desk-1')?.review?.state).toBe('corrected');

    writeFileSync(file, JSON.stringify(project).slice(0, 100));
    const broken = await buildCli(['--articles', articlesWith(), '--project', file, '--out', out]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/desk\.json: not a dalil project: not valid JSON/);
    expect(readFileSync(join(out, 'data/dalil.json'), 'utf8')).toBe(built);
  });

  it('writes a chunk again only when it is not already there whole', () => {
    const dataset = readDataset(out);
    const again = mkdtempSync(join(tmpdir(), 'dalil-again-'));
    writeDataFiles(again, dataset);
    const [name] = (
      JSON.parse(readFileSync(join(again, 'data/dalil.json'), 'utf8')) as { textChunks: string[] }
    ).textChunks;
    const chunk = join(again, textChunkPath(name!));
    const whole = readFileSync(chunk, 'utf8');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(chunk, past, past);
    writeDataFiles(again, dataset);
    expect(statSync(chunk).mtime).toEqual(past);
    writeFileSync(chunk, whole.slice(0, 100));
    writeDataFiles(again, dataset);
    expect(readFileSync(chunk, 'utf8')).toBe(whole);
  });

  it('creates the output folder when it does not exist yet', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'dalil-fresh-')), 'nested');
    mkdirSync(fresh);
    const result = await buildCli(['--articles', articlesWith(), '--out', fresh]);
    expect(result.status).toBe(0);
    expect(readdirSync(join(fresh, 'data')).sort()).toEqual(written);
    expect(written).toEqual(expect.arrayContaining(['basemap.json', 'dalil.json']));
  });

  // The command line itself, in a process of its own: slow (see PROCESS_TIMEOUT_MS), so only its contract.
  it(
    'as a process, reports on stderr and exits 0, or names the bad file and exits 1',
    () => {
      const fresh = mkdtempSync(join(tmpdir(), 'dalil-process-'));
      const good = runCli('build.ts', ['--articles', articlesWith(), '--out', fresh, '--cache', CACHE]);
      expect(good.status).toBe(0);
      expect(good.stdout).toBe('');
      expect(good.stderr).toMatch(/5 articles/);
      expect(readFileSync(join(fresh, 'data/dalil.json'), 'utf8')).toBe(built);
      const bad = runCli('build.ts', [
        '--articles',
        articlesWith(BROKEN_HEADER),
        '--out',
        fresh,
        '--cache',
        CACHE,
      ]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/zz-bad\.txt/);
      expect(bad.stderr).toMatch(/never closed/);
    },
    2 * PROCESS_TIMEOUT_MS,
  );
});
