import { describe, expect, it } from 'vitest';
import type { Article } from '../../../geo/contract';
import type { Correction } from '../../../geo/corrections/schema';
import { articleFromFields, articleIdFor, detectLanguage } from '../../../src/desk/project/article-input';
import { record, redo, startHistory, undo } from '../../../src/desk/project/history';
import {
  EMPTY_PROJECT,
  withArticles,
  withCorrection,
  withoutArticle,
} from '../../../src/desk/project/project';
import { readProjectFile, writeProjectFile } from '../../../geo/corrections/project-file';

const fields = {
  text: 'وصلت سفن روسية إلى طرطوس.',
  title: 'سفن في طرطوس',
  published: '2015-09-20',
  language: 'ar' as const,
  outlet: '',
  url: '',
};
const article = (): Article => {
  const made = articleFromFields(fields);
  if (!made.ok) throw new Error('the fixture article is invalid');
  return made.article;
};
const correction = (a: Article): Correction => ({
  articleId: a.id,
  start: 19,
  end: 24,
  text: 'طرطوس',
  action: 'verify',
  placeId: 'tartus',
  by: 'Rana',
  at: '2026-12-02T10:00:00Z',
  note: null,
});

describe('articleFromFields', () => {
  it('makes an article the contract accepts, with an id from its date and text', () => {
    const made = articleFromFields(fields);
    expect(made.ok && made.article).toMatchObject({
      title: 'سفن في طرطوس',
      outlet: null,
      url: null,
      language: 'ar',
    });
    expect(made.ok && made.article.id).toBe(articleIdFor(fields));
    expect(articleIdFor(fields)).toMatch(/^desk-20150920-[a-z0-9]+$/);
  });

  it('says what is wrong with each field at once', () => {
    const made = articleFromFields({
      ...fields,
      text: ' ',
      published: '2015-02-30',
      url: 'javascript:alert(1)',
    });
    expect(made.ok).toBe(false);
    expect(!made.ok && made.problems).toEqual({
      text: 'required',
      published: 'not-a-day',
      url: 'not-a-web-link',
    });
    const long = articleFromFields({ ...fields, title: 'x'.repeat(501), published: '' });
    expect(!long.ok && long.problems).toEqual({ title: 'too-long', published: 'required' });
  });

  it('tells Arabic from English by their letters, even with names in the other script', () => {
    expect(detectLanguage('قال مسؤولون في Pentagon إن السفن وصلت')).toBe('ar');
    expect(detectLanguage('Officials said the ships reached طرطوس on Monday')).toBe('en');
  });
});

describe('the project and its history', () => {
  it('adds, replaces by id and removes articles, and a removed article takes its decisions with it', () => {
    const a = article();
    const p = withCorrection(withArticles(EMPTY_PROJECT, [a]), correction(a));
    expect(withArticles(p, [{ ...a, title: 'new' }]).articles.map((x) => x.title)).toEqual(['new']);
    expect(withoutArticle(p, a.id)).toEqual(EMPTY_PROJECT);
  });

  it('undoes and redoes whole steps, and a new step forgets what was undone', () => {
    const a = article();
    const one = withArticles(EMPTY_PROJECT, [a]);
    const two = withCorrection(one, correction(a));
    let h = record(record(startHistory(EMPTY_PROJECT), one), two);
    h = undo(h);
    expect(h.present).toBe(one);
    h = redo(h);
    expect(h.present).toBe(two);
    h = record(undo(h), EMPTY_PROJECT);
    expect(h.future).toEqual([]);
    expect(undo(startHistory(EMPTY_PROJECT)).present).toBe(EMPTY_PROJECT);
  });
});

describe('project files', () => {
  const project = () => {
    const a = article();
    return withCorrection(withArticles(EMPTY_PROJECT, [a]), correction(a));
  };

  it('reads back what it writes', () => {
    const p = project();
    expect(readProjectFile('p.json', writeProjectFile(p))).toEqual({ ok: true, project: p });
  });

  it('refuses a corrupt, truncated, empty, foreign or newer file, naming it and the problem', () => {
    const text = writeProjectFile(project());
    const refused = (name: string, content: string) => {
      const read = readProjectFile(name, content);
      return read.ok ? 'read' : read.problem;
    };
    expect(refused('cut.json', text.slice(0, text.length / 2))).toBe(
      'cut.json: not a dalil project: not valid JSON (cut short?)',
    );
    expect(refused('empty.json', '')).toBe('empty.json: the file is empty');
    expect(refused('map.json', '{"type":"FeatureCollection","features":[]}')).toBe(
      'map.json: not a dalil project file',
    );
    expect(refused('new.json', text.replace('"version": 1', '"version": 7'))).toBe(
      'new.json: made by a newer dalil (project version 7); this desk reads version 1',
    );
    const bad = JSON.parse(text) as { corrections: { start: unknown }[] };
    bad.corrections[0]!.start = -4;
    expect(refused('bad.json', JSON.stringify(bad))).toMatch(/^bad\.json: corrections\.0\.start: /);
    const twice = JSON.parse(text) as { articles: unknown[] };
    twice.articles.push(twice.articles[0]);
    expect(refused('twice.json', JSON.stringify(twice))).toMatch(
      /^twice\.json: two articles have the id "desk-/,
    );
  });
});
