import { useMediaQuery } from './use-media-query';

/** The reader asked the system for less motion: no zoom, fade or pan animations, no smooth scrolling. */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

export function useReducedMotion(): boolean {
  return useMediaQuery(REDUCED_MOTION_QUERY);
}
