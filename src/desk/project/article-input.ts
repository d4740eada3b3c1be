/**
 * An article as an editor enters it: the fields of the form, checked field by field against the
 * contract (a real calendar day, an http(s) link, the size limits), each problem beside its field.
 */
import * as v from 'valibot';
import { ArticleSchema, LIMITS, utf8Bytes, type Article, type Language } from '../../../geo/contract';

export interface ArticleFields {
  title: string;
  published: string;
  language: Language;
  outlet: string;
  url: string;
  text: string;
}

export type ArticleField = keyof ArticleFields;
/** What is wrong with a field, for the interface to say in the editor's language. */
export type FieldProblem = 'required' | 'not-a-day' | 'not-a-web-link' | 'too-long' | 'too-large' | 'invalid';
export type FieldProblems = Partial<Record<ArticleField, FieldProblem>>;

export type ArticleInputResult = { ok: true; article: Article } | { ok: false; problems: FieldProblems };

/** Arabic when at least a third of the letters are Arabic: news in Arabic quotes English names. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(/[\u0600-\u06FF\u0750-\u077F]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic * 2 >= latin ? 'ar' : 'en';
}

/** A short hash of the text (FNV-1a), so the same article pasted twice gets the same id. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The id an article entered on the desk gets: its date and a hash of its text. */
export const articleIdFor = (fields: Pick<ArticleFields, 'published' | 'text'>) =>
  `desk-${fields.published.replace(/[^0-9]/g, '') || 'undated'}-${textHash(fields.text)}`;

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** True when `text` is larger than an article may be (`LIMITS.articleBytes`, as UTF-8), as the build says. */
export const isTooLarge = (text: string) => utf8Bytes(text) > LIMITS.articleBytes;

export function articleFromFields(fields: ArticleFields): ArticleInputResult {
  // Refused before anything else is checked or hashed: the build would refuse it too.
  if (isTooLarge(fields.text)) return { ok: false, problems: { text: 'too-large' } };
  const candidate = {
    id: articleIdFor(fields),
    title: orNull(fields.title),
    published: fields.published.trim(),
    language: fields.language,
    outlet: orNull(fields.outlet),
    url: orNull(fields.url),
    note: null,
    text: fields.text,
  };
  const parsed = v.safeParse(ArticleSchema, candidate);
  if (parsed.success) return { ok: true, article: parsed.output };
  const problems: FieldProblems = {};
  for (const issue of parsed.issues) {
    const field = issue.path?.[0]?.key;
    if (typeof field === 'string' && field in fields)
      problems[field as ArticleField] ??= problemOf(field, issue);
  }
  if (candidate.text.trim() === '') problems.text = 'required';
  if (Object.keys(problems).length === 0) problems.text = 'invalid';
  return { ok: false, problems };
}

function problemOf(field: string, issue: v.BaseIssue<unknown>): FieldProblem {
  if (issue.type === 'max_length') return 'too-long';
  if (issue.type === 'min_length' || issue.input === '' || issue.input === null) return 'required';
  if (field === 'published') return 'not-a-day';
  if (field === 'url') return 'not-a-web-link';
  return 'invalid';
}
