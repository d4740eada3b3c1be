/**
 * The curve of a movement's arc: a quadratic Bézier from origin to destination, bent to the left of the
 * direction of travel (so two movements between the same places in opposite directions part ways),
 * computed in the map's projected plane so it looks the same at every zoom.
 */

/** A point of the projected plane (Web Mercator metres for Leaflet's default CRS), y pointing north. */
export interface PlanePoint {
  x: number;
  y: number;
}

export interface ArcPath {
  /** Points along the curve from origin to destination, in the plane. */
  points: PlanePoint[];
  /** The curve's middle point, where the arrowhead sits. */
  middle: PlanePoint;
  /** The direction of travel at the middle, in degrees clockwise from east as seen on screen. */
  angle: number;
}

/** How far the curve bends, as a share of the distance: the first lane, and each lane after it. */
export const BEND = 0.18;
export const BEND_PER_LANE = 0.12;
/** Points along each curve: smooth at any zoom the map offers, cheap for a few dozen arcs. */
export const ARC_STEPS = 32;

export function bendOf(lane: number): number {
  return BEND + lane * BEND_PER_LANE;
}

export function arcPath(from: PlanePoint, to: PlanePoint, bend: number, steps = ARC_STEPS): ArcPath {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  // The left normal of the chord, scaled to its length: (-dy, dx).
  const control = { x: (from.x + to.x) / 2 - dy * bend, y: (from.y + to.y) / 2 + dx * bend };
  const at = (t: number): PlanePoint => {
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    return { x: a * from.x + b * control.x + c * to.x, y: a * from.y + b * control.y + c * to.y };
  };
  const points: PlanePoint[] = [];
  for (let i = 0; i <= steps; i++) points.push(at(i / steps));
  // A quadratic Bézier's tangent at its middle is parallel to the chord; the screen's y points down.
  const angle = (Math.atan2(-dy, dx) * 180) / Math.PI;
  return { points, middle: at(0.5), angle };
}
