/**
 * Arabic and Latin normalisation that keeps a map back to the original text.
 *
 * Matching runs on the normalised string; every offset the geoparser reports is mapped back through
 * `toOriginal`, so quotes and highlights always point into the article as it was written.
 */

/** Ranges of code units dropped before matching: Arabic diacritics and Quranic marks, tatweel, soft hyphen, zero-width and direction marks. */
const DROPPED_RANGES: [number, number][] = [
  [0x0610, 0x061a],
  [0x061c, 0x061c],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0640, 0x0640],
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

/** True for a code unit that matching ignores. */
export function isDropped(code: number): boolean {
  for (const [from, to] of DROPPED_RANGES) if (code >= from && code <= to) return true;
  return false;
}

/** Letters that news text writes several ways, folded to one form (alef, hamza seats, ta marbuta, Persian letters). */
const FOLDED: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ک: 'ك',
  گ: 'ك',
  ڤ: 'ف',
  ڨ: 'ق',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};

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

/** Normalises a gazetteer name or a trigger word the same way as article text, spaces collapsed. */
export function normalizeName(name: string): string {
  return normalize(name)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Maps a normalised span `[start, end)` back to the original text. The end takes in diacritics that
 * follow the last letter, so a highlighted name keeps its vowel marks.
 */
export function toOriginal(norm: Normalized, start: number, end: number, original: string): [number, number] {
  const from = norm.offsets[start] ?? original.length;
  let to = (norm.offsets[end - 1] ?? original.length - 1) + 1;
  while (to < original.length && isArabicMark(original.charCodeAt(to))) to++;
  return [from, to];
}

/** Arabic diacritics, Quranic marks and tatweel: dropped for matching, but kept inside a highlighted name. */
function isArabicMark(code: number): boolean {
  return isDropped(code) && code >= 0x0610 && code <= 0x06ed;
}

/** `text` without the Arabic marks matching ignores ("طَرَابُلُس" → "طرابلس"), every other letter kept. */
export function withoutArabicMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isArabicMark(text.charCodeAt(i))) out += text.charAt(i);
  return out;
}
