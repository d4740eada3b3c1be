import { useEffect } from 'react';
import { AddArticle } from './AddArticle';
import { ArticleList } from './ArticleList';
import { ArticleText } from './ArticleText';
import { ClaimsPanel } from './ClaimsPanel';
import { DeskHeader } from './DeskHeader';
import { DeskMap } from './DeskMap';
import { DeskStatus } from './DeskStatus';
import { MentionPanel } from './MentionPanel';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

/** The desk: articles on one side, the chosen article's text in the middle, its map and the decisions beside. */
export function DeskApp() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const language = useDesk((state) => state.language);
  const words = useDesk((state) => state.selectedWords);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    document.title = t.title;
  }, [language, t]);

  useEffect(() => {
    const keys = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) store.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [store]);

  return (
    <div className="desk">
      <DeskHeader />
      <DeskStatus />
      <main className="desk-main">
        <div className="desk-column">
          <section aria-labelledby="desk-articles-heading">
            <h2 id="desk-articles-heading">{t.articles}</h2>
            <ArticleList />
          </section>
          <AddArticle />
        </div>
        <div className="desk-column desk-column--text">
          <ArticleText />
          <ClaimsPanel />
        </div>
        <div className="desk-column">
          <DeskMap />
          <MentionPanel key={words ? `${words.articleId}:${words.start}:${words.end}` : 'none'} />
        </div>
      </main>
    </div>
  );
}
