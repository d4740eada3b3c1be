import { describe, expect, it } from 'vitest';
import { chunkTexts } from '../../geo/text-chunks';

const article = (id: string, length: number) => ({ id, text: 'ا'.repeat(length) });

describe('chunkTexts', () => {
  it('keeps the articles in order, each in the one chunk the map of chunks names', () => {
    const articles = ['a', 'b', 'c', 'd', 'e'].map((id) => article(id, 10));
    const { chunkOf, chunks } = chunkTexts(articles, { units: 25, articles: 10 });
    expect(chunks.map((c) => c.texts.map((t) => t.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(chunks.map((c) => c.chunk)).toEqual([0, 1, 2]);
    for (const { id } of articles)
      expect(chunks[chunkOf.get(id)!]!.texts.some((t) => t.id === id)).toBe(true);
  });

  it('closes a chunk at its number of articles', () => {
    const { chunks } = chunkTexts(
      ['a', 'b', 'c'].map((id) => article(id, 1)),
      { units: 1000, articles: 2 },
    );
    expect(chunks.map((c) => c.texts.length)).toEqual([2, 1]);
  });

  it('gives an article longer than a chunk a chunk of its own', () => {
    const { chunks } = chunkTexts([article('a', 5), article('b', 100), article('c', 5)], {
      units: 20,
      articles: 10,
    });
    expect(chunks.map((c) => c.texts.map((t) => t.id))).toEqual([['a'], ['b'], ['c']]);
  });

  it('makes no chunk when there is no article', () => {
    expect(chunkTexts([]).chunks).toEqual([]);
  });
});
