import type { ListedClaim } from '../../../geo/split-dataset';
import { useClaimStrings } from '../hooks/use-strings';
import { formatPublished } from '../../i18n/format-date';
import { selectPlaceById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { sourceLabel } from '../../model/source-label';
import { StanceBadge } from './StanceBadge';
import { ArticleSlice } from '../common/ArticleSlice';

interface ClaimChipsProps {
  claim: ListedClaim;
  /** Shows the clause the claim covers, verbatim: when a sentence holds several claims, it tells them apart. */
  showClause?: boolean;
}

/**
 * One claim in a line of chips: its stance (a denial unmistakable), what it reports, who says so and
 * through whom, when, where from and to, and the equipment it names. Every label is also text, so
 * colour and icons only repeat what the words say.
 */
export function ClaimChips({ claim, showClause = false }: ClaimChipsProps) {
  const t = useClaimStrings();
  const language = useDalil((state) => state.language);
  const from = useDalil(selectPlaceById(claim.from ?? ''));
  const to = useDalil(selectPlaceById(claim.to ?? ''));
  const who = claim.claimant ? sourceLabel(claim.claimant, language) : t.articleVoice;
  const date = formatPublished(claim.eventDate ?? claim.published, language);
  return (
    <div className={`claim claim--${claim.stance}`} data-claim-id={claim.id} data-stance={claim.stance}>
      {showClause && (
        <p className="claim__clause" dir="auto">
          <ArticleSlice articleId={claim.articleId} range={claim.clause} />
        </p>
      )}
      <ul className="claim__chips">
        <li className="claim__chip claim__chip--stance">
          <span className="visually-hidden">{t.stance} </span>
          <StanceBadge stance={claim.stance} />
        </li>
        {claim.activities.map((kind) => (
          <li key={kind} className={`claim__chip claim__chip--activity activity--${kind}`}>
            <span className="visually-hidden">{t.what} </span>
            <span className="claim__swatch" aria-hidden="true" />
            {t.activities[kind]}
          </li>
        ))}
        <li className="claim__chip claim__chip--claimant">
          <span className="visually-hidden">{t.claimant} </span>
          <bdi>{who}</bdi>
          {claim.via && (
            <>
              {' '}
              <span className="claim__via">{t.via(sourceLabel(claim.via, language))}</span>
            </>
          )}
        </li>
        <li className="claim__chip claim__chip--date">
          <span className="visually-hidden">{t.date} </span>
          <time dateTime={claim.eventDate ?? claim.published}>
            {claim.eventDate ? date : t.published(date)}
          </time>
        </li>
        {from && to && (
          <li className="claim__chip claim__chip--movement">
            <span className="visually-hidden">{t.movement} </span>
            {t.fromTo(from.properties.name[language], to.properties.name[language])}
          </li>
        )}
        {claim.equipment.length > 0 && (
          <li className="claim__chip claim__chip--equipment">
            <span className="visually-hidden">{t.equipment} </span>
            {claim.equipment.map((e) => e.name[language]).join(language === 'ar' ? '، ' : ', ')}
          </li>
        )}
      </ul>
    </div>
  );
}
