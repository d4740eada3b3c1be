import { Marker, Popup, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { clearingPan, type Box } from '../../model/popup-clearance';

/**
 * What is drawn over the map and must never hide a popup: Leaflet's controls (zoom buttons, attribution),
 * the legend, the filters panel. Whatever of these lies outside the map (the legend under it on a phone,
 * a closed panel) is left out by its box.
 */
const COVERS_MAP = '.leaflet-control, .map-legend, .filters-panel';
/** Room kept between a popup and the map's edges, as Leaflet's controls keep from them. */
const EDGE_ROOM = 10;
/** Room kept between a popup and what covers the map. */
const COVER_ROOM = 8;

/**
 * Keeps an open popup, and the marker it points at, whole and readable: inside the map and clear of the
 * legend and the controls over it, in either direction and at any width. The popups leave their panning
 * to this (`autoPan={false}`), which pans the map the shortest way that clears them (popup-clearance.ts)
 * when a popup has drawn what it holds, when that changes size (Leaflet pans as a popup opens, before
 * React has drawn its content, and a popup that opened empty near the edge would stay cut), when the map
 * changes size (the article panel opening beside it) and when something over the map does (the legend's
 * list of places outside the view growing as the view moves). While the map is moving, it waits until it
 * stops.
 */
export function PopupsInView() {
  const map = useMap();
  useEffect(
    function keepPopupsClear() {
      // A check asked for while the map moves is put off until it stops; a pan would fight a reader's drag.
      let putOff = false;
      let dragged = false;
      const check = () => {
        if (dragged || isAnimating(map)) {
          putOff = true;
          return;
        }
        putOff = false;
        for (const popup of openPopups(map)) {
          popup.update();
          panClear(map, popup);
        }
      };
      const onDragStart = () => {
        dragged = true;
      };
      const onDragEnd = () => {
        dragged = false;
      };
      const afterMove = () => {
        if (putOff) check();
      };
      const contents = new ResizeObserver(check);
      const covers = new ResizeObserver(check);
      const onOpen = ({ popup }: { popup: Popup }) => {
        const content = popup.getElement()?.querySelector('.leaflet-popup-content');
        if (content) contents.observe(content);
        for (const cover of document.querySelectorAll(COVERS_MAP)) covers.observe(cover);
      };
      const onClose = ({ popup }: { popup: Popup }) => {
        const content = popup.getElement()?.querySelector('.leaflet-popup-content');
        if (content) contents.unobserve(content);
        // Leaflet tells of a popup closing while it is still on the map.
        if (openPopups(map).every((open) => open === popup)) covers.disconnect();
      };
      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      map.on('resize', check);
      map.on('dragstart', onDragStart);
      map.on('dragend', onDragEnd);
      map.on('moveend', afterMove);
      return function stopKeeping() {
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
        map.off('resize', check);
        map.off('dragstart', onDragStart);
        map.off('dragend', onDragEnd);
        map.off('moveend', afterMove);
        contents.disconnect();
        covers.disconnect();
      };
    },
    [map],
  );
  return null;
}

/** A pan or zoom under way: boxes measured now would be gone when it ends. */
function isAnimating(map: LeafletMap): boolean {
  const pane = map.getPane('mapPane');
  return ['leaflet-pan-anim', 'leaflet-zoom-anim'].some((name) => pane?.classList.contains(name));
}

function openPopups(map: LeafletMap): Popup[] {
  const popups: Popup[] = [];
  map.eachLayer((layer) => {
    if (layer instanceof Popup && layer.isOpen()) popups.push(layer);
  });
  return popups;
}

/** Pans the map, if need be, so that the popup and its marker are in view and clear of what covers the map. */
function panClear(map: LeafletMap, popup: Popup): void {
  const element = popup.getElement();
  // Not yet drawn by React: its real size is still to come, and with it another check.
  if (!element?.querySelector('.leaflet-popup-content')?.firstElementChild) return;
  const container = map.getContainer();
  const frame = container.getBoundingClientRect();
  const boxOf = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return {
      left: r.left - frame.left,
      top: r.top - frame.top,
      right: r.right - frame.left,
      bottom: r.bottom - frame.top,
    };
  };
  let subject = boxOf(element);
  const marker = markerOf(map, popup)?.getElement();
  if (marker) subject = union(subject, boxOf(marker));
  const covers = [...document.querySelectorAll(COVERS_MAP)]
    .map(boxOf)
    .filter((box) => box.right > box.left && box.bottom > box.top);
  const { width, height } = frame;
  const rtl = getComputedStyle(container).direction === 'rtl';
  const pan = clearingPan(subject, width, height, covers, { edge: EDGE_ROOM, gap: COVER_ROOM, rtl });
  if (pan.x !== 0 || pan.y !== 0) map.panBy([pan.x, pan.y]);
}

/** The marker a popup is bound to, if any. */
function markerOf(map: LeafletMap, popup: Popup): Marker | undefined {
  let found: Marker | undefined;
  map.eachLayer((layer) => {
    if (layer instanceof Marker && layer.getPopup() === popup) found = layer;
  });
  return found;
}

function union(a: Box, b: Box): Box {
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}
