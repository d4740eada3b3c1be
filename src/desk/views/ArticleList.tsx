import { useState } from 'react';
import { readDataset } from '../../../geo/contract';
import { articleLabel } from '../../model/article-label';
import { fetchSiteDataset } from '../platform/fetch-site-dataset';
import { projectFromDataset } from '../project/from-dataset';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

/** An empty project's offer: start from the map the site publishes, its articles and its editors' work. */
function StartFromSite() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    const fetched = await fetchSiteDataset();
    setBusy(false);
    const read = fetched.ok ? readDataset(fetched.json) : null;
    if (!read?.ok) {
      const why = !fetched.ok ? fetched.detail : read ? read.problems.slice(0, 2).join('; ') : '';
      store.getState().notify(t.siteDataProblem(why));
      return;
    }
    store.getState().replaceProject(projectFromDataset(read.dataset));
    store.getState().notify(t.siteDataOpened(read.dataset.articles.length));
  };
  return (
    <button type="button" className="desk-button" disabled={busy} onClick={() => void start()}>
      {t.startFromSite}
    </button>
  );
}

/** The project's articles: choose one to read and correct, or remove it. */
export function ArticleList() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const articles = useDesk((state) => state.history.present.articles);
  const readings = useDesk((state) => state.readings);
  const selected = useDesk((state) => state.selectedArticle);
  if (articles.length === 0)
    return (
      <>
        <p className="desk-empty">{t.noArticles}</p>
        <StartFromSite />
      </>
    );
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
