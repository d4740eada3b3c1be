import 'leaflet/dist/leaflet.css';
import { AttributionControl, MapContainer, ZoomControl } from 'react-leaflet';
import { useStrings } from '../i18n/use-strings';
import { CooperativeGestures } from '../embed/CooperativeGestures';
import { useDalil } from '../store/use-dalil';
import { BasemapLayer } from './BasemapLayer';
import { MapLegend } from './MapLegend';
import { MapResizeWatcher } from './MapResizeWatcher';
import { MapViewSync } from './MapViewSync';
import { PlaceMarkers } from './PlaceMarkers';
import './map.css';

/** Where the map looks before the places are known: the Levant, at a scale that shows its neighbours. */
const INITIAL_CENTER: [number, number] = [33, 36];
const INITIAL_ZOOM = 3;

/** The map: base map, one marker per place, a legend. No tile layer: nothing is fetched from elsewhere. */
export function DalilMap() {
  const t = useStrings();
  const rtl = useDalil((state) => state.language === 'ar');
  // Embedded, the legend sits below the map (see EmbedFooter) so a narrow map stays clear.
  const embedded = useDalil((state) => state.embedded);
  // Controls sit at the inline start, the legend at the bottom inline start, attribution at the other end.
  const start = rtl ? 'right' : 'left';
  const end = rtl ? 'left' : 'right';
  return (
    <div className="map-area" role="region" aria-label={t.mapLabel}>
      <MapContainer
        className="dalil-map"
        center={INITIAL_CENTER}
        zoom={INITIAL_ZOOM}
        minZoom={1}
        maxZoom={12}
        zoomControl={false}
        attributionControl={false}
        keyboard
      >
        <ZoomControl position={`top${start}`} />
        <AttributionControl position={`bottom${end}`} />
        <BasemapLayer />
        <PlaceMarkers />
        <MapViewSync />
        {embedded && <CooperativeGestures />}
        <MapResizeWatcher />
      </MapContainer>
      {!embedded && <MapLegend />}
    </div>
  );
}
