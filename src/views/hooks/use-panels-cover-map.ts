import { useMediaQuery } from './use-media-query';

/**
 * Screens this narrow show the list view and the article view over the map instead of beside it (the
 * same width is in list.css and article.css). What they cover is made inert: a keyboard reader must not
 * tab into markers hidden behind a panel.
 */
export const PANELS_COVER_MAP_QUERY = '(max-width: 720px)';

export function usePanelsCoverMap(): boolean {
  return useMediaQuery(PANELS_COVER_MAP_QUERY);
}
