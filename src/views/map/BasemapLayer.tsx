import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Basemap } from '../../model/basemap-from-topology';
import { useDalil } from '../hooks/use-dalil';
import { BasemapCanvas, basemapPaths } from './basemap-canvas';

/** A pane of its own under Leaflet's tile pane (200), so online tiles, when configured, cover it. */
const BASEMAP_PANE = 'basemap';
const BASEMAP_PANE_Z_INDEX = '150';

/** Land and country borders from the bundled base map, on one canvas (basemap-canvas.ts). */
export function BasemapLayer() {
  const basemap = useDalil((state) => state.basemap);
  const markBasemapDrawn = useDalil((state) => state.markBasemapDrawn);
  return basemap ? <BasemapShapes basemap={basemap} onDrawn={markBasemapDrawn} /> : null;
}

/**
 * The base map's shapes on the map around them: the app's, and the desk's. Not interactive, so clicks
 * fall through to the map. `onDrawn` is called once they are on the map.
 */
export function BasemapShapes({ basemap, onDrawn }: { basemap: Basemap; onDrawn?: () => void }) {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
    pane.style.zIndex = BASEMAP_PANE_Z_INDEX;
    let layer: BasemapCanvas | undefined;
    let live = true;
    void basemapPaths(basemap).then((paths) => {
      if (!live) return;
      const options = { pane: BASEMAP_PANE, padding: 0.5, attribution: 'Natural Earth' };
      layer = new BasemapCanvas(paths, options).addTo(map);
      onDrawn?.();
    });
    return () => {
      live = false;
      layer?.remove();
    };
  }, [map, basemap, onDrawn]);
  return null;
}
