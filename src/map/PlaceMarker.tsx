import type { Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker, Popup } from 'react-leaflet';
import type { PlaceFeature } from '../../geo/contract';
import { PlacePopup } from '../evidence/PlacePopup';
import { useDalil } from '../store/use-dalil';
import { latLngOf } from './lat-lng';
import { markerStyle } from './marker-style';
import { placeIcon } from './place-icon';
import { popupAutoPanPadding, popupMaxWidth } from './popup-size';

/** One place: a keyboard-focusable marker named in the interface language, opening its evidence. */
export function PlaceMarker({ place }: { place: PlaceFeature }) {
  const { id, kind, name, mentions } = place.properties;
  const label = useDalil((state) => name[state.language]);
  const selected = useDalil((state) => state.selectedPlaceId === id);
  const selectPlace = useDalil((state) => state.selectPlace);
  const deselectPlace = useDalil((state) => state.deselectPlace);
  const markerRef = useRef<LeafletMarker>(null);

  const style = markerStyle(kind, mentions.length);
  const icon = placeIcon(style);
  const position = useMemo(() => latLngOf(place.geometry.coordinates), [place]);
  const eventHandlers = useMemo(
    () => ({ popupopen: () => selectPlace(id), popupclose: () => deselectPlace() }),
    [id, selectPlace, deselectPlace],
  );

  useEffect(
    // The icon element is Leaflet's; names from the data reach it as attributes, never as HTML.
    function labelIcon() {
      const element = markerRef.current?.getElement();
      if (!element) return;
      element.title = label;
      element.setAttribute('aria-label', label);
      element.dataset.placeId = id;
      element.dataset.kind = kind;
    },
    [label, id, kind, icon],
  );

  useEffect(
    function showSelection() {
      markerRef.current?.getElement()?.classList.toggle('is-selected', selected);
    },
    [selected, icon],
  );

  useEffect(
    // A selection made elsewhere (a link, back and forward, the host page) opens or closes the popup.
    function followSelection() {
      const marker = markerRef.current;
      if (!marker) return;
      if (selected && !marker.isPopupOpen()) marker.openPopup();
      else if (!selected && marker.isPopupOpen()) marker.closePopup();
    },
    [selected],
  );

  return (
    <Marker
      ref={markerRef}
      position={position}
      icon={icon}
      keyboard
      title={label}
      zIndexOffset={style.zIndexOffset}
      eventHandlers={eventHandlers}
    >
      <Popup
        maxWidth={popupMaxWidth(window.innerWidth)}
        minWidth={200}
        autoPanPadding={popupAutoPanPadding(window.innerWidth)}
      >
        <PlacePopup placeId={id} />
      </Popup>
    </Marker>
  );
}
