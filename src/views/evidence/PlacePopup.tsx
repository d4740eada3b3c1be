import { useEffect, useId, useRef } from 'react';
import { HiddenByFilters } from '../filters/HiddenByFilters';
import { evidenceCount } from '../../i18n/evidence-count';
import { directionOf } from '../../i18n/language';
import { useStrings } from '../hooks/use-strings';
import { selectMentionsByArticle, selectPlaceById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { ArticleMentionsList } from './ArticleMentions';
import { evidenceTotals } from '../../model/evidence-totals';
import './evidence.css';
import { CloseButton } from '../common/CloseButton';
import { closeOnEscape } from '../common/close-on-escape';
import { EvidenceStatus, useEvidenceReady } from './EvidenceStatus';

interface PlacePopupProps {
  placeId: string;
  /** Closes the popup or sheet that holds this evidence. */
  onClose: () => void;
  /** Moves focus to the place's name when shown, so a keyboard reader lands on the evidence. */
  autoFocus?: boolean;
  /** Receives the id of the place's name, for the dialog or popup that this evidence labels. */
  headingId?: string;
}

/** A place's evidence: its names, then every article that mentions it with the sentences that do. */
export function PlacePopup({ placeId, onClose, autoFocus = false, headingId }: PlacePopupProps) {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  const place = useDalil(selectPlaceById(placeId));
  const evidence = useDalil(selectMentionsByArticle(placeId));
  const evidenceReady = useEvidenceReady();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ownId = useId();

  useEffect(
    function focusPlaceName() {
      if (autoFocus) headingRef.current?.focus({ preventScroll: true });
    },
    [autoFocus, placeId],
  );

  if (!place) return null;
  const { name, kind } = place.properties;
  const other = language === 'ar' ? 'en' : 'ar';
  const { quotes, articles } = evidenceTotals(evidence);
  // Escape closes from anywhere inside: Leaflet's own Escape works only while the map itself has focus.
  const onKeyDown = closeOnEscape(onClose);
  return (
    <div
      className="place-popup"
      lang={language}
      dir={directionOf(language)}
      data-place-id={placeId}
      onKeyDown={onKeyDown}
    >
      <header className="place-popup__header">
        <h2 className="place-popup__name" id={headingId ?? ownId} ref={headingRef} tabIndex={-1}>
          <bdi lang={language}>{name[language]}</bdi>
        </h2>
        <CloseButton className="place-popup__close" label={t.closeEvidence} onClick={onClose} />
        <p className="place-popup__subtitle">
          <bdi lang={other}>{name[other]}</bdi>
          <span aria-hidden="true"> · </span>
          <span className="place-popup__kind">{t.kinds[kind]}</span>
        </p>
        {evidenceReady && <p className="place-popup__count">{evidenceCount(quotes, articles, language)}</p>}
      </header>
      {evidenceReady ? (
        <>
          <p className="place-popup__lead">{t.mentionedIn}</p>
          <ArticleMentionsList
            key={placeId}
            className="place-popup__articles"
            evidence={evidence}
            placeId={placeId}
          />
          <HiddenByFilters placeId={placeId} />
        </>
      ) : (
        <EvidenceStatus />
      )}
    </div>
  );
}
