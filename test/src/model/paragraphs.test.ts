import { describe, expect, it } from 'vitest';
import { paragraphRanges } from '../../../src/model/paragraphs';
import { readSeedArticle } from '../fixtures/seed-articles';

describe('paragraphRanges', () => {
  it('finds one paragraph per non-empty line of a real article, skipping blank lines', () => {
    const { text } = readSeedArticle('001_8ef350c371965a55');
    const paragraphs = paragraphRanges(text);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(lines);
  });

  it('leaves only line breaks between paragraphs, so no character is lost', () => {
    const text = 'أ\n\nب ج\n  \nد';
    const paragraphs = paragraphRanges(text);
    let rebuilt = '';
    let cursor = 0;
    for (const p of paragraphs) {
      expect(text.slice(cursor, p.start).trim()).toBe('');
      rebuilt += text.slice(p.start, p.end);
      cursor = p.end;
    }
    expect(rebuilt).toBe('أب جد');
  });

  it('gives a text without line breaks as one paragraph', () => {
    const { text } = readSeedArticle('000_3e6b238d34b65557');
    expect(paragraphRanges(text)).toEqual([{ start: 0, end: text.length }]);
  });
});
