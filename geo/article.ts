/**
 * Article files: a small metadata header between `---` lines, then the body exactly as received.
 *
 *     ---
 *     id: 000_3e6b238d34b65557
 *     title: …            (optional)
 *     published: 2015-09-15
 *     language: ar
 *     outlet:             (optional)
 *     url:                (optional, http or https)
 *     note: …             (optional)
 *     ---
 *     body…
 *
 * The header is flat `key: value` lines, read here rather than by a YAML library because YAML would turn
 * `2015-09-15` into a Date and `no` into false; every value is a string, and the schema checks it.
 */
import * as v from 'valibot';
import { ArticleSchema, type Article } from './contract';

const FENCE = '---';
const KEYS = ['id', 'title', 'published', 'language', 'outlet', 'url', 'note'] as const;
const REQUIRED = ['id', 'published', 'language'] as const;

/** A problem with one article file; the message names the file and what is wrong (every problem found). */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleError';
  }
}

/** True when the content begins with a metadata header (line ends of any kind). */
export function hasHeader(content: string): boolean {
  return /^\ufeff?---(\r\n|\r|\n)/.test(content);
}

/** One line of the header: its number in the file (1-based) and its text without the line end. */
interface HeaderLine {
  n: number;
  text: string;
}

/**
 * Parses an article file's content. Throws an ArticleError listing every problem of the header at once
 * (each with its line), a bad value as much as a missing key, or the lack of a body.
 */
export function parseArticle(content: string, file: string): Article {
  if (!hasHeader(content)) throw new ArticleError(file, 'missing the metadata header (a first line "---")');
  const { lines, bodyStart } = headerLines(content);
  if (bodyStart === null) throw new ArticleError(file, 'the header is never closed by a line "---"');
  const problems: string[] = [];
  const meta: Record<string, string | null> = {};
  const lineOf: Record<string, number> = {};
  for (const { n, text } of lines) {
    if (text.trim() === '') continue;
    const colon = text.indexOf(':');
    if (colon < 0) {
      problems.push(`line ${n}: not "key: value": ${JSON.stringify(text)}`);
      continue;
    }
    const key = text.slice(0, colon).trim();
    if (!(KEYS as readonly string[]).includes(key)) {
      problems.push(`line ${n}: unknown key "${key}" (known: ${KEYS.join(', ')})`);
      continue;
    }
    if (key in meta) {
      problems.push(`line ${n}: "${key}" given twice (first on line ${lineOf[key]!})`);
      continue;
    }
    const value = text.slice(colon + 1).trim();
    meta[key] = value === '' ? null : value;
    lineOf[key] = n;
  }
  for (const key of REQUIRED) if (!meta[key]) problems.push(`the header has no "${key}"`);
  const body = content.slice(bodyStart);
  if (body.trim() === '') problems.push('the article has no text after its header');
  const result = v.safeParse(ArticleSchema, {
    id: meta.id,
    title: meta.title ?? null,
    published: meta.published,
    language: meta.language,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    note: meta.note ?? null,
    text: body,
  });
  if (!result.success) {
    for (const issue of result.issues) {
      const key = issue.path?.[0]?.key;
      // Missing keys and an empty body are already said in words of their own.
      if (typeof key !== 'string' || (meta[key] ?? null) === null) {
        if (key === 'text' && body.trim() !== '') problems.push(`the text: ${issue.message}`);
        continue;
      }
      problems.push(`line ${lineOf[key]!}: ${key}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !result.success)
    throw new ArticleError(file, problems.length === 1 ? problems[0]! : `\n    ${problems.join('\n    ')}`);
  return result.output;
}

/**
 * The header's lines after the opening fence, and where the body starts (null when the header is never
 * closed). Line ends may be LF, CRLF or CR (old Mac editors): each counts as one.
 */
function headerLines(content: string): { lines: HeaderLine[]; bodyStart: number | null } {
  const ends = /\r\n|\r|\n/g;
  const lines: HeaderLine[] = [];
  let start = content.startsWith('\ufeff') ? 1 : 0;
  let n = 0;
  for (let match = ends.exec(content); match; match = ends.exec(content)) {
    n++;
    const text = content.slice(start, match.index);
    start = match.index + match[0].length;
    if (n === 1) continue;
    if (text === FENCE) return { lines, bodyStart: start };
    lines.push({ n, text });
  }
  // A closing fence on the file's last line, with nothing after it.
  return { lines, bodyStart: content.slice(start) === FENCE ? content.length : null };
}
