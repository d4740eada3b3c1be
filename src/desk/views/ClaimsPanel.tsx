import { useId } from 'react';
import { STANCES, type Claim, type Stance } from '../../../geo/contract';
import { CLAIM_STRINGS } from '../../i18n/claim-strings';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

/**
 * The claims read in the chosen article, each with its clause verbatim: the editor sets its stance, or
 * deletes a claim the article does not make. Each decision names the clause's exact words.
 */
export function ClaimsPanel() {
  const t = useDeskStrings();
  const articleId = useDesk((state) => state.selectedArticle);
  const article = useDesk((state) => state.history.present.articles.find((a) => a.id === articleId));
  const claims = useDesk((state) => (articleId ? state.readings[articleId]?.claims : undefined));
  const id = useId();
  if (!article || !claims) return null;
  return (
    <section className="desk-claims" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.claims}</h2>
      {claims.length === 0 ? (
        <p className="desk-empty">{t.noClaims}</p>
      ) : (
        <ol className="desk-claims__list">
          {claims.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} language={article.language} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ClaimItem({ claim, language }: { claim: Claim; language: string }) {
  const t = useDeskStrings();
  const store = useDeskStore();
  const interfaceLanguage = useDesk((state) => state.language);
  const stances = CLAIM_STRINGS[interfaceLanguage].stances;
  const id = useId();
  const on = {
    articleId: claim.articleId,
    start: claim.clause.start,
    end: claim.clause.end,
    text: claim.clause.text,
    note: null,
  };
  return (
    <li className="desk-claims__item">
      <blockquote id={`${id}-clause`} className="desk-claims__clause" dir="auto" lang={language}>
        {claim.clause.text}
      </blockquote>
      <div className="desk-panel__actions">
        <label htmlFor={`${id}-stance`}>{t.claimStance}</label>
        <select
          id={`${id}-stance`}
          value={claim.stance}
          aria-describedby={`${id}-clause`}
          onChange={(e) =>
            store.getState().decide({ ...on, action: 'claim-stance', stance: e.target.value as Stance })
          }
        >
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {stances[stance]}
            </option>
          ))}
        </select>
        {claim.review && <span className="desk-claims__review">{t.claimCorrected}</span>}
        <button
          type="button"
          className="desk-button desk-button--quiet"
          aria-describedby={`${id}-clause`}
          onClick={() => store.getState().decide({ ...on, action: 'claim-delete' })}
        >
          {t.deleteClaim}
        </button>
      </div>
    </li>
  );
}
