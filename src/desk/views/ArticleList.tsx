import { articleLabel } from '../../model/article-label';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

/** The project's articles: choose one to read and correct, or remove it. */
export function ArticleList() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const articles = useDesk((state) => state.history.present.articles);
  const readings = useDesk((state) => state.readings);
  const selected = useDesk((state) => state.selectedArticle);
  if (articles.length === 0) return <p className="desk-empty">{t.noArticles}</p>;
  return (
    <ul className="desk-articles">
      {articles.map((article) => {
        const reading = readings[article.id];
        const label = articleLabel(article);
        return (
          <li key={article.id} className="desk-articles__item">
            <button
              type="button"
              className="desk-articles__open"
              aria-current={selected === article.id ? 'true' : undefined}
              onClick={() => store.getState().selectArticle(article.id)}
            >
              <bdi lang={article.language}>{label}</bdi>
              <span className="desk-articles__meta">
                {article.published}
                {reading && ` · ${t.placeCount(reading.features.length, reading.unresolved.length)}`}
              </span>
            </button>
            <button
              type="button"
              className="desk-button desk-button--quiet"
              aria-label={t.removeArticle(label)}
              onClick={() => store.getState().removeArticle(article.id)}
            >
              ✕
            </button>
          </li>
        );
      })}
    </ul>
  );
}
