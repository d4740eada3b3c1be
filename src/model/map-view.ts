/**
 * Where the map looks: its centre in degrees and its zoom level, as the store keeps it, the address
 * writes it and the map is moved to it.
 */

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

/** The zoom levels the map offers; a view outside them is not one the map can show. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;

/** Decimals kept for latitude and longitude: 1e-4 degrees is about 11 m, finer than the map's top zoom. */
const COORDINATE_DECIMALS = 4;

/**
 * A view rounded to what the app keeps (4 decimals of a degree, a tenth of a zoom level), so a view read
 * back from a link equals the one written, and a map that did not move is not taken for one that did.
 */
export function roundView({ lat, lng, zoom }: MapView): MapView {
  const factor = 10 ** COORDINATE_DECIMALS;
  // `+ 0` turns -0 into 0, so the same view always writes the same text.
  return {
    lat: Math.round(lat * factor) / factor + 0,
    lng: Math.round(lng * factor) / factor + 0,
    zoom: Math.round(zoom * 10) / 10,
  };
}

/** True when two views (or two absences of one) are the same. */
export function sameView(a: MapView | null, b: MapView | null): boolean {
  return a === b || (a !== null && b !== null && a.lat === b.lat && a.lng === b.lng && a.zoom === b.zoom);
}
