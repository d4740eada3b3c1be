/**
 * Movements: claims that say where something goes from and to ("Russia → Latakia"), with both places
 * found in the dataset. Claims between the same two places share a corridor, so each gets its own lane
 * there and their arcs fan out instead of hiding each other.
 */
import type { Claim, Dataset, PlaceFeature } from '../../geo/contract';
import { indexDataset } from './dataset-index';

export interface Movement {
  claim: Claim;
  from: PlaceFeature;
  to: PlaceFeature;
  /** 0-based position among the movements between the same two places (either way). */
  lane: number;
  lanes: number;
}

export function movementsOf(claims: readonly Claim[], dataset: Dataset): Movement[] {
  const { places } = indexDataset(dataset);
  const found: Omit<Movement, 'lane' | 'lanes'>[] = [];
  for (const claim of claims) {
    if (claim.from === null || claim.to === null || claim.from === claim.to) continue;
    const from = places.get(claim.from);
    const to = places.get(claim.to);
    if (from && to) found.push({ claim, from, to });
  }
  const corridors = new Map<string, number>();
  const keyOf = (m: (typeof found)[number]) => [m.from.properties.id, m.to.properties.id].sort().join('|');
  for (const m of found) corridors.set(keyOf(m), (corridors.get(keyOf(m)) ?? 0) + 1);
  const used = new Map<string, number>();
  return found.map((m) => {
    const key = keyOf(m);
    const lane = used.get(key) ?? 0;
    used.set(key, lane + 1);
    return { ...m, lane, lanes: corridors.get(key) ?? 1 };
  });
}
