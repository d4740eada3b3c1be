/**
 * Keeping targets apart: which of a list of boxes would crowd one already placed. Boxes are centred on
 * their point, in pixels of one zoom level; pure arithmetic, tested without a map.
 */
import type { Box } from './labels-declutter';

/** True when two target boxes overlap or their centres are closer than `minDistance` pixels. */
export function crowds(a: Box, b: Box, minDistance: number): boolean {
  const dx = Math.abs(a.x - b.x);
  const dy = Math.abs(a.y - b.y);
  const overlap = dx * 2 < a.width + b.width && dy * 2 < a.height + b.height;
  return overlap || Math.hypot(dx, dy) < minDistance;
}

/**
 * The indexes of `candidates` left out so that none crowds a `placed` box or a candidate kept before it:
 * earlier candidates win.
 */
export function crowdedOut(
  placed: readonly Box[],
  candidates: readonly Box[],
  minDistance: number,
): Set<number> {
  const kept = [...placed];
  const out = new Set<number>();
  candidates.forEach((box, i) => {
    if (kept.some((other) => crowds(box, other, minDistance))) out.add(i);
    else kept.push(box);
  });
  return out;
}
