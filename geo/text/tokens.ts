/** Word tokens of a normalised text: maximal runs of letters and digits, Arabic or Latin. */

export interface Token {
  /** The token's normalised letters. */
  text: string;
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits a normalised text into tokens, in order. Linear in the text's length. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * True when only spaces or punctuation, and no sentence end or line break, separate two tokens. A full
 * stop ends a sentence only before a space: "U.S." and "إس.إيه22" hold together.
 */
export function sameClause(normalized: string, from: number, to: number): boolean {
  return !/[!?؟\n]|\.\s/.test(normalized.slice(from, to));
}
