/**
 * The `--jsonl` form of the commands: documents read from standard input one JSON object a line,
 * `{"id", "text", "lang"?, "published"?}`, each answered by one line on standard output as soon as it is
 * read, so thousands of documents take one process and the memory of one document.
 *
 * A bad line is named on standard error with its number and its problem, answered `{"id", "error"}` when
 * its id is known, and the rest carries on; the exit code is 1 when any line failed. Blank lines are
 * skipped.
 */
import { LANGUAGES, LIMITS, type Language } from '../contract';
import type { Io } from './command';

/** One document of the input. */
export interface JsonlDocument {
  id: string;
  text: string;
  lang: Language | null;
  /** The day the document was published (YYYY-MM-DD), when the line says. */
  published: string | null;
}

/**
 * The longest line read, in bytes: an article at its length limit, every character escaped as `\uXXXX`,
 * and room for the other fields. A longer line is not kept in memory: it is skipped and named.
 */
export const MAX_LINE_BYTES = LIMITS.articleLength * 6 + 64 * 1024;

/** A line of the input: its number (1-based) and its text, or why it was not read. */
export type Line = { n: number; text: string } | { n: number; problem: string };

/** The lines of `input` as they arrive; a line longer than `maxBytes` is skipped, never held whole. */
export async function* readLines(
  input: AsyncIterable<Uint8Array | string>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const line = (): Line => {
    n++;
    const bytes = Buffer.concat(parts);
    const tooLong = size > maxBytes;
    parts = [];
    size = 0;
    if (tooLong) return { n, problem: `longer than ${maxBytes} bytes, skipped unread` };
    try {
      return { n, text: decoder.decode(bytes) };
    } catch {
      return { n, problem: 'not valid UTF-8' };
    }
  };
  const keep = (piece: Buffer) => {
    size += piece.length;
    if (size > maxBytes) parts = [];
    else if (piece.length > 0) parts.push(Buffer.from(piece));
  };
  for await (const chunk of input) {
    const bytes = Buffer.from(chunk);
    let from = 0;
    for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, from)) {
      keep(bytes.subarray(from, end));
      yield line();
      from = end + 1;
    }
    keep(bytes.subarray(from));
  }
  if (size > 0) yield line();
}

/** The document a line holds, or a problem with it and the document's id when it was read. */
export function parseDocument(line: string): { doc: JsonlDocument } | { problem: string; id: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})`, id: null };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'not a JSON object', id: null };
  const { id, text, lang, published } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '')
    return { problem: `"id" ${id === undefined ? 'is missing' : 'is not a non-empty string'}`, id: null };
  const fail = (problem: string) => ({ problem, id });
  if (typeof text !== 'string')
    return fail(`"text" ${text === undefined ? 'is missing' : 'is not a string'}`);
  if (text.length > LIMITS.articleLength)
    return fail(
      `"text" is ${text.length} characters, more than the ${LIMITS.articleLength} an article may have`,
    );
  if (lang !== undefined && lang !== null && !(LANGUAGES as readonly unknown[]).includes(lang))
    return fail(`"lang" is ${JSON.stringify(lang)}, not one of ${LANGUAGES.join(', ')}`);
  if (published !== undefined && published !== null && typeof published !== 'string')
    return fail('"published" is not a string');
  return {
    doc: { id, text, lang: (lang as Language | null | undefined) ?? null, published: published ?? null },
  };
}

/**
 * Reads the documents of `io.input` and writes `answer(doc)` for each, with its id first, one line each.
 * `command` names the command in messages. Returns the exit code: 0, or 1 when any line failed.
 */
export async function answerEachDocument(
  io: Io,
  command: string,
  answer: (doc: JsonlDocument) => object,
): Promise<number> {
  if (!io.input) {
    io.err(`${command}: --jsonl reads standard input, and there is none\n`);
    return 2;
  }
  let lines = 0;
  let failed = 0;
  const fail = (n: number, id: string | null, problem: string) => {
    failed++;
    io.err(`${command}: line ${n}${id === null ? '' : ` (id ${JSON.stringify(id)})`}: ${problem}\n`);
    if (id !== null) io.out(JSON.stringify({ id, error: problem }) + '\n');
  };
  for await (const line of readLines(io.input)) {
    if ('text' in line && line.text.trim() === '') continue;
    lines++;
    const read = 'text' in line ? parseDocument(line.text) : { problem: line.problem, id: null };
    if ('problem' in read) fail(line.n, read.id, read.problem);
    else {
      let answered: string;
      try {
        answered = JSON.stringify({ id: read.doc.id, ...answer(read.doc) });
      } catch (error) {
        // One document that breaks the command is one failed line; the others still get their answer.
        fail(line.n, read.doc.id, error instanceof Error ? error.message : String(error));
        continue;
      }
      io.out(answered + '\n');
    }
    await io.drained?.();
  }
  if (failed > 0) io.err(`${command}: ${failed} of ${lines} lines failed\n`);
  return failed > 0 ? 1 : 0;
}
