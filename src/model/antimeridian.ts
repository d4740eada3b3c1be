/**
 * Natural Earth draws a few shapes across the 180° meridian (Chukotka, Wrangel Island, Fiji) as rings
 * whose longitude jumps from +180 to -180. Leaflet has no idea of wrapping, so such a ring fills a band
 * across the whole map. Unwrapping the ring (continuing past 180° instead of jumping) draws it whole
 * just beyond the meridian, where it belongs.
 */
import type { Geometry, Position } from 'geojson';

/** A longitude step larger than this between two vertices is a jump across the meridian, not an edge. */
const JUMP_DEGREES = 180;

/**
 * Returns the ring with longitudes made continuous, or the ring unchanged when it circles a pole
 * (Antarctica: it crosses the meridian once and only closes by wrapping around the world).
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const unwrapped: Position[] = [];
  let shift = 0;
  let previous: number | undefined;
  for (const [lng = 0, lat = 0, ...rest] of ring) {
    if (previous !== undefined) {
      const step = lng - previous;
      if (step > JUMP_DEGREES) shift -= 360;
      else if (step < -JUMP_DEGREES) shift += 360;
    }
    previous = lng;
    unwrapped.push([lng + shift, lat, ...rest]);
  }
  if (shift !== 0) return [...ring];
  // A ring that starts past the meridian (Eurasia, from Chukotka) is unwrapped a world away: moved back.
  const lngs = unwrapped.map(([lng = 0]) => lng);
  const middle = (Math.min(...lngs) + Math.max(...lngs)) / 2;
  const back = middle < -JUMP_DEGREES ? 360 : middle > JUMP_DEGREES ? -360 : 0;
  return back === 0 ? unwrapped : unwrapped.map(([lng = 0, ...rest]) => [lng + back, ...rest]);
}

/** Unwraps the rings of polygons; other geometries come back as they are. */
export function unwrapPolygons(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(unwrapPolygons) };
    default:
      return geometry;
  }
}
