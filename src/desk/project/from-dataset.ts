/**
 * A project started from a published map: its articles, and the decisions its reviewed evidence records,
 * so the editor takes up the work where the published map stands. A mention marked verified gives a
 * `verify`; one marked corrected, a `resolve` to its place, or a `place` by hand for a place the
 * gazetteer does not hold (`hand-` ids, as the desk writes them); a reviewed claim, a `claim-edit` that
 * sets what it says. Each decision keeps its editor, time and note.
 */
import type { Dataset } from '../../../geo/contract';
import type { Correction } from '../../../geo/corrections/schema';
import type { Project } from './project';

/** The id the desk gives a place an editor set by hand (MentionPanel). */
export const isHandPlaceId = (id: string) => id.startsWith('hand-');

export function projectFromDataset(dataset: Dataset): Project {
  const corrections: Correction[] = [];
  for (const feature of dataset.places.features) {
    const { id, kind, iso2, name } = feature.properties;
    for (const m of feature.properties.mentions) {
      if (!m.review) continue;
      const signed = {
        articleId: m.articleId,
        start: m.start,
        end: m.end,
        text: m.text,
        by: m.review.by,
        at: m.review.at,
        note: m.review.note,
      };
      if (m.review.state === 'verified') corrections.push({ ...signed, action: 'verify', placeId: id });
      else if (isHandPlaceId(id))
        corrections.push({
          ...signed,
          action: 'place',
          place: { id, kind, iso2, name, lngLat: feature.geometry.coordinates },
        });
      else corrections.push({ ...signed, action: 'resolve', placeId: id });
    }
  }
  for (const claim of dataset.claims ?? []) {
    if (!claim.review) continue;
    corrections.push({
      action: 'claim-edit',
      articleId: claim.articleId,
      start: claim.clause.start,
      end: claim.clause.end,
      text: claim.clause.text,
      changes: {
        stance: claim.stance,
        activities: claim.activities,
        claimant: claim.claimant && {
          start: claim.claimant.start,
          end: claim.claimant.end,
          text: claim.claimant.text,
        },
        from: claim.from,
        to: claim.to,
        eventDate: claim.eventDate,
      },
      by: claim.review.by,
      at: claim.review.at,
      note: claim.review.note,
    });
  }
  // Replayed in the order they were made.
  corrections.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { articles: [...dataset.articles], corrections };
}
