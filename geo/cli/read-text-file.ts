/** Reads an article file as text, refusing what is not UTF-8 text, with a message that names the file. */
import { readFileSync } from 'node:fs';
import { ArticleError } from '../article';

/** Share of control characters above which a file is taken for binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

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
  if (bytes.includes(0)) throw new ArticleError(file, 'is binary, not text (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'is not valid UTF-8 text');
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are text; the other C0 controls and DEL are not.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  if (controls > text.length * MAX_CONTROL_SHARE)
    throw new ArticleError(file, `looks binary: ${controls} control characters in ${text.length}`);
  return text;
}
