import type { Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { CircleMarker, Marker, Polyline, Popup } from 'react-leaflet';
import type { Language } from '../../../geo/contract';
import type { ClaimStrings } from '../../i18n/claim-strings';
import { popupMaxWidth } from '../../model/popup-size';
import { arcGeometry } from './arc-geometry';
import { nameMarker } from '../common/name-marker';
import { MovementHeadIcon } from './movement-head-icon';
import { movementLabel } from './movement-label';
import type { Movement } from '../../model/movements';
import { MovementPopup } from './MovementPopup';

interface MovementArcProps {
  movement: Movement;
  /** Its arrowhead would crowd a marker or another arrowhead at this zoom: drawn without it. */
  crowded: boolean;
  t: ClaimStrings;
  language: Language;
}

/**
 * One movement: a curved line from origin to destination, coloured by its main activity and drawn by
 * stance (solid, dashed when planned, dotted when a guess, faded grey and labelled when denied); its
 * arrowhead is a keyboard-focusable marker named in words, and the line and the arrow open its claim.
 */
export function MovementArc({ movement, crowded, t, language }: MovementArcProps) {
  const { claim } = movement;
  const headRef = useRef<LeafletMarker>(null);
  const label = movementLabel(movement, t, language);
  const kind = claim.activities[0] ?? 'presence';
  const className = `movement-arc movement-arc--${claim.stance} activity--${kind}`;

  const { positions, middle, angle } = arcGeometry(movement);

  const denied = claim.stance === 'denied';
  const icon = useMemo(
    () =>
      new MovementHeadIcon(
        `movement-head movement-head--${claim.stance} activity--${kind}`,
        angle,
        denied ? t.stances.denied : null,
      ),
    [claim.stance, kind, angle, denied, t],
  );
  const lineHandlers = useMemo(() => ({ click: () => headRef.current?.openPopup() }), []);

  useEffect(
    // The arrowhead is Leaflet's element; its name from the data reaches it as attributes only.
    function nameHead() {
      nameMarker(headRef.current, label, { claimId: claim.id });
    },
    [label, claim.id, icon],
  );

  useEffect(
    // Hidden, it is no target: the line still opens the claim, and the filters' list names it.
    function hideWhenCrowded() {
      headRef.current?.getElement()?.classList.toggle('is-crowded', crowded);
    },
    [crowded, icon],
  );

  return (
    <>
      <Polyline
        positions={positions}
        // Options, not pathOptions: Leaflet reads a path's class only when it makes the path.
        className={className}
        weight={2.5}
        bubblingMouseEvents={false}
        eventHandlers={lineHandlers}
      />
      {/* Where it sets out: the origin is often an actor ("Moscow sent…"), which has no marker by default. */}
      <CircleMarker
        center={positions[0]!}
        radius={3.5}
        className={`movement-origin activity--${kind}`}
        interactive={false}
      />
      <Marker ref={headRef} position={middle} icon={icon} keyboard title={label} zIndexOffset={-1000}>
        <Popup
          minWidth={200}
          maxWidth={popupMaxWidth(window.innerWidth)}
          // PopupsInView pans the map to it, clear of the legend and the controls too.
          autoPan={false}
          closeButton={false}
        >
          <MovementPopup movement={movement} onClose={() => headRef.current?.closePopup()} />
        </Popup>
      </Marker>
    </>
  );
}
