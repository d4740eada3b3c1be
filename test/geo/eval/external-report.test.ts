import { describe, expect, it } from 'vitest';
import { externalReport } from '../../../geo/eval/external-report';
import { emptySpanScore } from '../../../geo/eval/score-spans';

function result() {
  const score = emptySpanScore();
  Object.assign(score.byKind.countries, { gold: 4, found: 3, predicted: 4, right: 2, located: 3, near: 2 });
  Object.assign(score.byKind.other, { gold: 1, found: 1, predicted: 0, right: 0, located: 0, near: 0 });
  score.demonyms = { gold: 2, taken: 1 };
  return { name: 'tiny.jsonl', documents: 10, bytes: 2 * 1024 * 1024, seconds: 0.5, score };
}

describe('externalReport', () => {
  const lines = externalReport([result()]);
  const row = (name: string) =>
    lines
      .find((l) => l.trimStart().startsWith(name))!
      .trim()
      .split(/\s{2,}|\s(?=\S)/);

  it('gives recall, precision, F1 and Acc@161 per kind and for all kinds', () => {
    expect(row('countries')).toEqual([
      'countries',
      '4',
      '3',
      '75.0%',
      '4',
      '2',
      '50.0%',
      '60.0%',
      '3',
      '66.7%',
    ]);
    expect(row('all')).toEqual(['all', '5', '4', '80.0%', '4', '2', '50.0%', '61.5%', '3', '66.7%']);
  });

  it('shows a dash where there is nothing to divide', () => {
    expect(row('facilities')).toEqual(['facilities', '0', '0', '–', '0', '0', '–', '–', '0', '–']);
  });

  it('names the demonyms set aside, and the speed in documents and MB a second', () => {
    expect(lines).toContain('  demonyms set aside: 2 in the gold, 1 of them taken for places');
    expect(lines).toContain('  speed: 20 documents/s, 4.00 MB/s');
  });

  it('ends with one line a corpus', () => {
    expect(lines.at(-1)).toMatch(
      /^tiny\.jsonl\s+50\.0%\s+80\.0%\s+61\.5%\s+66\.7%\s+\(3\)\s+20 documents\/s, 4\.00 MB\/s$/,
    );
  });
});
