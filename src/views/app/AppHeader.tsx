import { FiltersToggle } from '../filters/FiltersToggle';
import { formatCount } from '../../i18n/locale';
import { ListToggle } from '../list/ListToggle';
import { useStrings } from '../hooks/use-strings';
import { selectArticleCount } from '../../store/selectors';
import { selectMapPlaceCount } from '../../store/map-selectors';
import { ShareActions } from '../share/ShareActions';
import { useDalil } from '../hooks/use-dalil';
import { LanguageToggle } from './LanguageToggle';

/** The title bar: the name, how much evidence the map holds, and the language switch. */
export function AppHeader() {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  const placeCount = useDalil(selectMapPlaceCount);
  const articleCount = useDalil(selectArticleCount);
  const ready = useDalil((state) => state.status === 'ready');
  const format = (count: number) => formatCount(count, language);
  return (
    <header className="app-header">
      <h1 className="app-header__title">{t.appTitle}</h1>
      {ready && (
        <p className="app-header__counts">
          <span>{t.placeCount(format(placeCount))}</span>
          <span aria-hidden="true"> · </span>
          <span>{t.articleCount(format(articleCount))}</span>
        </p>
      )}
      <ListToggle />
      <FiltersToggle />
      <ShareActions />
      <a className="header-button desk-link" href={`desk/?lang=${language}`}>
        {t.deskLink}
      </a>
      <LanguageToggle />
    </header>
  );
}
