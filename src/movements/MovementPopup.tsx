import { ClaimChips } from '../claims/ClaimChips';
import { useClaimStrings } from '../i18n/claim-strings';
import { directionOf } from '../i18n/language';
import { useStrings } from '../i18n/use-strings';
import { selectArticleById } from '../store/selectors';
import { useDalil } from '../store/use-dalil';
import type { Movement } from './movements';

/** A movement's evidence: the route, the sentence that reports it, verbatim, and what it says. */
export function MovementPopup({ movement }: { movement: Movement }) {
  const t = useClaimStrings();
  const ui = useStrings();
  const language = useDalil((state) => state.language);
  const openArticleAt = useDalil((state) => state.openArticleAt);
  const { claim, from, to } = movement;
  const article = useDalil(selectArticleById(claim.articleId));
  return (
    <div className="movement-popup" lang={language} dir={directionOf(language)} data-claim-id={claim.id}>
      <h2 className="movement-popup__route">
        {t.fromTo(from.properties.name[language], to.properties.name[language])}
      </h2>
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
