import { mentionCountOf } from '../../../geo/split-dataset';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { latLng } from 'leaflet';
import { useMap } from 'react-leaflet';
import { useDalil } from '../hooks/use-dalil';
import { LabelsLayer, type LabelObstacle, type PlaceName } from './labels-layer';
import { latLngOf } from '../common/lat-lng';
import { markerStyle } from '../../model/marker-style';
import { townLabels } from '../../model/basemap-tiles';
import { targetSide } from './place-icon';
import { CLUSTER_TARGET_PX } from './targets';
import { useMapItems } from './use-map-items';

/**
 * The names of the places drawn on their own, beside their markers, and the base map's country and sea
 * names and the towns of its tiles that have arrived, in the interface language, kept clear of each other
 * and of every marker. The names follow the markers by a frame (a render of their own), so the markers come
 * first.
 */
export function MapLabels() {
  const map = useMap();
  const labels = useDalil((state) => state.labels);
  const tiles = useDalil((state) => state.basemapTiles);
  const towns = useMemo(() => townLabels(Object.values(tiles)), [tiles]);
  const language = useDalil((state) => state.language);
  const current = useMapItems();
  const items = useDeferredValue(current.items);
  const places = useDeferredValue(current.places);
  const layer = useMemo(() => new LabelsLayer(), []);

  useEffect(
    function addLabels() {
      layer.addTo(map);
      return function removeLabels() {
        layer.remove();
      };
    },
    [map, layer],
  );

  useEffect(
    function showLabels() {
      layer.setLabels([...(labels ?? []), ...towns], language);
    },
    [layer, labels, towns, language],
  );

  useEffect(
    function nameMarkers() {
      const obstacles: LabelObstacle[] = [];
      const names: PlaceName[] = [];
      for (const item of items) {
        if (item.type === 'cluster') {
          obstacles.push({ latLng: latLng(latLngOf(item.lngLat)), size: CLUSTER_TARGET_PX });
          continue;
        }
        const place = places.get(item.id);
        if (!place) continue;
        const { id, kind, name } = place.properties;
        const at = latLng(latLngOf(place.geometry.coordinates));
        const side = targetSide(markerStyle(kind, mentionCountOf(place)).size);
        obstacles.push({ latLng: at, size: side });
        names.push({ id, name: name[language], latLng: at, side });
      }
      layer.setMarkers(obstacles, names);
    },
    [layer, items, places, language],
  );
  return null;
}
