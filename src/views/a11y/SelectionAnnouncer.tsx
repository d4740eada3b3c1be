import { evidenceTotals } from '../../model/evidence-totals';
import { evidenceCount } from '../../i18n/evidence-count';
import { selectMentionsByArticle, selectPlaceById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';

/**
 * Tells screen reader users what a selection brought up, in the interface language: "Hmeimim Air Base:
 * 5 quotes from 3 articles". The live region is always in the page, so the first change is heard too;
 * selecting nothing empties it silently.
 */
export function SelectionAnnouncer() {
  const language = useDalil((state) => state.language);
  const placeId = useDalil((state) => state.selectedPlaceId) ?? '';
  const place = useDalil(selectPlaceById(placeId));
  const evidence = useDalil(selectMentionsByArticle(placeId));
  // A summary's evidence (schema 8) is on its way: the count is told once it is here.
  const ready = useDalil((state) => state.evidence.status === 'ready');
  let message = '';
  if (place && ready) {
    const { quotes, articles } = evidenceTotals(evidence);
    message = `${place.properties.name[language]}: ${evidenceCount(quotes, articles, language)}`;
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
