/**
 * Puts the role the claim rules gave each place mention (extract-claims.ts) onto the dataset's mentions,
 * so the map can show sites and venues and keep actors and context one step away. Mentions no clause
 * reads (a "read also" line) are context. Returns new features; the geoparser's output is left as it is.
 */
import type { PlaceFeature } from '../contract';
import type { MentionRole } from './extract-claims';

const key = (articleId: string, placeId: string, start: number) => `${articleId} ${placeId} ${start}`;

export function withRoles(features: readonly PlaceFeature[], roles: readonly MentionRole[]): PlaceFeature[] {
  const byKey = new Map(roles.map((r) => [key(r.articleId, r.placeId, r.start), r.role]));
  return features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      mentions: f.properties.mentions.map((m) => ({
        ...m,
        role: byKey.get(key(m.articleId, f.properties.id, m.start)) ?? 'context',
      })),
    },
  }));
}
