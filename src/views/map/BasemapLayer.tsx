import { canvas } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { Basemap } from '../../model/basemap-from-topology';
import { useDalil } from '../hooks/use-dalil';

const LAND_STYLE = { stroke: true, color: '#b8c4c9', weight: 0.6, fillColor: '#f3f0e8', fillOpacity: 1 };
const BORDER_STYLE = { color: '#a79f94', weight: 0.7, opacity: 0.9, fill: false };

/** A pane of its own under Leaflet's tile pane (200), so online tiles, when configured, cover it. */
const BASEMAP_PANE = 'basemap';
const BASEMAP_PANE_Z_INDEX = '150';

/**
 * Land and country borders from the bundled base map, drawn on one canvas: thousands of coastline
 * vertices are cheaper as pixels than as SVG nodes. Not interactive, so clicks fall through to the map.
 */
export function BasemapLayer() {
  const basemap = useDalil((state) => state.basemap);
  return basemap ? <BasemapShapes basemap={basemap} /> : null;
}

/** The base map's shapes on the map around them: the app's, and the desk's. */
export function BasemapShapes({ basemap }: { basemap: Basemap }) {
  const map = useMap();
  // Leaflet hands GeoJSON options on to each path, `renderer` included, though its types omit it. The
  // pane is made here, once per map, because the renderer must name it when it is created.
  const pathOptions = useMemo(() => {
    const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
    pane.style.zIndex = BASEMAP_PANE_Z_INDEX;
    return { renderer: canvas({ padding: 0.5, pane: BASEMAP_PANE }), interactive: false, pane: BASEMAP_PANE };
  }, [map]);
  return (
    <>
      <GeoJSON data={basemap.land} style={LAND_STYLE} attribution="Natural Earth" {...pathOptions} />
      <GeoJSON data={basemap.borders} style={BORDER_STYLE} {...pathOptions} />
    </>
  );
}
