import { ArticlePanel } from '../article/ArticlePanel';
import { EmbedApp } from './EmbedApp';
import { FiltersPanel } from '../filters/FiltersPanel';
import { PlaceList } from '../list/PlaceList';
import { DalilMap } from '../map/DalilMap';
import { useDalil } from '../hooks/use-dalil';
import { AppHeader } from './AppHeader';
import { LoadStatus } from './LoadStatus';
import { useDocumentLanguage } from './use-document-language';
import { usePanelsCoverMap } from '../hooks/use-panels-cover-map';
import { usePrefetchedTexts } from '../hooks/use-article-text';
import './app.css';

/**
 * The page: header, then the map with the article panel at its inline end when an article is open; or,
 * inside another page, the embed.
 */
export function App() {
  useDocumentLanguage();
  usePrefetchedTexts();
  const articleOpen = useDalil((state) => state.openArticle !== null);
  const embedded = useDalil((state) => state.embedded);
  const listShown = useDalil((state) => state.listShown);
  const panelsCoverMap = usePanelsCoverMap();
  if (embedded) return <EmbedApp />;
  return (
    <div className="app">
      <AppHeader />
      <main className="app__main">
        <PlaceList covered={panelsCoverMap && articleOpen} />
        <div className="app__map" inert={panelsCoverMap && (listShown || articleOpen)}>
          <DalilMap />
          <FiltersPanel />
          <LoadStatus />
        </div>
        {articleOpen && <ArticlePanel />}
      </main>
    </div>
  );
}
