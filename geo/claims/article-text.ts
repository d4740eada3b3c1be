/**
 * An article's text as the claim rules read it: normalised tokens (text/normalize, text/tokens) that
 * keep the way back to the original, so every span a claim cites is a verbatim slice of the article.
 */
import type { Span } from '../contract';
import { normalize, toOriginal, type Normalized } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';

export interface ArticleText {
  /** The article body, exactly as received. */
  text: string;
  norm: Normalized;
  /** Tokens of the normalised text (their offsets are normalised offsets). */
  tokens: Token[];
  /** `origStart[i]`, `origEnd[i]`: token i's offsets in the original text. */
  origStart: Int32Array;
  origEnd: Int32Array;
}

export function prepareText(text: string): ArticleText {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  const origStart = new Int32Array(tokens.length);
  const origEnd = new Int32Array(tokens.length);
  tokens.forEach((t, i) => {
    const [from, to] = toOriginal(norm, t.start, t.end, text);
    origStart[i] = from;
    origEnd[i] = to;
  });
  return { text, norm, tokens, origStart, origEnd };
}

/** The verbatim span of tokens `[first, end)`. */
export function tokenSpan(at: ArticleText, first: number, end: number): Span {
  const start = at.origStart[first]!;
  const stop = at.origEnd[end - 1]!;
  return { start, end: stop, text: at.text.slice(start, stop) };
}

/** The verbatim span `[start, end)` of the original text. */
export function textSpan(at: ArticleText, start: number, end: number): Span {
  return { start, end, text: at.text.slice(start, end) };
}

/** Index of the first token that starts at or after original offset `offset` (tokens.length if none). */
export function tokenAt(at: ArticleText, offset: number): number {
  let lo = 0;
  let hi = at.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at.origStart[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original text between two tokens (punctuation and spaces), for checks like "is there a comma". */
export function gapBefore(at: ArticleText, token: number): string {
  if (token <= 0) return '';
  return at.text.slice(at.origEnd[token - 1]!, at.origStart[token]!);
}
