import { describe, expect, it } from 'vitest';
import { splitAtRanges } from '../../../src/model/split-at-ranges';
import { readSeedArticle } from '../fixtures/seed-articles';
import { EARLY_AIRBASE_SENTENCE, EARLY_ID, mentionIn } from '../fixtures/seed-dataset';

const joined = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');

describe('splitAtRanges', () => {
  it('splits a real quote at the mention, exactly where mention.start - quote.start says', () => {
    const article = readSeedArticle(EARLY_ID);
    const mention = mentionIn(article, EARLY_AIRBASE_SENTENCE, 'قاعدة جوية متقدمة');
    const { quote } = mention;
    const pieces = splitAtRanges(quote.text, quote.start, [mention]);
    expect(pieces.map((p) => p.marked)).toEqual([false, true, false]);
    expect(pieces[0]!.text).toBe(quote.text.slice(0, mention.start - quote.start));
    expect(pieces[1]!.text).toBe(mention.text);
    expect(pieces[2]!.text).toBe(quote.text.slice(mention.end - quote.start));
    expect(joined(pieces)).toBe(article.text.slice(quote.start, quote.end));
  });

  it('gives the pieces their offsets in the article', () => {
    const pieces = splitAtRanges('abcdef', 100, [{ start: 102, end: 104 }]);
    expect(pieces).toEqual([
      { start: 100, text: 'ab', marked: false },
      { start: 102, text: 'cd', marked: true },
      { start: 104, text: 'ef', marked: false },
    ]);
  });

  it('returns the whole text unmarked when there is nothing to mark', () => {
    expect(splitAtRanges('نص', 5, [])).toEqual([{ start: 5, text: 'نص', marked: false }]);
  });

  it('marks a range at the very start and one at the very end', () => {
    const pieces = splitAtRanges('abcdef', 0, [
      { start: 4, end: 6 },
      { start: 0, end: 2 },
    ]);
    expect(pieces.map((p) => [p.text, p.marked])).toEqual([
      ['ab', true],
      ['cd', false],
      ['ef', true],
    ]);
  });

  it('merges overlapping ranges instead of repeating characters', () => {
    const pieces = splitAtRanges('abcdef', 0, [
      { start: 1, end: 4 },
      { start: 2, end: 5 },
    ]);
    expect(joined(pieces)).toBe('abcdef');
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['bcd', 'e']);
  });

  it('clips ranges that reach outside the text and drops those wholly outside', () => {
    const pieces = splitAtRanges('abcdef', 10, [
      { start: 5, end: 12 },
      { start: 30, end: 40 },
    ]);
    expect(pieces.map((p) => [p.text, p.marked])).toEqual([
      ['ab', true],
      ['cdef', false],
    ]);
  });

  it('does not crash on an empty text', () => {
    expect(splitAtRanges('', 0, [{ start: 0, end: 3 }])).toEqual([]);
  });
});
