import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { ListedPlaceFeature } from '../../../geo/split-dataset';
import type { Frame } from '../../model/frame';
import {
  placeClusters,
  WORLD_BBOX,
  type Bbox,
  type MapItem,
  type PlaceClusters,
} from '../../model/place-clusters';
import { selectVisiblePlaces } from '../../store/claim-selectors';
import { selectActivityFrame, selectClusterInputs } from '../../store/map-selectors';
import type { DalilStore } from '../../store/store';
import { useDalil, useDalilStore } from '../hooks/use-dalil';
import { useMediaQuery } from '../hooks/use-media-query';
import { TOUCH_QUERY, clusterRadius } from './targets';

/** What the map draws at its current zoom and around its current view. */
export interface MapItems {
  zoom: number;
  /** Places drawn on their own and clusters, the selected place always on its own. */
  items: readonly MapItem[];
  /** Every place the map draws, by id. */
  places: ReadonlyMap<string, ListedPlaceFeature>;
  /** The clusters of every place drawn, the selected one included: from which zoom each stands apart. */
  clusters: PlaceClusters;
}

/** Share of the view's size added on each side, so markers just off screen are there when panned to. */
const VIEW_MARGIN = 0.5;

interface MapBox {
  zoom: number;
  bbox: Bbox;
  /** The theatre the filters framed when the map came to rest there. */
  frame: Frame | null;
}

function boxOf(map: LeafletMap, store: DalilStore): MapBox {
  const zoom = Math.round(map.getZoom());
  const frame = selectActivityFrame(store.getState());
  const bounds = map.getBounds().pad(VIEW_MARGIN);
  const west = bounds.getWest();
  const east = bounds.getEast();
  if (east - west >= 360) return { zoom, bbox: WORLD_BBOX, frame };
  const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
  return {
    zoom,
    bbox: [wrap(west), Math.max(-85, bounds.getSouth()), wrap(east), Math.min(85, bounds.getNorth())],
    frame,
  };
}

/** The map's zoom and view, read again when a move ends. */
function useMapBox(map: LeafletMap): MapBox {
  const store = useDalilStore();
  const [box, setBox] = useState(() => boxOf(map, store));
  useEffect(
    function followMoves() {
      const update = () => setBox(boxOf(map, store));
      map.on('moveend zoomend resize', update);
      return function stopFollowing() {
        map.off('moveend zoomend resize', update);
      };
    },
    [map, store],
  );
  return box;
}

/**
 * True while the map is about to frame a new theatre (MapViewSync fits it when no view is asked for):
 * the markers of the view it leaves would be drawn only to be drawn again a moment later.
 */
function useAboutToFrame(box: MapBox): boolean {
  const frame = useDalil(selectActivityFrame);
  const asked = useDalil((state) => state.mapView !== null);
  return !asked && frame !== null && frame !== box.frame;
}

/**
 * The markers the map shows now: places apart from their neighbours, and clusters of those too close to
 * part at this zoom. The selected place is kept out of the clusters, so its evidence stays anchored.
 */
export function useMapItems(): MapItems {
  const map = useMap();
  const inputs = useDalil(selectClusterInputs);
  const visible = useDalil(selectVisiblePlaces);
  const selectedId = useDalil((state) => state.selectedPlaceId);
  const radius = clusterRadius(useMediaQuery(TOUCH_QUERY));
  const box = useMapBox(map);
  const { zoom, bbox } = box;
  const framing = useAboutToFrame(box);
  // The markers last drawn, kept while the map frames a new theatre.
  const [drawn, setDrawn] = useState<readonly MapItem[]>([]);
  const clusters = placeClusters(inputs, radius);
  const shown = useMemo(
    () =>
      selectedId && inputs.some((p) => p.id === selectedId)
        ? inputs.filter((p) => p.id !== selectedId)
        : inputs,
    [inputs, selectedId],
  );
  const places = useMemo(() => new Map(visible.map((p) => [p.properties.id, p])), [visible]);
  const fresh = useMemo(() => {
    if (framing) return null;
    const apart = placeClusters(shown, radius).itemsAt(zoom, bbox);
    return shown !== inputs && selectedId ? [...apart, { type: 'place' as const, id: selectedId }] : apart;
  }, [framing, shown, inputs, selectedId, radius, zoom, bbox]);
  if (fresh && fresh !== drawn) setDrawn(fresh);
  const items = fresh ?? drawn;
  return { zoom, items, places, clusters };
}
