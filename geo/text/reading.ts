/**
 * A text as every rule reads it, made once per text: the original, its normalised form with the map back
 * (letters/normalize.ts), its word tokens (tokens.ts), and where each token lies in the original. The geoparser
 * reads an article this way and hands the reading on, so the claim rules read the same words without
 * reading the article again; every span either cites is a verbatim slice of the original.
 */
import type { Span } from '../contract';
import { normalize, originalEnd, originalStart, toOriginal, type Normalized } from '../letters/normalize';
import { tokenize, type Token } from './tokens';

export interface Reading {
  /** The text exactly as received. */
  text: string;
  norm: Normalized;
  /** Tokens of the normalised text (their offsets are normalised offsets). */
  tokens: readonly Token[];
  /** `origStart[i]`, `origEnd[i]`: token i's offsets in the original text. */
  origStart: Int32Array;
  origEnd: Int32Array;
}

/** Reads `text`: normalises it, cuts it into tokens and maps each token back. Linear in its length. */
export function readText(text: string): Reading {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  const origStart = new Int32Array(tokens.length);
  const origEnd = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    origStart[i] = originalStart(norm, tokens[i]!.start, text);
    origEnd[i] = originalEnd(norm, tokens[i]!.end, text);
  }
  return { text, norm, tokens, origStart, origEnd };
}

/** The original text of the normalised span `[start, end)`. */
export function originalOf(reading: Reading, start: number, end: number): string {
  const [from, to] = toOriginal(reading.norm, start, end, reading.text);
  return reading.text.slice(from, to);
}

/** The verbatim span of tokens `[first, end)`. */
export function tokenSpan(reading: Reading, first: number, end: number): Span {
  const start = reading.origStart[first]!;
  const stop = reading.origEnd[end - 1]!;
  return { start, end: stop, text: reading.text.slice(start, stop) };
}

/** The verbatim span `[start, end)` of the original text. */
export function textSpan(reading: Reading, start: number, end: number): Span {
  return { start, end, text: reading.text.slice(start, end) };
}

/** Index of the first token that starts at or after original offset `offset` (tokens.length if none). */
export function tokenAt(reading: Reading, offset: number): number {
  let lo = 0;
  let hi = reading.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reading.origStart[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original text between token `token` and the one before it: spaces and punctuation. */
export function gapBefore(reading: Reading, token: number): string {
  if (token <= 0) return '';
  return reading.text.slice(reading.origEnd[token - 1], reading.origStart[token]);
}
