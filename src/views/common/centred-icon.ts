import type { DivIconOptions } from 'leaflet';

/**
 * The options of a square Leaflet `DivIcon` centred on its point: `side` CSS pixels wide and high, its
 * popup opening `popupRise` pixels above the point. Markers and arrowheads alike are targets of at least
 * the WCAG minimum size, whatever the size of what they draw.
 */
export function centredIcon(className: string, side: number, popupRise: number): DivIconOptions {
  return {
    className,
    // The content is a DOM node each icon sets as it is created: no markup reaches the page.
    html: false,
    iconSize: [side, side],
    iconAnchor: [side / 2, side / 2],
    popupAnchor: [0, -popupRise],
  };
}
