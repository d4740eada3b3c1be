import { useEffect, useRef } from 'react';
import { SentenceClaims } from '../claims/SentenceClaims';
import { articleLabel } from '../../model/article-label';
import { formatPublished } from '../../i18n/format-date';
import { useStrings } from '../hooks/use-strings';
import { selectOpenArticle, selectOpenQuote } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { ArticleBody } from './ArticleBody';
import { safeArticleUrl } from '../../model/safe-url';
import './article.css';
import { closeOnEscape } from '../common/close-on-escape';

/** The article view: the whole text of one article beside the map, opened at a quoting sentence. */
export function ArticlePanel() {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  const article = useDalil(selectOpenArticle);
  const quote = useDalil(selectOpenQuote);
  const closeArticle = useDalil((state) => state.closeArticle);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(function moveFocusIntoPanel() {
    // Focus goes into the panel when it opens and back to what opened it (the "read in context" button).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus({ preventScroll: true });
    return function returnFocus() {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  if (!article) return null;
  const url = safeArticleUrl(article.url);
  const onKeyDown = closeOnEscape(closeArticle);

  return (
    <aside
      className="article-panel"
      aria-label={t.articleView}
      onKeyDown={onKeyDown}
      data-article-id={article.id}
    >
      <div className="article-panel__bar">
        <button type="button" className="article-panel__close" onClick={closeArticle}>
          <span aria-hidden="true">×</span> {t.closeArticle}
        </button>
      </div>
      <article className="article-panel__article">
        <header className="article-panel__header">
          <h2
            className="article-panel__title"
            ref={headingRef}
            tabIndex={-1}
            dir="auto"
            lang={article.language}
          >
            {articleLabel(article)}
          </h2>
          <p className="article-panel__meta">
            <time dateTime={article.published}>{formatPublished(article.published, language)}</time>
            {article.outlet !== null && (
              <>
                <span aria-hidden="true"> · </span>
                {t.outlet}: <bdi>{article.outlet}</bdi>
              </>
            )}
          </p>
          {url !== null && (
            <p className="article-panel__link">
              <a href={url} target="_blank" rel="noopener noreferrer">
                {t.originalArticle}
              </a>
            </p>
          )}
          {article.note !== null && (
            <p className="article-panel__note">
              {t.editorNote} <bdi>{article.note}</bdi>
            </p>
          )}
        </header>
        <ArticleBody article={article} quote={quote} />
        {quote && <SentenceClaims articleId={article.id} quote={quote} />}
      </article>
    </aside>
  );
}
