/**
 * The project file the desk downloads and opens again, on another machine or a colleague's, and the
 * build reads (`npm run data -- --project FILE`): one JSON file with the articles and the decisions. Read
 * as untrusted: a corrupt, truncated or foreign file, or one from a newer dalil, is refused with a
 * message that names the file and the problem.
 */
import * as v from 'valibot';
import { ArticleSchema, type Article } from '../contract';
import { CorrectionSchema, type Correction } from './schema';

/**
 * A desk project: the articles an editor works on and the decisions they made on the reading, nothing
 * else. The reading itself is not kept: it is made again from the text, so a newer geoparser improves old
 * work, and the decisions are applied to it again.
 */
export interface Project {
  articles: Article[];
  /** The editor's decisions, in the order made: the latest on a span wins. */
  corrections: Correction[];
}

export const PROJECT_FORMAT = 'dalil-desk-project';
export const PROJECT_VERSION = 1;

const ProjectFileSchema = v.object({
  format: v.literal(PROJECT_FORMAT),
  version: v.literal(PROJECT_VERSION),
  articles: v.array(ArticleSchema),
  corrections: v.array(CorrectionSchema),
});

export function writeProjectFile(project: Project): string {
  return JSON.stringify({ format: PROJECT_FORMAT, version: PROJECT_VERSION, ...project }, null, 1);
}

export type ProjectFileResult = { ok: true; project: Project } | { ok: false; problem: string };

/** Reads a project file's text; `name` is the file's name, for the message. */
export function readProjectFile(name: string, text: string): ProjectFileResult {
  const fail = (problem: string): ProjectFileResult => ({ ok: false, problem: `${name}: ${problem}` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(
      text.trim() === '' ? 'the file is empty' : 'not a dalil project: not valid JSON (cut short?)',
    );
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== PROJECT_FORMAT)
    return fail('not a dalil project file');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROJECT_VERSION)
    return fail(
      `made by a newer dalil (project version ${version}); this desk reads version ${PROJECT_VERSION}`,
    );
  const parsed = v.safeParse(ProjectFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.');
    return fail(`${where ? `${where}: ` : ''}${issue.message}`);
  }
  const ids = new Set<string>();
  for (const article of parsed.output.articles) {
    if (ids.has(article.id)) return fail(`two articles have the id "${article.id}"`);
    ids.add(article.id);
  }
  return { ok: true, project: { articles: parsed.output.articles, corrections: parsed.output.corrections } };
}
