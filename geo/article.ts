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

/** A problem with one article file; the message names the file and what is wrong. */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleError';
  }
}

/** True when the content begins with a metadata header. */
export function hasHeader(content: string): boolean {
  return /^\ufeff?---\r?\n/.test(content);
}

/** Parses an article file's content. Throws ArticleError on a broken header, bad metadata or an empty body. */
export function parseArticle(content: string, file: string): Article {
  if (!hasHeader(content)) throw new ArticleError(file, 'missing the metadata header (a first line "---")');
  const lines = content.replace(/^\ufeff/, '').split('\n');
  const meta: Record<string, string | null> = {};
  let offset = lines[0]!.length + 1 + (content.startsWith('\ufeff') ? 1 : 0);
  let closed = false;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    offset += lines[n]!.length + 1;
    if (line === FENCE) {
      closed = true;
      break;
    }
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0)
      throw new ArticleError(file, `header line ${n + 1} is not "key: value": ${JSON.stringify(line)}`);
    const key = line.slice(0, colon).trim();
    if (!(KEYS as readonly string[]).includes(key))
      throw new ArticleError(file, `header line ${n + 1}: unknown key "${key}" (known: ${KEYS.join(', ')})`);
    if (key in meta) throw new ArticleError(file, `header line ${n + 1}: "${key}" given twice`);
    const value = line.slice(colon + 1).trim();
    meta[key] = value === '' ? null : value;
  }
  if (!closed) throw new ArticleError(file, 'the header is never closed by a line "---"');
  for (const key of REQUIRED) if (!meta[key]) throw new ArticleError(file, `the header has no "${key}"`);
  const text = content.slice(offset);
  if (text.trim() === '') throw new ArticleError(file, 'the article has no text after its header');
  const result = v.safeParse(ArticleSchema, {
    id: meta.id,
    title: meta.title ?? null,
    published: meta.published,
    language: meta.language,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    note: meta.note ?? null,
    text,
  });
  if (!result.success) {
    const issue = result.issues[0];
    const key = issue.path?.map((p) => String(p.key)).join('.') ?? 'header';
    throw new ArticleError(file, `${key}: ${issue.message}`);
  }
  return result.output;
}
