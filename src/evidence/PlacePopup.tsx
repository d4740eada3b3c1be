import { directionOf } from '../i18n/language';
import { useStrings } from '../i18n/use-strings';
import { selectMentionsByArticle, selectPlaceById } from '../store/selectors';
import { useDalil } from '../store/use-dalil';
import { ArticleMentions } from './ArticleMentions';
import './evidence.css';

/** A place's evidence: its names, then every article that mentions it with the sentences that do. */
export function PlacePopup({ placeId }: { placeId: string }) {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  const place = useDalil(selectPlaceById(placeId));
  const evidence = useDalil(selectMentionsByArticle(placeId));
  if (!place) return null;
  const { name, kind } = place.properties;
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <div className="place-popup" lang={language} dir={directionOf(language)}>
      <header className="place-popup__header">
        <h2 className="place-popup__name">
          <bdi lang={language}>{name[language]}</bdi>
        </h2>
        <p className="place-popup__subtitle">
          <bdi lang={other}>{name[other]}</bdi>
          <span aria-hidden="true"> · </span>
          <span className="place-popup__kind">{t.kinds[kind]}</span>
        </p>
      </header>
      <p className="place-popup__lead">{t.mentionedIn}</p>
      <ol className="place-popup__articles">
        {evidence.map((item) => (
          <ArticleMentions key={item.article.id} evidence={item} />
        ))}
      </ol>
    </div>
  );
}
