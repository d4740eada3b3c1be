/**
 * Moves focus to the marker that now shows a place: its own, or the cluster it is still part of. True
 * when there was one. Ids are matched by comparing attributes, never by building a selector from them.
 */
export function focusMarkerOf(container: HTMLElement, placeId: string): boolean {
  const markers = container.querySelectorAll<HTMLElement>(
    '.leaflet-marker-icon[data-place-id], .place-cluster',
  );
  const own = [...markers].find((el) => el.dataset.placeId === placeId);
  const cluster = [...markers].find((el) => el.dataset.placeIds?.split(' ').includes(placeId));
  const marker = own ?? cluster;
  marker?.focus({ preventScroll: true });
  return marker !== undefined;
}
