import { useEffect, useId, useRef } from 'react';
import { PlacePopup } from '../evidence/PlacePopup';
import { useDalil } from '../hooks/use-dalil';
import { useSheetLayout } from '../hooks/use-sheet-layout';
import './sheet.css';

/**
 * On narrow screens, the selected place's evidence in a bottom sheet over the lower part of the map: a
 * non-modal dialog (the map above stays usable, another marker can be tapped), focus moved to the place
 * name, closed by its button or Escape (handled in PlacePopup), no swipe needed.
 */
export function PlaceSheet() {
  const sheetLayout = useSheetLayout();
  const placeId = useDalil((state) => state.selectedPlaceId);
  if (!sheetLayout || placeId === null) return null;
  return <SheetDialog key={placeId} placeId={placeId} />;
}

function SheetDialog({ placeId }: { placeId: string }) {
  const closePlace = useDalil((state) => state.closePlace);
  const headingId = useId();
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(
    function rememberOpenerAndReturnFocus() {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return function returnFocus() {
        // Only when focus went down with the sheet: a reader who moved on elsewhere keeps their place.
        const active = document.activeElement;
        if (active !== null && active !== document.body) return;
        focusTarget(openerRef.current, placeId)?.focus({ preventScroll: true });
      };
    },
    [placeId],
  );

  return (
    <div className="place-sheet" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <PlacePopup placeId={placeId} headingId={headingId} autoFocus onClose={() => closePlace(placeId)} />
    </div>
  );
}

/**
 * Where focus goes when the sheet closes: back to what opened it when that is still on screen (a button
 * of the list view, say), else to the place's marker, where a keyboard reader can open it again.
 */
function focusTarget(opener: HTMLElement | null, placeId: string): HTMLElement | null {
  const openerShown = opener?.isConnected && opener.getClientRects().length > 0;
  if (openerShown && !opener.classList.contains('leaflet-marker-icon')) return opener;
  return document.querySelector<HTMLElement>(`.leaflet-marker-icon[data-place-id="${CSS.escape(placeId)}"]`);
}
