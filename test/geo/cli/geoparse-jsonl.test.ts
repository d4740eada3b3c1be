import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../geo/article';
import { main } from '../../../geo/cli/geoparse';
import { LIMITS, type PlaceCollection, type PlaceFeature } from '../../../geo/contract';
import { callCli, callCliReading, IN_PROCESS, PROCESS_TIMEOUT_MS, runCli } from './run-cli';
import { readFileSync } from 'node:fs';

const SEED = 'geo/articles/000_3e6b238d34b65557.txt';
const ENGLISH = 'Russian aircraft landed near Latakia, officials said. Ships later sailed to Tartus.';

const jsonl = (...docs: unknown[]) =>
  docs.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join('\n');
const answers = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; features?: PlaceFeature[]; error?: string });

/** What the one-file form prints for `text`, saved as `{id}.txt`. */
function oneFile(id: string, text: string): PlaceFeature[] {
  const file = join(mkdtempSync(join(tmpdir(), 'dalil-')), `${id}.txt`);
  writeFileSync(file, text);
  const result = callCli(main, [file]);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as PlaceCollection).features;
}

describe('npm run geoparse -- --jsonl', IN_PROCESS, () => {
  const seedBody = parseArticle(readFileSync(SEED, 'utf8'), SEED).text;

  it('answers each document with exactly the features the one-file form gives its text, in input order', async () => {
    const result = await callCliReading(
      main,
      ['--jsonl'],
      jsonl({ id: 'seed', text: seedBody, lang: 'ar' }, { id: 'english', text: ENGLISH }),
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(answers(result.stdout)).toEqual([
      { id: 'seed', features: oneFile('seed', seedBody) },
      { id: 'english', features: oneFile('english', ENGLISH) },
    ]);
  });

  it('reads the same lines however the input arrives, cut even inside a character', async () => {
    const input = jsonl({ id: 'seed', text: seedBody }, { id: 'english', text: ENGLISH }) + '\n';
    const whole = await callCliReading(main, ['--jsonl'], input, input.length * 4);
    const cut = await callCliReading(main, ['--jsonl'], input, 7);
    expect(cut).toEqual(whole);
    expect(answers(cut.stdout).map((a) => a.id)).toEqual(['seed', 'english']);
  });

  it('names each bad line with its number and problem, answers an error where the id is known, and carries on', async () => {
    const result = await callCliReading(
      main,
      ['--jsonl'],
      jsonl(
        { id: 'first', text: ENGLISH },
        'not json at all',
        { text: ENGLISH },
        { id: 'no-text' },
        '',
        { id: 'too-long', text: 'x'.repeat(LIMITS.articleLength + 1) },
        { id: 'klingon', text: ENGLISH, lang: 'tlh' },
        '["an", "array"]',
        { id: 7, text: ENGLISH },
        { id: 'last', text: ENGLISH },
      ),
    );
    expect(result.status).toBe(1);
    const said = result.stderr.trimEnd().split('\n');
    expect(said).toEqual([
      expect.stringMatching(/^geoparse: line 2: not JSON \(/),
      'geoparse: line 3: "id" is missing',
      'geoparse: line 4 (id "no-text"): "text" is missing',
      `geoparse: line 6 (id "too-long"): "text" is ${LIMITS.articleLength + 1} characters, more than the ${LIMITS.articleLength} an article may have`,
      'geoparse: line 7 (id "klingon"): "lang" is "tlh", not one of ar, en',
      'geoparse: line 8: not a JSON object',
      'geoparse: line 9: "id" is not a non-empty string',
      'geoparse: 7 of 9 lines failed',
    ]);
    const out = answers(result.stdout);
    expect(out.map((a) => a.id)).toEqual(['first', 'no-text', 'too-long', 'klingon', 'last']);
    expect(out[1]).toEqual({ id: 'no-text', error: '"text" is missing' });
    expect(out[4]!.features).toEqual(out[0]!.features!.map((f) => withArticle(f, 'last')));
  });

  it('names a line that is not UTF-8 and reads the next', async () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"bad","text":"'),
      Buffer.from([0xc7, 0xe1, 0xe1]),
      Buffer.from(`"}\n${JSON.stringify({ id: 'good', text: ENGLISH })}\n`),
    ]);
    const result = await callCliReading(main, ['--jsonl'], input);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^geoparse: line 1: not valid UTF-8$/m);
    expect(answers(result.stdout).map((a) => a.id)).toEqual(['good']);
  });

  it('answers nothing and exits 0 on empty input', async () => {
    expect(await callCliReading(main, ['--jsonl'], '')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('keeps the one-file form: one argument, FILE or --jsonl', () => {
    const result = callCli(main, ['--jsonl', SEED]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: .*geoparse -- FILE\n.*--jsonl < docs\.jsonl/);
  });

  // The command line itself, in a process of its own: slow (see PROCESS_TIMEOUT_MS), so only its contract.
  it(
    'as a process, reads stdin, answers on stdout, names bad lines on stderr and exits 1 when one failed',
    () => {
      const input = jsonl({ id: 'english', text: ENGLISH }, '{"id": "x"', { id: 'again', text: ENGLISH });
      const run = runCli('geoparse.ts', ['--jsonl'], input);
      expect(run.status).toBe(1);
      expect(answers(run.stdout).map((a) => a.id)).toEqual(['english', 'again']);
      expect(run.stderr).toMatch(/^geoparse: line 2: not JSON/);
      const good = runCli('geoparse.ts', ['--jsonl'], jsonl({ id: 'english', text: ENGLISH }));
      expect(good.status).toBe(0);
      expect(good.stderr).toBe('');
    },
    2 * PROCESS_TIMEOUT_MS,
  );
});

/** A feature as found in the article `articleId`. */
function withArticle(f: PlaceFeature, articleId: string): PlaceFeature {
  return {
    ...f,
    properties: { ...f.properties, mentions: f.properties.mentions.map((m) => ({ ...m, articleId })) },
  };
}
