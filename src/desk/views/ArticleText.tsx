import { useMemo, useRef, useState } from 'react';
import { articleLabel } from '../../model/article-label';
import { FindWords } from './FindWords';
import { textSpans, type TextSpan } from './text-spans';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

/** The longest words an editor can choose: a clause, for a claim the reading missed. */
const MAX_SELECTION = 600;

/** The article offset of a point in the text (a DOM selection's end), from its piece's `data-start`. */
function offsetAt(node: Node | null, offset: number): number | null {
  const piece = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-start]');
  if (!piece) return null;
  return Number(piece.dataset.start) + (node instanceof Text ? offset : 0);
}

/**
 * The selected article's text, verbatim, with every place mention and every candidate the geoparser left
 * as a button in the flow of the text: choose one to correct it. Selecting words offers to add them as a
 * place the reading missed.
 */
export function ArticleText() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const articleId = useDesk((state) => state.selectedArticle);
  const article = useDesk((state) => state.history.present.articles.find((a) => a.id === articleId));
  const reading = useDesk((state) => (articleId ? state.readings[articleId] : undefined));
  const selected = useDesk((state) => state.selectedWords);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const spans = useMemo(
    () =>
      article && reading ? textSpans(article.text, article.id, reading.features, reading.unresolved) : [],
    [article, reading],
  );

  if (!article) return <p className="desk-empty">{t.chooseArticle}</p>;

  const readSelection = () => {
    const chosen = document.getSelection();
    if (!chosen || chosen.isCollapsed || !textRef.current?.contains(chosen.anchorNode)) {
      setSelection(null);
      return;
    }
    const a = offsetAt(chosen.anchorNode, chosen.anchorOffset);
    const b = offsetAt(chosen.focusNode, chosen.focusOffset);
    if (a === null || b === null || a === b) {
      setSelection(null);
      return;
    }
    let [start, end] = a < b ? [a, b] : [b, a];
    while (start < end && /\s/.test(article.text.charAt(start))) start++;
    while (end > start && /\s/.test(article.text.charAt(end - 1))) end--;
    setSelection(end > start && end - start <= MAX_SELECTION ? { start, end } : null);
  };

  const choose = (span: TextSpan) =>
    store
      .getState()
      .selectWords({ articleId: article.id, start: span.start, end: span.end, text: span.text });

  return (
    <section className="desk-text" aria-labelledby="desk-text-heading">
      <h2 id="desk-text-heading">
        <bdi lang={article.language}>{articleLabel(article)}</bdi>
      </h2>
      <p className="desk-text__meta">
        {article.published}
        {article.outlet && ` · ${article.outlet}`}
      </p>
      {reading && reading.features.length === 0 && reading.unresolved.length === 0 && (
        <p className="desk-empty">{t.noPlaceFound}</p>
      )}
      {reading && reading.stale.length > 0 && (
        <details className="desk-stale">
          <summary className="desk-warning">{t.stale(reading.stale.length)}</summary>
          <ul>
            {reading.stale.map(({ correction, problem }, k) => (
              <li key={k}>
                <bdi lang={article.language}>{correction.text}</bdi> · {correction.action} ·{' '}
                <span dir="ltr">{problem}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="desk-text__hint">{t.selectionHint}</p>
      <FindWords article={article} />
      {selection && (
        <button
          type="button"
          className="desk-button desk-button--primary"
          onClick={() => {
            store.getState().selectWords({
              articleId: article.id,
              ...selection,
              text: article.text.slice(selection.start, selection.end),
            });
            setSelection(null);
          }}
        >
          {t.markSelection}: <bdi>{article.text.slice(selection.start, selection.end)}</bdi>
        </button>
      )}
      <div
        ref={textRef}
        className="desk-text__body"
        dir="auto"
        lang={article.language}
        aria-label={t.articleText}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
      >
        {spans.map((span) =>
          span.mention ? (
            <button
              key={span.start}
              type="button"
              data-start={span.start}
              className={`desk-mention desk-mention--${span.mention.state}`}
              aria-pressed={selected?.start === span.start && selected.end === span.end}
              aria-label={`${span.text} (${t.mentionState[span.mention.state]})`}
              onClick={() => choose(span)}
            >
              {span.text}
            </button>
          ) : (
            <span key={span.start} data-start={span.start}>
              {span.text}
            </span>
          ),
        )}
      </div>
    </section>
  );
}
