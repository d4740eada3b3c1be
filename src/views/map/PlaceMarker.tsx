import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Marker, Popup } from 'react-leaflet';
import { mentionCountOf, type ListedPlaceFeature } from '../../../geo/split-dataset';
import { PlacePopup } from '../evidence/PlacePopup';
import { useDalil } from '../hooks/use-dalil';
import { latLngOf } from '../common/lat-lng';
import { markerStyle } from '../../model/marker-style';
import { placeIcon } from './place-icon';
import { nameMarker } from '../common/name-marker';
import { MARKER_ROLES, type MarkerRole } from '../../store/map-selectors';
import { popupMaxWidth } from '../../model/popup-size';

interface PlaceMarkerProps {
  place: ListedPlaceFeature;
  /** On narrow screens the evidence opens in a bottom sheet (src/sheet), not in a Leaflet popup. */
  sheetLayout: boolean;
  /** What the place is to the reports shown: a site, a venue, or (drawn quieter) only an actor. */
  role: MarkerRole;
}

/**
 * One place: a keyboard-focusable marker named in the interface language, opening its evidence. Drawn
 * again only when its own props change: a filter change re-renders the markers it leaves as they were.
 */
export const PlaceMarker = memo(function PlaceMarker({ place, sheetLayout, role }: PlaceMarkerProps) {
  const { id, kind, name } = place.properties;
  const label = useDalil((state) => name[state.language]);
  const selected = useDalil((state) => state.selectedPlaceId === id);
  const selectPlace = useDalil((state) => state.selectPlace);
  const closePlace = useDalil((state) => state.closePlace);
  const markerRef = useRef<LeafletMarker>(null);
  // Focus moves into the popup when the reader opened it on the map, not when the list view did.
  const [focusIntoPopup, setFocusIntoPopup] = useState(false);

  const style = markerStyle(kind, mentionCountOf(place));
  const icon = placeIcon(style);
  const position = useMemo(() => latLngOf(place.geometry.coordinates), [place]);
  const eventHandlers = useMemo(
    () =>
      sheetLayout
        ? {
            // Without a bound popup Leaflet opens nothing: a click, Enter or Space selects the place.
            click: () => selectPlace(id),
            keypress: (event: LeafletKeyboardEvent) => {
              if (event.originalEvent.key !== 'Enter' && event.originalEvent.key !== ' ') return;
              event.originalEvent.preventDefault();
              selectPlace(id);
            },
          }
        : {
            popupopen: () => {
              setFocusIntoPopup(isInMap(document.activeElement));
              selectPlace(id);
            },
            popupclose: () => {
              returnFocusToMarker(markerRef.current);
              closePlace(id);
            },
          },
    [id, sheetLayout, selectPlace, closePlace],
  );

  useEffect(
    // The icon element is Leaflet's; names from the data reach it as attributes, never as HTML.
    function labelIcon() {
      nameMarker(markerRef.current, label, { placeId: id, kind });
    },
    [label, id, kind, icon],
  );

  useEffect(
    function showSelection() {
      const element = markerRef.current?.getElement();
      element?.classList.toggle('is-selected', selected);
      element?.classList.toggle('is-quiet', role === 'actor');
      for (const each of MARKER_ROLES) element?.classList.toggle(`place-marker--${each}`, each === role);
      if (element) element.dataset.role = role;
    },
    [selected, role, icon],
  );

  useEffect(
    // A selection made elsewhere (a link, back and forward, the host page) opens or closes the popup.
    function followSelection() {
      const marker = markerRef.current;
      if (!marker || sheetLayout) return;
      if (selected && !marker.isPopupOpen()) marker.openPopup();
      else if (!selected && marker.isPopupOpen()) marker.closePopup();
    },
    [selected, sheetLayout],
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
      {!sheetLayout && (
        <Popup
          maxWidth={popupMaxWidth(window.innerWidth)}
          minWidth={200}
          // PopupsInView pans the map to it, clear of the legend and the controls too.
          autoPan={false}
          closeButton={false}
        >
          <PlacePopup
            placeId={id}
            autoFocus={focusIntoPopup}
            onClose={() => markerRef.current?.closePopup()}
          />
        </Popup>
      )}
    </Marker>
  );
});

function isInMap(element: Element | null): boolean {
  return element?.closest('.leaflet-container') != null;
}

/**
 * Gives focus back to the marker when its popup closes with focus inside it (or lost, as when the popup's
 * element is already gone), so a keyboard reader continues from where they opened the evidence.
 */
function returnFocusToMarker(marker: LeafletMarker | null) {
  const active = document.activeElement;
  const popup = marker?.getPopup()?.getElement();
  const lost = active === null || active === document.body;
  if (lost || popup?.contains(active)) marker?.getElement()?.focus({ preventScroll: true });
}
