/** Widest a popup gets on a wide screen, in CSS pixels: about 60 Arabic characters a line. */
const POPUP_MAX_WIDTH = 380;
/** Room kept on both sides of a popup on a narrow screen, in CSS pixels, so it never touches the edge. */
const POPUP_SIDE_ROOM = 48;

/** Leaflet's `maxWidth` for a popup on a viewport `viewportWidth` CSS pixels wide. */
export function popupMaxWidth(viewportWidth: number): number {
  return Math.max(200, Math.min(POPUP_MAX_WIDTH, viewportWidth - POPUP_SIDE_ROOM));
}
