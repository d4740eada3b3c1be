/**
 * Web Mercator, as Leaflet draws it, in "world units": the whole world is `WORLD_SIZE` units wide at
 * longitude -180..180, y growing southwards. Inputs are `[lng, lat]` in degrees.
 */
export const WORLD_SIZE = 1024;
/** Leaflet's Mercator stops here; beyond, y runs off to infinity. */
const MAX_LATITUDE = 85.0511287798;

export type Point = [x: number, y: number];

export function project([lng, lat]: readonly number[]): Point {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat ?? 0));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = (((lng ?? 0) + 180) / 360) * WORLD_SIZE;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_SIZE;
  return [x, y];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box around projected points, grown to at least `minSize` units on each side so a single place (or
 * places close together) still shows its surroundings, as the map's fit does with its zoom limit.
 */
export function boxAround(points: readonly Point[], minSize: number): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  let [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const grow = (low: number, high: number): [number, number] => {
    const missing = Math.max(0, minSize - (high - low)) / 2;
    return [low - missing, high + missing];
  };
  [left, right] = grow(left, right);
  [top, bottom] = grow(top, bottom);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
