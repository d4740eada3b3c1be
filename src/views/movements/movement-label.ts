import type { Language } from '../../../geo/contract';
import { claimDate } from '../../model/claim-index';
import { sourceLabel } from '../../model/source-label';
import type { ClaimStrings } from '../../i18n/claim-strings';
import { formatPublished } from '../../i18n/format-date';
import type { Movement } from '../../model/movements';

/**
 * A movement in one line of words, the arc's accessible name and its row in the list:
 * "Russia → Latakia: Air, Ground · Reported · US officials · 15 September 2015".
 */
export function movementLabel({ claim, from, to }: Movement, t: ClaimStrings, language: Language): string {
  const route = t.fromTo(from.properties.name[language], to.properties.name[language]);
  const what = claim.activities.map((kind) => t.activities[kind]).join(language === 'ar' ? '، ' : ', ');
  const who = claim.claimant ? sourceLabel(claim.claimant, language) : t.articleVoice;
  const via = claim.via ? ` ${t.via(sourceLabel(claim.via, language))}` : '';
  const date = formatPublished(claimDate(claim), language);
  return `${route}${what ? `: ${what}` : ''} · ${t.stances[claim.stance]} · ${who}${via} · ${
    claim.eventDate ? date : t.published(date)
  }`;
}
