import { divIcon, type DivIcon } from 'leaflet';
import type { MarkerStyle } from './marker-style';

const icons = new Map<string, DivIcon>();

/**
 * The marker icon for a style, shared by every marker that looks the same. Its HTML is this fixed string
 * only: names and ids from the data are set on the element as attributes, never as markup.
 */
export function placeIcon({ className, size }: MarkerStyle): DivIcon {
  const key = `${className}/${size}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = divIcon({
      className,
      html: '<span class="place-marker__shape"></span>',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -size / 2],
    });
    icons.set(key, icon);
  }
  return icon;
}
