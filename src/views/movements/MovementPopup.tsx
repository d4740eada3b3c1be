import { ClaimChips } from '../claims/ClaimChips';
import { useClaimStrings } from '../hooks/use-strings';
import { directionOf } from '../../i18n/language';
import { useStrings } from '../hooks/use-strings';
import { selectArticleById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import type { Movement } from '../../model/movements';

interface MovementPopupProps {
  movement: Movement;
  onClose: () => void;
}

/** A movement's evidence: the route, the sentence that reports it, verbatim, and what it says. */
export function MovementPopup({ movement, onClose }: MovementPopupProps) {
  const t = useClaimStrings();
  const ui = useStrings();
  const language = useDalil((state) => state.language);
  const openArticleAt = useDalil((state) => state.openArticleAt);
  const { claim, from, to } = movement;
  const article = useDalil(selectArticleById(claim.articleId));
  return (
    <div className="movement-popup" lang={language} dir={directionOf(language)} data-claim-id={claim.id}>
      <header className="movement-popup__header">
        <h2 className="movement-popup__route">
          {t.fromTo(from.properties.name[language], to.properties.name[language])}
        </h2>
        {/* A real button of a finger's size, as in a place's popup (Leaflet's own is a small link). */}
        <button type="button" className="place-popup__close" aria-label={ui.closeEvidence} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <blockquote className="quote" dir="auto" lang={article?.language}>
        {claim.quote.text}
      </blockquote>
      <ClaimChips claim={claim} />
      <button
        type="button"
        className="link-button"
        onClick={() => openArticleAt(claim.articleId, claim.quote.start)}
      >
        {ui.readInContext}
      </button>
    </div>
  );
}
