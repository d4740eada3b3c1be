import { CRS, latLng, point, type LatLngTuple } from 'leaflet';
import { arcPath, bendOf } from '../../model/arc-path';
import { memoize } from '../../model/memo';
import type { Movement } from '../../model/movements';
import { latLngOf } from '../common/lat-lng';

/** Web Mercator, the map's projection: the curve is drawn in its plane. */
const PLANE = CRS.EPSG3857;

export interface ArcGeometry {
  positions: LatLngTuple[];
  /** Where the arrowhead sits, and the direction of travel there in degrees clockwise from east. */
  middle: LatLngTuple;
  angle: number;
}

/** A movement's curve from its origin to its destination, in the map's coordinates, once per movement. */
export const arcGeometry = memoize((movement: Movement): ArcGeometry => {
  const { origin, to, lane } = movement;
  const project = (place: typeof to) => PLANE.project(latLng(latLngOf(place.geometry.coordinates)));
  const path = arcPath(project(origin), project(to), bendOf(lane));
  const toLatLng = ({ x, y }: { x: number; y: number }): LatLngTuple => {
    const { lat, lng } = PLANE.unproject(point(x, y));
    return [lat, lng];
  };
  return { positions: path.points.map(toLatLng), middle: toLatLng(path.middle), angle: path.angle };
});
