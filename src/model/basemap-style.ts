/**
 * How the land and borders look, on the interactive map's canvas (views/map/basemap-canvas.ts) and in the first
 * view's picture of it (first-view/first-view-html.ts) alike, so the one gives way to the other unseen.
 * Widths are in CSS pixels at any zoom.
 */
export const BASEMAP_STYLE = {
  landFill: '#f3f0e8',
  landStroke: '#b8c4c9',
  landWidth: 0.6,
  border: 'rgba(167,159,148,0.9)',
  borderWidth: 0.7,
};
