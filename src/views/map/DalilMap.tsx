import 'leaflet/dist/leaflet.css';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { SelectionAnnouncer } from '../a11y/SelectionAnnouncer';
import { useReducedMotion } from '../hooks/use-reduced-motion';
import { useStrings } from '../hooks/use-strings';
import { PlaceSheet } from '../sheet/PlaceSheet';
import { useSheetLayout } from '../hooks/use-sheet-layout';
import { CooperativeGestures } from './CooperativeGestures';
import { MovementArcs } from '../movements/MovementArcs';
import { useDalil } from '../hooks/use-dalil';
import { BasemapLayer } from './BasemapLayer';
import { MapLabels } from './MapLabels';
import { EdgeTargets } from './EdgeTargets';
import { MapLegend } from './MapLegend';
import { MapResizeWatcher } from './MapResizeWatcher';
import { OnlineTiles } from './OnlineTiles';
import { MapViewSync } from './MapViewSync';
import { NothingMatches } from './NothingMatches';
import { PlaceMarkers } from './PlaceMarkers';
import { PopupsInView } from './PopupsInView';
import { RevealSelection } from './RevealSelection';
import { StillMap } from './StillMap';
import { TextAttribution } from './TextAttribution';
import './map.css';

/** Where the map looks before the places are known: the Levant, at a scale that shows its neighbours. */
const INITIAL_CENTER: [number, number] = [33, 36];
const INITIAL_ZOOM = 3;

/**
 * The map: base map, one marker per place, a legend. Online tiles only when configured (tile-config.ts);
 * otherwise nothing is fetched from elsewhere.
 */
export function DalilMap() {
  const t = useStrings();
  const rtl = useDalil((state) => state.language === 'ar');
  // Embedded, the legend sits below the map (see EmbedFooter) so a narrow map stays clear.
  const embedded = useDalil((state) => state.embedded);
  const sheetLayout = useSheetLayout();
  // Read once, as Leaflet reads its options only when the map is made.
  const reducedMotion = useReducedMotion();
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
        zoomAnimation={!reducedMotion}
        fadeAnimation={!reducedMotion}
        markerZoomAnimation={!reducedMotion}
        inertia={!reducedMotion}
      >
        <ZoomControl position={`top${start}`} />
        <TextAttribution position={`bottom${end}`} />
        <BasemapLayer />
        <OnlineTiles />
        <MapLabels />
        <PlaceMarkers />
        {/* After the places: Tab reaches the places first, then the movements' arrowheads. */}
        <MovementArcs />
        <MapViewSync />
        {embedded && <CooperativeGestures />}
        <MapResizeWatcher />
        <PopupsInView />
        <EdgeTargets />
        {reducedMotion && <StillMap />}
        {sheetLayout && <RevealSelection />}
      </MapContainer>
      {!embedded && <MapLegend />}
      <NothingMatches />
      <PlaceSheet />
      <SelectionAnnouncer />
    </div>
  );
}
