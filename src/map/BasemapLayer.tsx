import { canvas } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { useDalil } from '../store/use-dalil';

const LAND_STYLE = { stroke: true, color: '#b8c4c9', weight: 0.6, fillColor: '#f3f0e8', fillOpacity: 1 };
const BORDER_STYLE = { color: '#a79f94', weight: 0.7, opacity: 0.9, fill: false };

/**
 * Land and country borders from the bundled base map, drawn on one canvas: thousands of coastline
 * vertices are cheaper as pixels than as SVG nodes. Not interactive, so clicks fall through to the map.
 */
export function BasemapLayer() {
  const basemap = useDalil((state) => state.basemap);
  // Leaflet hands GeoJSON options on to each path, `renderer` included, though its types omit it.
  const pathOptions = useMemo(() => ({ renderer: canvas({ padding: 0.5 }), interactive: false }), []);
  if (!basemap) return null;
  return (
    <>
      <GeoJSON data={basemap.land} style={LAND_STYLE} attribution="Natural Earth" {...pathOptions} />
      <GeoJSON data={basemap.borders} style={BORDER_STYLE} {...pathOptions} />
    </>
  );
}
