/**
 * The order of the list view: places grouped by kind (the most specific kind first, as in the legend),
 * or one run sorted by how often the articles mention them. Within a group, more mentions come first,
 * then names in the interface language's alphabetical order, so the list never shuffles between renders.
 */
import type { Language, PlaceKind } from '../../geo/contract';
import { mentionCountOf, type ListedPlaceFeature } from '../../geo/split-dataset';
import { LEGEND_KINDS } from './marker-style';

export const LIST_ORDERS = ['kind', 'mentions'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

export interface ListGroup {
  /** The kind shared by the group's places; null when the list is one run by mentions. */
  kind: PlaceKind | null;
  places: ListedPlaceFeature[];
}

export function orderPlaces(
  places: readonly ListedPlaceFeature[],
  order: ListOrder,
  language: Language,
): ListGroup[] {
  const collator = new Intl.Collator(language);
  const sorted = [...places].sort(
    (a, b) =>
      mentionCountOf(b) - mentionCountOf(a) ||
      collator.compare(a.properties.name[language], b.properties.name[language]) ||
      a.properties.id.localeCompare(b.properties.id),
  );
  if (order === 'mentions') return sorted.length > 0 ? [{ kind: null, places: sorted }] : [];
  return LEGEND_KINDS.map((kind) => ({
    kind,
    places: sorted.filter((p) => p.properties.kind === kind),
  })).filter((group) => group.places.length > 0);
}
