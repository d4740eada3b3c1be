import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { Basemap } from '../../model/basemap-from-topology';
import { tilesInView, type WorldBox } from '../../model/basemap-tiles';
import { WORLD_SIZE } from '../../model/web-mercator';
import { useDalil } from '../hooks/use-dalil';
import { BasemapCanvas, basemapPaths } from './basemap-canvas';

/** The map's credit for its land and borders (Natural Earth) and its towns (GeoNames, CC BY 4.0). */
const CREDIT = 'Natural Earth, GeoNames';

/** A pane of its own under Leaflet's tile pane (200), so online tiles, when configured, cover it. */
const BASEMAP_PANE = 'basemap';
const BASEMAP_PANE_Z_INDEX = '150';

/**
 * Land and country borders from the bundled base map, on one canvas (basemap-canvas.ts): the world level,
 * and the finer tiles the view asks for as the reader moves and zooms.
 */
export function BasemapLayer() {
  const basemap = useDalil((state) => state.basemap);
  const markBasemapDrawn = useDalil((state) => state.markBasemapDrawn);
  const [layer, setLayer] = useState<BasemapCanvas | null>(null);
  return basemap ? (
    <>
      <BasemapShapes basemap={basemap} credit={CREDIT} onDrawn={markBasemapDrawn} onLayer={setLayer} />
      {layer && <BasemapTiles layer={layer} />}
    </>
  ) : null;
}

/** The view's bounds in world units (web-mercator.ts). */
function viewOf(map: LeafletMap): WorldBox {
  const bounds = map.getPixelBounds();
  const scale = WORLD_SIZE / (256 * 2 ** map.getZoom());
  return [bounds.min!.x * scale, bounds.min!.y * scale, bounds.max!.x * scale, bounds.max!.y * scale];
}

/** Asks for the tiles the view overlaps at its zoom after each move, and hands those that arrive to the canvas. */
function BasemapTiles({ layer }: { layer: BasemapCanvas }) {
  const map = useMap();
  const index = useDalil((state) => state.basemapTileIndex);
  const tiles = useDalil((state) => state.basemapTiles);
  const loadBasemapTiles = useDalil((state) => state.loadBasemapTiles);
  useEffect(
    function drawTiles() {
      layer.setTiles(index, tiles);
    },
    [layer, index, tiles],
  );
  useEffect(
    function askForTiles() {
      const ask = () => void loadBasemapTiles(tilesInView(index, map.getZoom(), viewOf(map)));
      ask();
      map.on('moveend', ask);
      return function stopAsking() {
        map.off('moveend', ask);
      };
    },
    [map, index, loadBasemapTiles],
  );
  return null;
}

/**
 * The base map's shapes on the map around them: the app's, and the desk's. Not interactive, so clicks
 * fall through to the map. `onDrawn` is called once they are on the map, `onLayer` with the canvas;
 * `credit` is shown in the map's attribution.
 */
export function BasemapShapes({
  basemap,
  credit = 'Natural Earth',
  onDrawn,
  onLayer,
}: {
  basemap: Basemap;
  credit?: string;
  onDrawn?: () => void;
  onLayer?: (layer: BasemapCanvas | null) => void;
}) {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
    pane.style.zIndex = BASEMAP_PANE_Z_INDEX;
    let layer: BasemapCanvas | undefined;
    let live = true;
    void basemapPaths(basemap).then((paths) => {
      if (!live) return;
      const options = { pane: BASEMAP_PANE, padding: 0.5, attribution: credit };
      layer = new BasemapCanvas(paths, options).addTo(map);
      onLayer?.(layer);
      onDrawn?.();
    });
    return () => {
      live = false;
      layer?.remove();
      onLayer?.(null);
    };
  }, [map, basemap, credit, onDrawn, onLayer]);
  return null;
}
