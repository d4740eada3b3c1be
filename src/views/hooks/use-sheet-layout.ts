import { useMediaQuery } from './use-media-query';

/**
 * Screens this narrow show a place's evidence in a bottom sheet instead of a Leaflet popup: a popup
 * anchored to a marker leaves a phone reader a sliver of text between marker and screen edge. The same
 * width appears in sheet.css and map.css.
 */
export const SHEET_QUERY = '(max-width: 600px)';

export function useSheetLayout(): boolean {
  return useMediaQuery(SHEET_QUERY);
}
