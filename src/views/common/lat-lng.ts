import type { LatLngBoundsExpression, LatLngTuple } from 'leaflet';
import type { LngLat } from '../../../geo/contract';

/** The one place GeoJSON `[lng, lat]` becomes Leaflet's `[lat, lng]`. */
export function latLngOf([lng, lat]: LngLat): LatLngTuple {
  return [lat, lng];
}

/** The bounds of a set of `[lng, lat]` points, as Leaflet `[[south, west], [north, east]]`; null when empty. */
export function boundsOf(points: readonly LngLat[]): LatLngBoundsExpression | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of points) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [south, west],
    [north, east],
  ];
}
