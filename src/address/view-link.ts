/**
 * The link to what the reader sees now, for Share and for the Embed code: the page's own address with
 * exactly the view written out (place, quote, map view, language, filters) and nothing else, so a
 * parameter a host page or a campaign added is not copied on. The language is always named, so the link
 * opens the same for someone whose browser prefers the other one.
 */
import type { DalilState } from '../store/store';
import { searchWith } from './codec';

export interface ViewLinkOptions {
  /** A link for an iframe (`embed=1`) rather than for a reader. */
  embed: boolean;
}

/** `href` is the current address (`location.href`); the result is absolute. */
export function viewLink(href: string, state: DalilState, { embed }: ViewLinkOptions): string {
  const url = new URL(href);
  const { openArticle } = state;
  url.search = searchWith('', {
    place: state.selectedPlaceId,
    quote: openArticle ? { articleId: openArticle.articleId, start: openArticle.quoteStart } : null,
    // An embed pins the view on screen, framed or moved to: the story shows what its editor saw.
    view: embed ? (state.mapView ?? state.shownView?.view ?? null) : state.mapView,
    language: state.language,
    embed,
    filters: state.filters,
    actors: state.showActorsAndContext,
  });
  url.hash = '';
  return url.href;
}
