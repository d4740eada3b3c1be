/**
 * Where to move the map so that an open popup (and the marker it points at) is wholly in view and clear
 * of everything drawn over the map: the legend, the zoom buttons, the attribution, a floating panel.
 * Leaflet's own `autoPan` keeps a popup off the map's edges only, with one padding per side, and a box in
 * a corner (the legend) is not a side: the popup of a marker beside the legend opened under it. Here each
 * cover is a box of its own, and the popup is moved the shortest way that clears them all.
 */

/** A box in the map's own pixels, from its top left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ClearanceOptions {
  /** Room kept between the popup and the map's edges, in CSS pixels. */
  edge: number;
  /** Room kept between the popup and anything covering the map, in CSS pixels. */
  gap: number;
  /** Right to left: a popup too wide for the map keeps its right side, where its lines start, in view. */
  rtl: boolean;
}

/** How far the map pans (Leaflet's `panBy`: positive moves the view right and down, the popup left and up). */
export interface Pan {
  x: number;
  y: number;
}

/**
 * The shortest pan that brings `subject` inside the map (`width` × `height`, less `edge` on every side)
 * and off every box in `covers`. When no pan can (a popup taller than the room the covers leave), the one
 * that leaves least of it cut off by the map's edges (its top and inline start first), then least of it
 * covered, then the shortest. `{ x: 0, y: 0 }` when it is clear already.
 */
export function clearingPan(
  subject: Box,
  width: number,
  height: number,
  covers: readonly Box[],
  { edge, gap, rtl }: ClearanceOptions,
): Pan {
  const room: Box = { left: edge, top: edge, right: width - edge, bottom: height - edge };
  // Only what lies over the map, grown by the gap to keep from it.
  const kept = covers
    .filter((c) => overlapArea(c, { left: 0, top: 0, right: width, bottom: height }) > 0)
    .map((c) => ({ left: c.left - gap, top: c.top - gap, right: c.right + gap, bottom: c.bottom + gap }));

  // Every way the popup can move that lines one of its sides up with the room's edge or a cover's side.
  const xs = [
    0,
    fit(subject.left, subject.right, room.left, room.right, rtl),
    ...kept.flatMap((c) => [c.left - subject.right, c.right - subject.left]),
  ];
  const ys = [
    0,
    fit(subject.top, subject.bottom, room.top, room.bottom, false),
    ...kept.flatMap((c) => [c.top - subject.bottom, c.bottom - subject.top]),
  ];

  let best: { shift: Pan; score: readonly number[] } | undefined;
  for (const x of xs) {
    for (const y of ys) {
      const moved = {
        left: subject.left + x,
        top: subject.top + y,
        right: subject.right + x,
        bottom: subject.bottom + y,
      };
      const score = [
        cutOff(moved, room, rtl),
        kept.reduce((sum, c) => sum + overlapArea(moved, c), 0),
        Math.hypot(x, y),
      ];
      if (!best || isLess(score, best.score)) best = { shift: { x, y }, score };
    }
  }
  // The popup moves by `shift`; the map pans the other way.
  return { x: -Math.round(best!.shift.x) + 0, y: -Math.round(best!.shift.y) + 0 };
}

/**
 * The shift that brings `[start, end]` inside `[min, max]`; when it is longer than that, the shift that
 * lines its start up with `min` (or, `fromMax`, its end with `max`).
 */
function fit(start: number, end: number, min: number, max: number, fromMax: boolean): number {
  if (end - start > max - min) return fromMax ? max - end : min - start;
  if (start < min) return min - start;
  if (end > max) return max - end;
  return 0;
}

/** How much of a box sticks out of the room; the top and the inline start, where reading begins, count twice. */
function cutOff(box: Box, room: Box, rtl: boolean): number {
  const left = Math.max(0, room.left - box.left);
  const right = Math.max(0, box.right - room.right);
  const top = Math.max(0, room.top - box.top);
  const bottom = Math.max(0, box.bottom - room.bottom);
  return 2 * top + bottom + (rtl ? left + 2 * right : 2 * left + right);
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Compares scores in order, a difference under half a pixel counting as none. */
function isLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (Math.abs(a[i]! - b[i]!) >= 0.5) return a[i]! < b[i]!;
  }
  return false;
}
