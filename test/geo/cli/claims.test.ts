import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../../geo/cli/build';
import { main } from '../../../geo/cli/claims';
import type { Claim, PlaceFeature } from '../../../geo/contract';
import { callCli, callCliReading, IN_PROCESS } from './run-cli';

const SEED = '000_3e6b238d34b65557.txt';
const TEXT = 'Russian warships sailed to Tartus yesterday, officials said.';

interface Answer {
  id: string;
  places?: PlaceFeature[];
  claims?: Claim[];
  error?: string;
}
const answers = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Answer);

function plainFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dalil-')), name);
  writeFileSync(file, text);
  return file;
}

describe('npm run claims -- FILE', IN_PROCESS, () => {
  it('prints the places and claims the build makes of that article alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-articles-'));
    copyFileSync(join('geo/articles', SEED), join(dir, SEED));
    const built = await build({ articles: dir, out: mkdtempSync(join(tmpdir(), 'dalil-out-')), cache: null });
    const result = callCli(main, [join(dir, SEED)]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      id: built.articles[0]!.id,
      places: built.places.features,
      claims: built.claims,
    });
    expect(built.claims!.length).toBeGreaterThan(0);
  });

  it('reads a plain text file on the day --published gives, relative dates from that day', () => {
    const result = callCli(main, ['--published', '2015-09-30', plainFile('ships.txt', TEXT)]);
    expect(result.status).toBe(0);
    const { id, places, claims } = JSON.parse(result.stdout) as Answer;
    expect(id).toBe('ships');
    expect(places!.map((p) => p.properties.id)).toContain('tartus');
    expect(claims![0]).toMatchObject({
      articleId: 'ships',
      published: '2015-09-30',
      eventDate: '2015-09-29',
    });
  });

  it('refuses a plain text file without a day, or with a day that does not exist, naming the file', () => {
    const file = plainFile('ships.txt', TEXT);
    const none = callCli(main, [file]);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/ships\.txt: no publication day .* --published YYYY-MM-DD/);
    const bad = callCli(main, ['--published', '2015-02-30', file]);
    expect(bad.stderr).toMatch(/ships\.txt: published "2015-02-30": no such day in the calendar/);
  });

  it('shows its usage for no file, two files or an unknown option', () => {
    for (const args of [[], ['a.txt', 'b.txt'], ['--nope', 'a.txt']]) {
      const result = callCli(main, args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/usage: npm run --silent claims --/);
    }
  });
});

describe('npm run claims -- --jsonl', IN_PROCESS, () => {
  it('answers each document with its places and claims, on its own day or the one --published gives', async () => {
    const input = [
      { id: 'dated', text: TEXT, published: '2015-10-02' },
      { id: 'undated', text: TEXT },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n');
    const result = await callCliReading(main, ['--jsonl', '--published', '2015-09-30'], input);
    expect(result.status).toBe(0);
    const [dated, undated] = answers(result.stdout);
    expect(dated!.claims![0]).toMatchObject({ articleId: 'dated', eventDate: '2015-10-01' });
    expect(undated!.claims![0]).toMatchObject({ articleId: 'undated', eventDate: '2015-09-29' });
    expect(dated!.places).toEqual(
      undated!.places!.map((p) => ({
        ...p,
        properties: {
          ...p.properties,
          mentions: p.properties.mentions.map((m) => ({ ...m, articleId: 'dated' })),
        },
      })),
    );
  });

  it('answers an error for a document without a day, and carries on', async () => {
    const input = [
      { id: 'undated', text: TEXT },
      'oops',
      { id: 'dated', text: TEXT, published: '2015-10-02' },
    ]
      .map((d) => (typeof d === 'string' ? d : JSON.stringify(d)))
      .join('\n');
    const result = await callCliReading(main, ['--jsonl'], input);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^claims: line 1 \(id "undated"\): no publication day/m);
    expect(result.stderr).toMatch(/^claims: line 2: not JSON/m);
    const [undated, dated] = answers(result.stdout);
    expect(undated!.error).toMatch(/no publication day/);
    expect(dated!.claims!.length).toBe(1);
  });
});
