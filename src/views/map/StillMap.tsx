import type { Map as LeafletMap, PanOptions, PointExpression } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * For readers who asked for reduced motion: every pan of this map jumps instead of gliding. The map's
 * options already turn off zoom, fade and marker animations (DalilMap), but Leaflet animates pans
 * (popups panning into view, arrow keys, `panTo`) unless each call says otherwise, so `panBy`, which they
 * all go through, is told so here, for this map only.
 */
export function StillMap() {
  const map = useMap();
  useEffect(
    function stopPanAnimations() {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its map as `this` below
      const animatedPanBy = map.panBy;
      const stillPanBy = function (this: LeafletMap, offset: PointExpression, options?: PanOptions) {
        return animatedPanBy.call(this, offset, { ...options, animate: false });
      };
      map.panBy = stillPanBy;
      map.options.inertia = false;
      return function restorePanAnimations() {
        map.panBy = animatedPanBy;
      };
    },
    [map],
  );
  return null;
}
