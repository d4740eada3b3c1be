import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import type { ListedPlaceFeature } from '../../../geo/split-dataset';
import type { ClusterItem } from '../../model/place-clusters';
import { MAX_ZOOM } from '../../model/map-view';
import { useDalil } from '../hooks/use-dalil';
import { useReducedMotion } from '../hooks/use-reduced-motion';
import { useMapStrings } from '../hooks/use-strings';
import { latLngOf } from '../common/lat-lng';
import { clusterIcon } from './cluster-icon';
import { nameMarker } from '../common/name-marker';

interface ClusterMarkerProps {
  cluster: ClusterItem;
  places: ReadonlyMap<string, ListedPlaceFeature>;
  /** Called as the map zooms in to part the cluster, with its places, so focus can follow them. */
  onOpen: (placeIds: readonly string[]) => void;
}

/**
 * Places too close to part at this zoom, as one marker with their count and, for screen readers and on
 * hover, their names. A click, Enter or Space zooms to where they part; places that share one point (the
 * map cannot zoom them apart) open as a list to choose from. Drawn again only when the cluster or one of
 * its places changes: a filter change re-renders the clusters it leaves as they were.
 */
export const ClusterMarker = memo(function ClusterMarker({ cluster, places, onOpen }: ClusterMarkerProps) {
  const map = useMap();
  const t = useMapStrings();
  const language = useDalil((state) => state.language);
  const selectPlace = useDalil((state) => state.selectPlace);
  const reducedMotion = useReducedMotion();
  const markerRef = useRef<LeafletMarker>(null);
  const { placeIds, expansionZoom, lngLat } = cluster;
  const names = placeIds.map((id) => places.get(id)?.properties.name[language] ?? id);
  const label = t.cluster(placeIds.length, names);
  const parts = expansionZoom <= MAX_ZOOM;
  const icon = clusterIcon(placeIds.length, language);

  const eventHandlers = useMemo(() => {
    const open = () => {
      if (!parts) return;
      onOpen(placeIds);
      map.setView(latLngOf(lngLat), expansionZoom, { animate: !reducedMotion });
    };
    return {
      click: open,
      keypress: (event: LeafletKeyboardEvent) => {
        const { key } = event.originalEvent;
        if (key !== 'Enter' && key !== ' ') return;
        event.originalEvent.preventDefault();
        if (parts) open();
        else markerRef.current?.openPopup();
      },
    };
  }, [map, parts, placeIds, lngLat, expansionZoom, reducedMotion, onOpen]);

  useEffect(
    // The icon element is Leaflet's; names from the data reach it as attributes, never as HTML.
    function nameCluster() {
      nameMarker(markerRef.current, label, { placeIds: placeIds.join(' ') });
    },
    [label, placeIds, icon],
  );

  return (
    <Marker
      ref={markerRef}
      position={latLngOf(lngLat)}
      icon={icon}
      keyboard
      title={label}
      zIndexOffset={5000}
      eventHandlers={eventHandlers}
    >
      {!parts && (
        // PopupsInView pans the map to it, clear of the legend and the controls too.
        <Popup closeButton={false} minWidth={160} autoPan={false}>
          <p className="cluster-list__title">{t.clusterList(placeIds.length)}</p>
          <ul className="cluster-list">
            {placeIds.map((id, i) => (
              <li key={id}>
                <button type="button" className="cluster-list__place" onClick={() => selectPlace(id)}>
                  {names[i]}
                </button>
              </li>
            ))}
          </ul>
        </Popup>
      )}
    </Marker>
  );
}, sameCluster);

function sameCluster(before: ClusterMarkerProps, after: ClusterMarkerProps): boolean {
  return (
    before.cluster === after.cluster &&
    before.onOpen === after.onOpen &&
    (before.places === after.places ||
      before.cluster.placeIds.every((id) => before.places.get(id) === after.places.get(id)))
  );
}
