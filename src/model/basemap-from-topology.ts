/**
 * Turns the world-atlas TopoJSON into the two layers the base map draws: land as one filled shape, and
 * the borders between countries as lines (coastlines come from the land's own edge, so none is drawn twice).
 */
import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapPolygons } from './antimeridian';

export interface Basemap {
  land: FeatureCollection;
  borders: MultiLineString;
}

/** Returns the base map layers, or null when `input` is not a topology with `land` and `countries`. */
export function basemapFromTopology(input: unknown): Basemap | null {
  if (!isTopology(input)) return null;
  const { land, countries } = input.objects;
  if (land?.type !== 'GeometryCollection' || countries?.type !== 'GeometryCollection') return null;
  try {
    const landFeatures = feature(input, land as GeometryCollection);
    return {
      land: {
        ...landFeatures,
        features: landFeatures.features.map((f) => ({ ...f, geometry: unwrapPolygons(f.geometry) })),
      },
      borders: mesh(input, countries as GeometryCollection, (a, b) => a !== b),
    };
  } catch {
    return null;
  }
}

function isTopology(input: unknown): input is Topology {
  if (typeof input !== 'object' || input === null) return false;
  const candidate = input as Partial<Topology>;
  return (
    candidate.type === 'Topology' && Array.isArray(candidate.arcs) && typeof candidate.objects === 'object'
  );
}
