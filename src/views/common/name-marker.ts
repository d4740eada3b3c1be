import type { Marker } from 'leaflet';

/**
 * Names a marker's element, which Leaflet owns: its accessible name and tooltip, and data attributes.
 * Names and ids from the data reach it as attributes only, never as markup.
 */
export function nameMarker(marker: Marker | null, label: string, data: Record<string, string>): void {
  const element = marker?.getElement();
  if (!element) return;
  element.setAttribute('aria-label', label);
  element.title = label;
  Object.assign(element.dataset, data);
}
