/**
 * Arabic and Latin normalisation that keeps a map back to the original text.
 *
 * Matching runs on the normalised string; every offset the geoparser reports is mapped back through
 * `toOriginal`, so quotes and highlights always point into the article as it was written. What is dropped
 * and what is folded is data, the folding table in letters.json beside it.
 *
 * The ground floor of the geoparser: every word goes through it (the lexicon's as they are loaded, the
 * gazetteer's names, the article's text), so it imports nothing of geo/ but data-file.ts.
 */
import * as v from 'valibot';
import { parseDataFile } from '../data-file';
import lettersJson from './letters.json';

const hex = v.pipe(v.string(), v.regex(/^[0-9A-F]{4}$/));
const why = v.pipe(v.string(), v.minLength(1));
const LettersSchema = v.strictObject({
  about: v.string(),
  dropped: v.strictObject({
    about: v.string(),
    ranges: v.array(v.strictObject({ from: hex, to: hex, why })),
  }),
  folded: v.strictObject({
    about: v.string(),
    groups: v.array(
      v.pipe(
        v.strictObject({
          letters: v.pipe(v.string(), v.minLength(1)),
          to: v.pipe(v.string(), v.minLength(1)),
          why,
        }),
        v.check(
          (g) => g.to.length === 1 || g.to.length === g.letters.length,
          '`to` is one letter, or one for each of `letters`',
        ),
      ),
    ),
  }),
});

/** The folding table (letters.json): what matching drops and what it folds. */
const LETTERS = parseDataFile('geo/letters/letters.json', LettersSchema, lettersJson);

/** Ranges of code units dropped before matching: Arabic diacritics and Quranic marks, tatweel, soft hyphen, zero-width and direction marks. */
const DROPPED_RANGES: [number, number][] = LETTERS.dropped.ranges.map((r) => [
  parseInt(r.from, 16),
  parseInt(r.to, 16),
]);

/** True for a code unit that matching ignores. */
export function isDropped(code: number): boolean {
  for (const [from, to] of DROPPED_RANGES) if (code >= from && code <= to) return true;
  return false;
}

/** Letters that news text writes several ways, folded to one form (alef, hamza seats, ta marbuta, Persian letters, digits). */
const FOLDED: Record<string, string> = Object.fromEntries(
  LETTERS.folded.groups.flatMap(({ letters, to }) =>
    letters.split('').map((letter, i) => [letter, to.length === 1 ? to : to.charAt(i)]),
  ),
);

export interface Normalized {
  /** The normalised text: one UTF-16 code unit for each kept code unit of the original. */
  text: string;
  /** `offsets[i]` is the original offset of `text[i]`; `offsets[text.length]` is the original length. */
  offsets: Int32Array;
}

/** Folds one code unit; returns '' when the unit is dropped. Latin letters lose case and accents. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (isDropped(code)) return '';
  const folded = FOLDED[c];
  if (folded !== undefined) return folded;
  if (code < 0x80) return c.toLowerCase();
  if (code >= 0xc0 && code < 0x250) {
    // Latin-1 and Latin Extended: "Türkiye" matches "turkiye". NFD puts the base letter first.
    return c.normalize('NFD').charAt(0).toLowerCase();
  }
  return c;
}

/** `foldChar` for every UTF-16 code unit, 0 where the unit is dropped; built on first use. */
let foldTable: Uint16Array | null = null;

function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  foldTable = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const folded = foldChar(String.fromCharCode(code));
    foldTable[code] = folded === '' ? 0 : folded.charCodeAt(0);
  }
  return foldTable;
}

const utf16 = new TextDecoder('utf-16le');

/** Normalises `original` for matching, in one pass, linear in its length. */
export function normalize(original: string): Normalized {
  const table = getFoldTable();
  const units = new Uint16Array(original.length);
  const offsets = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const folded = table[original.charCodeAt(i)]!;
    if (folded === 0) continue;
    units[n] = folded;
    offsets[n++] = i;
  }
  offsets[n] = original.length;
  // A lone surrogate decodes to U+FFFD: still one code unit, and never a letter, so offsets hold.
  return { text: utf16.decode(units.subarray(0, n)), offsets: offsets.subarray(0, n + 1) };
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

const SPACE = 0x20;

/**
 * Normalises a gazetteer name or a trigger word the same way as article text, its words (runs of letters
 * and digits) joined by one space. One pass over the name, no offsets kept: tens of thousands of names
 * are read when a gazetteer is built.
 */
export function normalizeName(name: string): string {
  const fold = getFoldTable();
  const words = getWordTable();
  const units: number[] = [];
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    const folded = fold[name.charCodeAt(i)]!;
    if (folded === 0) continue;
    if (words[folded] === 1) {
      if (gap && units.length > 0) units.push(SPACE);
      units.push(folded);
      gap = false;
    } else gap = true;
  }
  return String.fromCharCode(...units);
}

/**
 * The first letter `normalizeName` keeps of `text` from `from` to `to`, as a code unit, or -1 when it
 * keeps none: a name's first letter, read in place without normalising the rest.
 */
export function firstNameLetter(text: string, from: number, to: number): number {
  const fold = getFoldTable();
  const words = getWordTable();
  for (let i = from; i < to; i++) {
    const folded = fold[text.charCodeAt(i)]!;
    if (folded !== 0 && words[folded] === 1) return folded;
  }
  return -1;
}

/**
 * Maps a normalised span `[start, end)` back to the original text. The end takes in diacritics that
 * follow the last letter, so a highlighted name keeps its vowel marks.
 */
export function toOriginal(norm: Normalized, start: number, end: number, original: string): [number, number] {
  return [originalStart(norm, start, original), originalEnd(norm, end, original)];
}

/** `toOriginal`'s start alone, for callers that map many spans and need no pair for each. */
export function originalStart(norm: Normalized, start: number, original: string): number {
  return norm.offsets[start] ?? original.length;
}

/** `toOriginal`'s end alone: past the last letter and the diacritics after it. */
export function originalEnd(norm: Normalized, end: number, original: string): number {
  let to = (norm.offsets[end - 1] ?? original.length - 1) + 1;
  while (to < original.length && isArabicMark(original.charCodeAt(to))) to++;
  return to;
}

/** Arabic diacritics, Quranic marks and tatweel: dropped for matching, but kept inside a highlighted name. */
function isArabicMark(code: number): boolean {
  return code >= 0x0610 && code <= 0x06ed && isDropped(code);
}

/** `text` without the Arabic marks matching ignores ("طَرَابُلُس" → "طرابلس"), every other letter kept. */
export function withoutArabicMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isArabicMark(text.charCodeAt(i))) out += text.charAt(i);
  return out;
}
