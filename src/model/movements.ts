/**
 * Movements: claims that say where something goes from and to ("Russia → Latakia"), with both places
 * found in the dataset. An arc from a country starts at a point that means something (the base or port the
 * clause names in it, else its capital), never at the country's middle, which for Russia is in Siberia and
 * would draw a route across Central Asia. Claims along the same corridor get a lane each, so their arcs fan
 * out instead of hiding each other.
 */
import {
  roleCountsOf,
  type ListedClaim,
  type ListedDataset,
  type ListedPlaceFeature,
} from '../../geo/split-dataset';
import { indexDataset } from './dataset-index';

export interface Movement {
  claim: ListedClaim;
  from: ListedPlaceFeature;
  to: ListedPlaceFeature;
  /** Where the arc starts: `from` itself, or for a country the place in it the arc sets out from. */
  origin: ListedPlaceFeature;
  /** 0-based position among the movements between the same two points (either way). */
  lane: number;
  lanes: number;
}

/**
 * The capital of each country the dataset names as speaking or acting: the settlement of that country named
 * most often as an actor ("Moscow denies" stands for Russia's government, so Moscow is its seat).
 */
function seatsOf(dataset: ListedDataset): Map<string, ListedPlaceFeature> {
  const best = new Map<string, { place: ListedPlaceFeature; actor: number }>();
  for (const place of dataset.places.features) {
    const { kind, iso2 } = place.properties;
    if (kind !== 'settlement' || iso2 === null) continue;
    const actor = roleCountsOf(place)[2];
    if (actor > (best.get(iso2)?.actor ?? 0)) best.set(iso2, { place, actor });
  }
  return new Map([...best].map(([iso2, { place }]) => [iso2, place]));
}

/** Where an arc from `from` starts: the clause's own base, port or town in that country, else its seat. */
function originOf(
  claim: ListedClaim,
  from: ListedPlaceFeature,
  to: ListedPlaceFeature,
  places: Map<string, ListedPlaceFeature>,
  seats: Map<string, ListedPlaceFeature>,
): ListedPlaceFeature {
  const { kind, iso2 } = from.properties;
  if (kind !== 'country' || iso2 === null) return from;
  const named = claim.places
    .map((p) => places.get(p.placeId))
    .find(
      (p) =>
        p !== undefined &&
        p !== to &&
        p.properties.iso2 === iso2 &&
        (p.properties.kind === 'facility' || p.properties.kind === 'settlement'),
    );
  return named ?? seats.get(iso2) ?? from;
}

export function movementsOf(claims: readonly ListedClaim[], dataset: ListedDataset): Movement[] {
  const { places } = indexDataset(dataset);
  const seats = seatsOf(dataset);
  const found: Omit<Movement, 'lane' | 'lanes'>[] = [];
  for (const claim of claims) {
    if (claim.from === null || claim.to === null || claim.from === claim.to) continue;
    const from = places.get(claim.from);
    const to = places.get(claim.to);
    if (!from || !to) continue;
    const origin = originOf(claim, from, to, places, seats);
    if (origin !== to) found.push({ claim, from, to, origin });
  }
  const corridors = new Map<string, number>();
  const keyOf = (m: (typeof found)[number]) => [m.origin.properties.id, m.to.properties.id].sort().join('|');
  for (const m of found) corridors.set(keyOf(m), (corridors.get(keyOf(m)) ?? 0) + 1);
  const used = new Map<string, number>();
  return found.map((m) => {
    const key = keyOf(m);
    const lane = used.get(key) ?? 0;
    used.set(key, lane + 1);
    return { ...m, lane, lanes: corridors.get(key) ?? 1 };
  });
}
