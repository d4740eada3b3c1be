/**
 * The sizes of what a reader clicks or taps on the map, in CSS pixels, and the distance at which markers
 * gather into a cluster so that no two targets cover each other (WCAG 2.2 target size, AA, without
 * exemption). The same media query as map.css, which gives a finger 44 px.
 */
export const TOUCH_QUERY = '(pointer: coarse), (max-width: 600px)';

/** Smallest side of a target with a mouse, and with a finger. */
export const MIN_TARGET_PX = 24;
export const TOUCH_TARGET_PX = 44;

/** Side of a cluster's target: its drawn disc and the count in it. */
export const CLUSTER_TARGET_PX = 28;

/**
 * Two square targets of side s centred d pixels apart can overlap only while d < s·√2 (side by side on the
 * diagonal); markers closer than this radius gather. Sized for the largest marker (28 px) with a mouse,
 * and for 44 px with a finger.
 */
export function clusterRadius(touch: boolean): number {
  return touch ? 64 : 40;
}
