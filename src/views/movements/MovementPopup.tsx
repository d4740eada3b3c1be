import { ClaimChips } from '../claims/ClaimChips';
import { useClaimStrings } from '../hooks/use-strings';
import { directionOf } from '../../i18n/language';
import { useStrings } from '../hooks/use-strings';
import { selectArticleById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import type { Movement } from '../../model/movements';
import { CloseButton } from '../common/CloseButton';
import { ReadInContext } from '../common/ReadInContext';
import { ArticleSlice } from '../common/ArticleSlice';

interface MovementPopupProps {
  movement: Movement;
  onClose: () => void;
}

/** A movement's evidence: the route, the sentence that reports it, verbatim, and what it says. */
export function MovementPopup({ movement, onClose }: MovementPopupProps) {
  const t = useClaimStrings();
  const ui = useStrings();
  const language = useDalil((state) => state.language);
  const { claim, from, to } = movement;
  const article = useDalil(selectArticleById(claim.articleId));
  return (
    <div className="movement-popup" lang={language} dir={directionOf(language)} data-claim-id={claim.id}>
      <header className="movement-popup__header">
        <h2 className="movement-popup__route">
          {t.fromTo(from.properties.name[language], to.properties.name[language])}
        </h2>
        {/* A real button of a finger's size, as in a place's popup (Leaflet's own is a small link). */}
        <CloseButton className="place-popup__close" label={ui.closeEvidence} onClick={onClose} />
      </header>
      <blockquote className="quote" dir="auto" lang={article?.language}>
        <ArticleSlice articleId={claim.articleId} range={claim.quote} />
      </blockquote>
      <ClaimChips claim={claim} />
      <ReadInContext articleId={claim.articleId} quoteStart={claim.quote.start} />
    </div>
  );
}
