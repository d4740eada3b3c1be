/**
 * Chooses which base map labels to show at one zoom, and where: in rank order, each label takes the
 * first of a few spots around its point that overlaps neither a label placed before it nor a marker,
 * or is left out. Pure arithmetic on pixel boxes, so it runs once per zoom and is tested without a map.
 */

/** A box in world pixels at the zoom being laid out, by its centre. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A label to place: its point and measured size, in world pixels. Candidates come in rank order. A label
 * with `spots` (a place's name beside its marker) takes the first of them that is free, or is left out.
 */
export interface Candidate extends Box {
  id: string;
  spots?: readonly Placement[];
}

/** Where a placed label's centre goes, relative to its point, in pixels. */
export interface Placement {
  dx: number;
  dy: number;
}

/** Clear space kept around every label, in pixels, so neighbours do not touch. */
const LABEL_GAP_PX = 4;

/** Space between a marker and a label moved clear of it, in pixels. */
const MARKER_GAP_PX = 2;

/** Clear space every label keeps from every marker, in pixels: labels are measured in whole pixels. */
const MARKER_CLEARANCE_PX = 1;

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap &&
    Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * gap
  );
}

/** The labels that fit, each with its spot; `obstacles` (markers) are never covered. */
export function declutter(
  candidates: readonly Candidate[],
  obstacles: readonly Box[],
): Map<string, Placement> {
  const placed: Box[] = [];
  const placements = new Map<string, Placement>();
  for (const candidate of candidates) {
    const free = (box: Box) => !placed.some((other) => overlaps(box, other, LABEL_GAP_PX));
    const box = candidate.spots
      ? freeSpot(candidate, candidate.spots, obstacles, free)
      : spotFor(candidate, obstacles);
    if (!box || !free(box)) continue;
    placed.push(box);
    placements.set(candidate.id, { dx: box.x - candidate.x, dy: box.y - candidate.y });
  }
  return placements;
}

/**
 * Where a label can go without covering a marker: on its point; else, when markers sit there (a country
 * that is also a place has its marker on the point), just below them, then just above; else nowhere.
 * Crowded only by a larger neighbour's name, a label is left out rather than moved off its own land.
 */
function spotFor(candidate: Candidate, obstacles: readonly Box[]): Box | null {
  const hit = obstacles.filter((obstacle) => overlaps(candidate, obstacle, MARKER_CLEARANCE_PX));
  if (hit.length === 0) return candidate;
  const half = candidate.height / 2 + MARKER_GAP_PX;
  const below = { ...candidate, y: Math.max(...hit.map((o) => o.y + o.height / 2)) + half };
  const above = { ...candidate, y: Math.min(...hit.map((o) => o.y - o.height / 2)) - half };
  return (
    [below, above].find(
      (spot) => !obstacles.some((obstacle) => overlaps(spot, obstacle, MARKER_CLEARANCE_PX)),
    ) ?? null
  );
}

/** The first of `spots` around a candidate that covers no marker and no label placed before it. */
function freeSpot(
  candidate: Candidate,
  spots: readonly Placement[],
  obstacles: readonly Box[],
  free: (box: Box) => boolean,
): Box | null {
  for (const { dx, dy } of spots) {
    const box = { ...candidate, x: candidate.x + dx, y: candidate.y + dy };
    if (free(box) && !obstacles.some((obstacle) => overlaps(box, obstacle, MARKER_CLEARANCE_PX))) return box;
  }
  return null;
}

/** Space between a marker's target and its name, in pixels. */
const NAME_GAP_PX = 3;

/**
 * Where a place's name may go, in order: beside its marker at the inline end (left in Arabic, right in
 * English), then at the inline start, then below, then above. `side` is the marker's target side.
 */
export function spotsBeside(side: number, width: number, height: number, rtl: boolean): Placement[] {
  const across = side / 2 + NAME_GAP_PX + width / 2;
  const along = side / 2 + NAME_GAP_PX + height / 2;
  const end = rtl ? -across : across;
  return [
    { dx: end, dy: 0 },
    { dx: -end, dy: 0 },
    { dx: 0, dy: along },
    { dx: 0, dy: -along },
  ];
}
