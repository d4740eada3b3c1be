/** Great-circle distance, for scoring where the geoparser put a place against where the gold has it. */
import type { LngLat } from '../contract';

/** The mean radius of the Earth, in km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Kilometres between two `[lng, lat]` points in degrees, on a sphere (haversine). */
export function distanceKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Acc@161: a place put within 161 km (100 miles) of the gold's point counts as put right. */
export const ACC_KM = 161;
