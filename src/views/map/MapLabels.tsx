import { useEffect, useMemo } from 'react';
import { latLng } from 'leaflet';
import { useMap } from 'react-leaflet';
import { selectPlaces } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { LabelsLayer } from './labels-layer';
import { latLngOf } from '../common/lat-lng';
import { markerStyle } from '../../model/marker-style';

/** Country and sea names in the interface language, kept clear of each other and of the markers. */
export function MapLabels() {
  const map = useMap();
  const labels = useDalil((state) => state.labels);
  const language = useDalil((state) => state.language);
  const places = useDalil(selectPlaces);
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
      layer.setLabels(labels ?? [], language);
    },
    [layer, labels, language],
  );

  useEffect(
    function keepClearOfMarkers() {
      layer.setObstacles(
        places.map((place) => ({
          latLng: latLng(latLngOf(place.geometry.coordinates)),
          size: markerStyle(place.properties.kind, place.properties.mentions.length).size,
        })),
      );
    },
    [layer, places],
  );
  return null;
}
