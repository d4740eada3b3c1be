/** Word tokens of a normalised text: maximal runs of letters and digits, Arabic or Latin. */

export interface Token {
  /** The token's normalised letters. */
  text: string;
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
}

/** 1 for each UTF-16 code unit that is a letter or a digit (Unicode L and N), built on first use. */
let wordTable: Uint8Array | null = null;

function getWordTable(): Uint8Array {
  if (wordTable) return wordTable;
  wordTable = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) if (word.test(String.fromCharCode(code))) wordTable[code] = 1;
  return wordTable;
}

/**
 * Splits a normalised text into tokens, in order. Linear in the text's length. Letters outside the
 * Basic Multilingual Plane (surrogate pairs) separate words: no place name is written in them.
 */
export function tokenize(normalized: string): Token[] {
  const table = getWordTable();
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= normalized.length; i++) {
    const inWord = i < normalized.length && table[normalized.charCodeAt(i)] === 1;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      tokens.push({ text: normalized.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return tokens;
}

/** The marks that end a clause: "!", "?", "؟", a line break, and a full stop before a space. */
const BANG = 0x21;
const QUESTION = 0x3f;
const ARABIC_QUESTION = 0x061f;
const NEWLINE = 0x0a;
const FULL_STOP = 0x2e;
const SPACE = /\s/;

/**
 * True when only spaces or punctuation, and no sentence end or line break, separate two tokens. A full
 * stop ends a sentence only before a space: "U.S." and "إس.إيه22" hold together.
 */
export function sameClause(normalized: string, from: number, to: number): boolean {
  // Read in place: the matchers ask this between every two words they join, and a slice each time
  // would copy the gap only to test it.
  const stop = Math.min(to, normalized.length);
  for (let k = from; k < stop; k++) {
    const c = normalized.charCodeAt(k);
    if (c === BANG || c === QUESTION || c === ARABIC_QUESTION || c === NEWLINE) return false;
    if (c === FULL_STOP && k + 1 < stop && SPACE.test(normalized.charAt(k + 1))) return false;
  }
  return true;
}
