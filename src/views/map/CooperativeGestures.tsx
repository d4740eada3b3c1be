import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useEmbedStrings } from '../hooks/use-strings';
import { wasActivated } from '../../platform/activation';

/** How long a hint stays up after the gesture that called for it, in milliseconds. */
const HINT_MS = 1600;

type Hint = 'touch' | 'wheel' | null;

/**
 * Inside a story the map must not catch the page's scroll. Until the reader activates it (a tap, a click,
 * or keyboard focus), one finger and the mouse wheel scroll the page; two fingers pan and zoom the map.
 * After activation it behaves as a map, until it leaves the screen or the mouse leaves it.
 */
export function CooperativeGestures() {
  const map = useMap();
  const t = useEmbedStrings();
  const [hint, setHint] = useState<Hint>(null);

  useEffect(
    function cooperateWithThePage() {
      const container = map.getContainer();
      let hideHint: ReturnType<typeof setTimeout> | undefined;
      const show = (next: Hint) => {
        setHint(next);
        clearTimeout(hideHint);
        hideHint = setTimeout(() => setHint(null), HINT_MS);
      };
      const setActive = (active: boolean) => {
        container.classList.toggle('is-active', active);
        if (active) {
          map.dragging.enable();
          map.scrollWheelZoom.enable();
          setHint(null);
        } else {
          // Leaflet's CSS gives `touch-action: pan-x pan-y` once dragging is off: the page scrolls.
          map.dragging.disable();
          map.scrollWheelZoom.disable();
        }
      };
      const activate = () => setActive(true);
      const onTouchMove = (event: TouchEvent) => {
        if (event.touches.length === 1 && !map.dragging.enabled()) show('touch');
      };
      const onWheel = (event: WheelEvent) => {
        if (!map.scrollWheelZoom.enabled() && !event.ctrlKey) show('wheel');
      };
      const onMouseLeave = () => map.scrollWheelZoom.disable();
      const visibility = new IntersectionObserver(([entry]) => {
        if (entry && !entry.isIntersecting) setActive(false);
      });

      setActive(wasActivated());
      map.on('click', activate);
      container.addEventListener('focus', activate);
      container.addEventListener('touchmove', onTouchMove, { passive: true });
      container.addEventListener('wheel', onWheel, { passive: true });
      container.addEventListener('mouseleave', onMouseLeave);
      visibility.observe(container);
      return function stopCooperating() {
        clearTimeout(hideHint);
        map.off('click', activate);
        container.removeEventListener('focus', activate);
        container.removeEventListener('touchmove', onTouchMove);
        container.removeEventListener('wheel', onWheel);
        container.removeEventListener('mouseleave', onMouseLeave);
        visibility.disconnect();
      };
    },
    [map],
  );

  if (!hint) return null;
  return (
    <p className="gesture-hint" role="status">
      {hint === 'touch' ? t.twoFingerHint : t.clickToZoomHint}
    </p>
  );
}
