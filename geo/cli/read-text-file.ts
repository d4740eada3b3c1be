/**
 * Reads an article file as text. UTF-8 is the norm; UTF-16 with its byte-order mark (what Windows editors
 * write as "Unicode") is read too, and line ends of any kind. Anything else is refused with a message
 * that names the file and says what it is: UTF-16 without its mark, Arabic text in Windows-1256, stray
 * control characters (where), binary.
 */
import { readFileSync } from 'node:fs';
import { ArticleError } from '../article';

/** Share of control characters above which a file is taken for binary, not text with a few strays. */
const BINARY_CONTROL_SHARE = 0.01;
/** How many bytes are looked at to tell UTF-16 without its mark from binary. */
const SNIFF_BYTES = 4096;

export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ArticleError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  if (bytes.length === 0) throw new ArticleError(file, 'is empty');
  const text = decode(file, bytes);
  checkControls(file, text);
  // Old Mac line ends (CR alone) become line feeds; CRLF stays as written.
  return text.replace(/\r(?!\n)/g, '\n');
}

function decode(file: string, bytes: Buffer): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new ArticleError(
        file,
        `starts as UTF-16 (${utf16 === 'utf-16le' ? 'LE' : 'BE'}) but is not valid UTF-16`,
      );
    }
  }
  if (bytes.includes(0)) {
    throw new ArticleError(
      file,
      looksLikeUtf16(bytes)
        ? 'looks like UTF-16 text without its byte-order mark: save it as UTF-8'
        : 'is binary, not text (it contains NUL bytes)',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(
      file,
      looksLikeWindows1256(bytes)
        ? 'is not valid UTF-8: it looks like Arabic text in Windows-1256; save it as UTF-8'
        : 'is not valid UTF-8 text',
    );
  }
}

/** Text in UTF-16 has a NUL in every other byte wherever it writes Latin letters, digits or spaces. */
function looksLikeUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = sample.length / 2;
  return Math.max(even, odd) > half * 0.3 && Math.min(even, odd) < half * 0.05;
}

/** Read as Windows-1256, the text is mostly Arabic letters. */
function looksLikeWindows1256(bytes: Buffer): boolean {
  const text = new TextDecoder('windows-1256').decode(bytes.subarray(0, SNIFF_BYTES));
  const letters = text.match(/\p{L}/gu) ?? [];
  const arabic = letters.filter((letter) => /\p{Script=Arabic}/u.test(letter));
  return letters.length > 0 && arabic.length / letters.length > 0.5;
}

/** Tab, line feed, form feed and carriage return are text; the other C0 controls and DEL are not. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function checkControls(file: string, text: string): void {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    count++;
    if (first < 0) first = i;
  }
  if (count === 0) return;
  if (count > text.length * BINARY_CONTROL_SHARE && count > 32)
    throw new ArticleError(file, `looks binary: ${count} control characters in ${text.length}`);
  const before = text.slice(0, first);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = first - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
  throw new ArticleError(
    file,
    `holds ${count} control character${count === 1 ? '' : 's'} that text does not (the first, U+${code}, on line ${line}, column ${column}): remove ${count === 1 ? 'it' : 'them'}`,
  );
}
