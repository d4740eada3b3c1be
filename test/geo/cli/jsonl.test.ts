import { describe, expect, it } from 'vitest';
import { readLines, type Line } from '../../../geo/cli/jsonl';

async function linesOf(chunks: (string | Buffer)[], maxBytes?: number): Promise<Line[]> {
  async function* input() {
    for (const chunk of chunks) yield chunk;
  }
  const lines: Line[] = [];
  for await (const line of readLines(input(), maxBytes)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('numbers the lines from 1, a last line without its line end included', async () => {
    expect(await linesOf(['a\nb', 'c\n\nd'])).toEqual([
      { n: 1, text: 'a' },
      { n: 2, text: 'bc' },
      { n: 3, text: '' },
      { n: 4, text: 'd' },
    ]);
  });

  it('joins a character cut between two chunks', async () => {
    const bytes = Buffer.from('طرطوس\n');
    expect(await linesOf([bytes.subarray(0, 3), bytes.subarray(3)])).toEqual([{ n: 1, text: 'طرطوس' }]);
  });

  it('skips a line longer than the limit without holding it, and reads the next', async () => {
    expect(await linesOf(['12345', '6789\nok\n', '1234567890'], 8)).toEqual([
      { n: 1, problem: 'longer than 8 bytes, skipped unread' },
      { n: 2, text: 'ok' },
      { n: 3, problem: 'longer than 8 bytes, skipped unread' },
    ]);
  });

  it('names a line that is not UTF-8', async () => {
    expect(await linesOf([Buffer.from([0x61, 0xff, 0x0a, 0x62])])).toEqual([
      { n: 1, problem: 'not valid UTF-8' },
      { n: 2, text: 'b' },
    ]);
  });
});
