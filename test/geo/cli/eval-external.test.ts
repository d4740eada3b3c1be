import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../geo/cli/eval-external';
import { callCli, IN_PROCESS } from './run-cli';

/** A corpus folder holding `files`, each a list of documents, one a line. */
function corpora(files: Record<string, object[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-corpora-'));
  for (const [name, docs] of Object.entries(files))
    writeFileSync(join(dir, name), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return dir;
}

const TEXT = 'Russian ships sailed from Sevastopol to Tartus.';
const span = (name: string, kind: string, lat: number | null = null, lon: number | null = null) => {
  const start = TEXT.indexOf(name);
  return { start, end: start + name.length, text: name, kind, lat, lon };
};

describe('npm run eval:external', IN_PROCESS, () => {
  it('scores every corpus of the folder given, in name order, demonyms set aside', () => {
    const dir = corpora({
      'b.jsonl': [{ id: 'b1', lang: 'en', text: TEXT, gold: [span('Tartus', 'city', 34.89, 35.89)] }],
      'a.jsonl': [
        {
          id: 'a1',
          lang: 'en',
          text: TEXT,
          gold: [
            span('Russian', 'demonym'),
            span('Sevastopol', 'city'),
            span('Tartus', 'city', 34.89, 35.89),
          ],
        },
      ],
    });
    const result = callCli(main, ['--corpora', dir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^a\.jsonl: 1 documents, 0\.00 MB, 2 gold spans, \d+ mentions$/);
    expect(lines).toContain('  demonyms set aside: 1 in the gold, 0 of them taken for places');
    expect(result.stdout.indexOf('b.jsonl:')).toBeGreaterThan(result.stdout.indexOf('a.jsonl:'));
    // Tartus found and put where the gold has it.
    expect(lines.find((l) => l.startsWith('b.jsonl '))).toMatch(
      /^b\.jsonl\s+\S+\s+100\.0%\s+\S+\s+100\.0%\s+\(1\)/,
    );
  });

  it('says where it looked and exits 1 when the folder is missing or holds no corpus', () => {
    for (const dir of [join(tmpdir(), 'no-such-corpora'), corpora({})]) {
      const result = callCli(main, ['--corpora', dir]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`no corpora (*.jsonl) in ${dir}`);
    }
  });

  it('names the file and line of a bad document', () => {
    const dir = corpora({
      'c.jsonl': [{ id: 'c1', text: TEXT, gold: [{ start: 0, end: 3, text: 'Tar', kind: 'city' }] }],
    });
    const result = callCli(main, ['--corpora', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/c\.jsonl: line 1: gold span .* is not a slice of the text/);
  });
});
