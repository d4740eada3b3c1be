/** Changes to a desk project (geo/corrections/project-file.ts says what one is). */
import type { Article } from '../../../geo/contract';
import type { Project } from '../../../geo/corrections/project-file';
import type { Correction } from '../../../geo/corrections/schema';

export type { Project };

export const EMPTY_PROJECT: Project = { articles: [], corrections: [] };

/** The project with `articles` added after its own; an article whose id it holds already replaces it. */
export function withArticles(project: Project, articles: readonly Article[]): Project {
  const added = new Set(articles.map((a) => a.id));
  return { ...project, articles: [...project.articles.filter((a) => !added.has(a.id)), ...articles] };
}

/** The project without article `id`, and without the decisions made on it. */
export function withoutArticle(project: Project, id: string): Project {
  return {
    articles: project.articles.filter((a) => a.id !== id),
    corrections: project.corrections.filter((c) => c.articleId !== id),
  };
}

export function withCorrection(project: Project, correction: Correction): Project {
  return { ...project, corrections: [...project.corrections, correction] };
}

/** The latest decision on each span of article `id`, by `start:end`. */
export function decisionsOn(project: Project, id: string): Map<string, Correction> {
  const latest = new Map<string, Correction>();
  for (const c of project.corrections) if (c.articleId === id) latest.set(`${c.start}:${c.end}`, c);
  return latest;
}
