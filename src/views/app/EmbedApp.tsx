import { ArticlePanel } from '../article/ArticlePanel';
import { LoadStatus } from './LoadStatus';
import { DalilMap } from '../map/DalilMap';
import { useDalil } from '../hooks/use-dalil';
import { EmbedFooter } from './EmbedFooter';
import './embed.css';

/**
 * The embedded page (`?embed=1`): the map, a compact legend and a link out; articles open over the map.
 * Its height is reported to the host by the first view's script (first-view/boot.ts), which outlives it.
 */
export function EmbedApp() {
  const articleOpen = useDalil((state) => state.openArticle !== null);
  return (
    <div className="embed">
      <main className="embed__main">
        <div className="embed__map app__map">
          <DalilMap />
          <LoadStatus />
        </div>
        {articleOpen && <ArticlePanel />}
      </main>
      <EmbedFooter />
    </div>
  );
}
