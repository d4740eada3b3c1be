/**
 * Splits the articles' texts into the chunk files the app is to fetch when a reader opens one (CONTRACT.md,
 * "Text chunks"): articles in the dataset's order, a chunk closed once it holds `TEXT_CHUNK_LIMITS.units`
 * code units of text or `TEXT_CHUNK_LIMITS.articles` articles. An article longer than the limit has a
 * chunk of its own.
 */
import { TEXT_CHUNK_LIMITS, type Article, type TextChunk } from './contract.ts';

export interface ChunkedTexts {
  /** Each article's chunk, by article id. */
  chunkOf: Map<string, number>;
  /** The chunks in order: chunk n at index n. */
  chunks: TextChunk[];
}

export function chunkTexts(
  articles: readonly Pick<Article, 'id' | 'text'>[],
  limits: { units: number; articles: number } = TEXT_CHUNK_LIMITS,
): ChunkedTexts {
  const chunkOf = new Map<string, number>();
  const chunks: TextChunk[] = [];
  let units = 0;
  for (const { id, text } of articles) {
    let chunk = chunks.at(-1);
    if (!chunk || chunk.texts.length >= limits.articles || units + text.length > limits.units) {
      chunk = { chunk: chunks.length, texts: [] };
      chunks.push(chunk);
      units = 0;
    }
    chunk.texts.push({ id, text });
    units += text.length;
    chunkOf.set(id, chunk.chunk);
  }
  return { chunkOf, chunks };
}
