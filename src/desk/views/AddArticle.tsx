import { useId, useState, type DragEvent, type SyntheticEvent } from 'react';
import { utf8Bytes } from '../../../geo/contract';
import {
  articleFromFields,
  detectLanguage,
  type ArticleField,
  type ArticleFields,
  type FieldProblems,
} from '../project/article-input';
import { isArticleFile } from '../platform/read-file';
import { readArticleFiles } from './article-files';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

const today = () => new Date().toISOString().slice(0, 10);
const EMPTY: ArticleFields = { text: '', title: '', published: '', language: 'ar', outlet: '', url: '' };

/**
 * Adding articles: paste the text (a textarea takes only plain text, never the page's HTML) and fill in
 * the metadata, each field checked as it is sent, its problem beside it; or pick or drop many files.
 */
export function AddArticle() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const projectArticles = useDesk((state) => state.history.present.articles);
  const [fields, setFields] = useState<ArticleFields>({ ...EMPTY, published: today() });
  const [languageChosen, setLanguageChosen] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [dragging, setDragging] = useState(false);
  const id = useId();

  const update = (field: ArticleField, value: string) => {
    setFields((old) => {
      const next = { ...old, [field]: value };
      if (field === 'text' && !languageChosen) next.language = detectLanguage(value);
      return next;
    });
    setProblems((old) => ({ ...old, [field]: undefined }));
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const made = articleFromFields(fields);
    if (!made.ok) {
      setProblems(made.problems);
      return;
    }
    if (projectArticles.some((a) => a.id === made.article.id)) {
      store.getState().notify(t.sameArticle(made.article.title ?? made.article.text.slice(0, 40)));
      return;
    }
    store.getState().addArticles([made.article]);
    setFields({ ...EMPTY, published: fields.published });
    setLanguageChosen(false);
  };

  const addFiles = async (files: readonly File[]) => {
    const { articles, messages } = await readArticleFiles(
      files.filter((f) => isArticleFile(f.name)),
      t,
    );
    for (const file of files)
      if (!isArticleFile(file.name)) messages.push(`${file.name}: ${t.fileProblem.binary}`);
    const known = new Set(projectArticles.map((a) => a.id));
    const fresh = articles.filter((a) => !known.has(a.id));
    for (const a of articles) if (known.has(a.id)) messages.push(t.sameArticle(a.title ?? a.id));
    for (const message of messages) store.getState().notify(message);
    store.getState().addArticles(fresh);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  };

  const field = (name: Exclude<ArticleField, 'language' | 'text'>, type = 'text', dir?: 'ltr') => (
    <div className="desk-field">
      <label htmlFor={`${id}-${name}`}>{t.fields[name]}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={fields[name]}
        dir={dir ?? 'auto'}
        aria-invalid={problems[name] ? true : undefined}
        aria-describedby={problems[name] ? `${id}-${name}-problem` : undefined}
        onChange={(e) => update(name, e.target.value)}
      />
      {problems[name] && (
        <p id={`${id}-${name}-problem`} className="desk-field__problem">
          {t.problems[problems[name]]}
        </p>
      )}
    </div>
  );

  return (
    <section
      className={`desk-add${dragging ? ' desk-add--dragging' : ''}`}
      aria-labelledby={`${id}-heading`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-heading`}>{t.addArticle}</h2>
      <form onSubmit={submit} noValidate>
        <div className="desk-field">
          <label htmlFor={`${id}-text`}>{t.fields.text}</label>
          <textarea
            id={`${id}-text`}
            value={fields.text}
            dir="auto"
            rows={5}
            aria-invalid={problems.text ? true : undefined}
            aria-describedby={problems.text ? `${id}-text-problem` : undefined}
            onChange={(e) => update('text', e.target.value)}
          />
          {problems.text && (
            <p id={`${id}-text-problem`} className="desk-field__problem">
              {problems.text === 'too-large'
                ? t.articleTooLarge(utf8Bytes(fields.text))
                : t.problems[problems.text]}
            </p>
          )}
        </div>
        {field('title')}
        {field('published', 'date', 'ltr')}
        <div className="desk-field">
          <label htmlFor={`${id}-language`}>{t.fields.language}</label>
          <select
            id={`${id}-language`}
            value={fields.language}
            onChange={(e) => {
              setLanguageChosen(true);
              update('language', e.target.value);
            }}
          >
            <option value="ar">{t.languages.ar}</option>
            <option value="en">{t.languages.en}</option>
          </select>
        </div>
        {field('outlet')}
        {field('url', 'url', 'ltr')}
        <button type="submit" className="desk-button desk-button--primary">
          {t.add}
        </button>
      </form>
      <div className="desk-add__files">
        <label className="desk-button">
          {t.addFiles}
          <input
            type="file"
            multiple
            accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
            className="visually-hidden"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void addFiles(files);
            }}
          />
        </label>
        <span className="desk-add__hint">{t.dropHint}</span>
      </div>
    </section>
  );
}
