/**
 * The link to what the reader sees now: the page's own address with the place, quote, map view and
 * language written out. The language is always named, so the link opens the same for someone whose
 * browser prefers the other one; filters and any other parameter of the current address are kept.
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
  url.search = searchWith(url.search, {
    place: state.selectedPlaceId,
    quote: openArticle ? { articleId: openArticle.articleId, start: openArticle.quoteStart } : null,
    view: state.mapView,
    language: state.language,
    embed,
  });
  url.hash = '';
  return url.href;
}
