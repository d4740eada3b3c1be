import { useId, useState } from 'react';
import { ACTIVITY_KINDS, STANCES, type Claim, type Stance } from '../../../geo/contract';
import type { ClaimChanges } from '../../../geo/corrections/schema';
import { CLAIM_STRINGS } from '../../i18n/claim-strings';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

/**
 * The claims read in the chosen article, each with its clause verbatim: the editor sets its stance, its
 * activities, who says so (their words in the sentence), where a movement starts and ends (among the
 * clause's places), its date; or deletes a claim the article does not make. Each decision names the
 * clause's exact words. A claim the reading missed is added from its words (MentionPanel).
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
  const features = useDesk((state) => state.readings[claim.articleId]?.features);
  const words = CLAIM_STRINGS[interfaceLanguage];
  const id = useId();
  const [claimant, setClaimant] = useState('');
  const [misfit, setMisfit] = useState(false);
  const on = {
    articleId: claim.articleId,
    start: claim.clause.start,
    end: claim.clause.end,
    text: claim.clause.text,
    note: null,
  };
  const edit = (changes: ClaimChanges) => store.getState().decide({ ...on, action: 'claim-edit', changes });
  const nameOf = (placeId: string) =>
    features?.find((f) => f.properties.id === placeId)?.properties.name[interfaceLanguage] ?? placeId;
  const places = [...new Set(claim.places.map((p) => p.placeId))];

  const setWho = () => {
    const typed = claimant.trim();
    const at = typed ? claim.quote.text.indexOf(typed) : -1;
    setMisfit(at < 0);
    if (at < 0) return;
    const start = claim.quote.start + at;
    edit({ claimant: { start, end: start + typed.length, text: typed } });
    setClaimant('');
  };

  const endSelect = (end: 'from' | 'to', label: string) => (
    <div className="desk-field">
      <label htmlFor={`${id}-${end}`}>{label}</label>
      <select
        id={`${id}-${end}`}
        value={claim[end] ?? ''}
        aria-describedby={`${id}-clause`}
        onChange={(e) => {
          const place = e.target.value || null;
          edit(end === 'from' ? { from: place } : { to: place });
        }}
      >
        <option value="">{t.noPlace}</option>
        {places.map((placeId) => (
          <option key={placeId} value={placeId}>
            {nameOf(placeId)}
          </option>
        ))}
      </select>
    </div>
  );

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
          onChange={(e) => edit({ stance: e.target.value as Stance })}
        >
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {words.stances[stance]}
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
      <details className="desk-claims__more">
        <summary>{t.claimMore}</summary>
        <fieldset className="desk-claims__activities" aria-describedby={`${id}-clause`}>
          <legend>{t.claimActivities}</legend>
          {ACTIVITY_KINDS.map((kind) => (
            <label key={kind} className="desk-radio">
              <input
                type="checkbox"
                checked={claim.activities.includes(kind)}
                onChange={(e) =>
                  edit({
                    activities: e.target.checked
                      ? ACTIVITY_KINDS.filter((k) => k === kind || claim.activities.includes(k))
                      : claim.activities.filter((k) => k !== kind),
                  })
                }
              />
              {words.activities[kind]}
            </label>
          ))}
        </fieldset>
        <p className="desk-claims__who">
          {t.claimant}:{' '}
          {claim.claimant ? (
            <bdi lang={language}>{claim.claimant.text}</bdi>
          ) : (
            <span className="desk-empty">{t.claimantNone}</span>
          )}
        </p>
        <div className="desk-claims__row">
          <div className="desk-field">
            <label htmlFor={`${id}-who`}>{t.claimantWords}</label>
            <input
              id={`${id}-who`}
              dir="auto"
              lang={language}
              value={claimant}
              maxLength={200}
              aria-invalid={misfit || undefined}
              aria-describedby={misfit ? `${id}-who-problem` : undefined}
              onChange={(e) => {
                setClaimant(e.target.value);
                setMisfit(false);
              }}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                setWho();
              }}
            />
            {misfit && (
              <p id={`${id}-who-problem`} className="desk-field__problem">
                {t.claimantNotInSentence}
              </p>
            )}
          </div>
          <button type="button" className="desk-button" onClick={setWho}>
            {t.setClaimant}
          </button>
          {claim.claimant && (
            <button
              type="button"
              className="desk-button desk-button--quiet"
              onClick={() => edit({ claimant: null })}
            >
              {t.clearClaimant}
            </button>
          )}
        </div>
        <div className="desk-claims__row">
          {endSelect('from', t.claimFrom)}
          {endSelect('to', t.claimTo)}
          <div className="desk-field">
            <label htmlFor={`${id}-date`}>{t.eventDate}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={claim.eventDate ?? ''}
              onChange={(e) => edit({ eventDate: e.target.value || null })}
            />
          </div>
        </div>
      </details>
    </li>
  );
}
