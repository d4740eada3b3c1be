/** Widest a popup gets on a wide screen, in CSS pixels: about 60 Arabic characters a line. */
const POPUP_MAX_WIDTH = 380;
/** Room kept on both sides of a popup on a narrow screen, in CSS pixels, so it never touches the edge. */
const POPUP_SIDE_ROOM = 48;

/** Leaflet's `maxWidth` for a popup on a viewport `viewportWidth` CSS pixels wide. */
export function popupMaxWidth(viewportWidth: number): number {
  return Math.max(200, Math.min(POPUP_MAX_WIDTH, viewportWidth - POPUP_SIDE_ROOM));
}

/** Below this width popups may come close to the screen's sides (see map.css for the zoom bar's size). */
const NARROW_SCREEN = 600;

/** Leaflet's room kept around a popup when the map pans to show it, as `[x, y]` CSS pixels per corner. */
export interface PopupPanPadding {
  autoPanPaddingTopLeft: [number, number];
  autoPanPaddingBottomRight: [number, number];
}

/**
 * Room around a popup that keeps it clear of the zoom buttons: beside them on a wide screen (they sit at
 * the inline start, so both sides), below them on a phone, where their 44 px bar leaves no room beside.
 */
export function popupPanPadding(viewportWidth: number): PopupPanPadding {
  return viewportWidth > NARROW_SCREEN
    ? { autoPanPaddingTopLeft: [56, 16], autoPanPaddingBottomRight: [56, 16] }
    : { autoPanPaddingTopLeft: [8, 108], autoPanPaddingBottomRight: [8, 12] };
}
