/**
 * Writes view state into a query string. Only the parameters named in the patch change; every other
 * parameter (filters, `embed`, anything a host page added) is kept as it was, in its place.
 */
import { NO_FILTERS, type Filters } from '../filters/filters';
import { PARAMS, type MapView, type QuoteRef, type UrlState } from './url-state';

/** Decimals kept for latitude and longitude: 1e-4 degrees is about 11 m, finer than the map's top zoom. */
const COORDINATE_DECIMALS = 4;

export type UrlPatch = Partial<
  Pick<UrlState, 'place' | 'quote' | 'view' | 'language' | 'embed' | 'filters' | 'actors'>
>;

/** Rounds a view to what the address keeps, so a view read back from a link equals the one written. */
export function roundView({ lat, lng, zoom }: MapView): MapView {
  const factor = 10 ** COORDINATE_DECIMALS;
  // `+ 0` turns -0 into 0, so the same view always writes the same text.
  return {
    lat: Math.round(lat * factor) / factor + 0,
    lng: Math.round(lng * factor) / factor + 0,
    zoom: Math.round(zoom * 10) / 10,
  };
}

export function formatView(view: MapView): string {
  const { lat, lng, zoom } = roundView(view);
  return `${lat},${lng},${zoom}`;
}

export function formatQuote({ articleId, start }: QuoteRef): string {
  return `${articleId}:${start}`;
}

/** Values as the address shows them; `null` removes the parameter (it is then at its default). */
function valuesOf(patch: UrlPatch): [string, string | null][] {
  const values: [string, string | null][] = [];
  if ('place' in patch) values.push([PARAMS.place, patch.place ?? null]);
  if ('quote' in patch) values.push([PARAMS.quote, patch.quote ? formatQuote(patch.quote) : null]);
  if ('view' in patch) values.push([PARAMS.view, patch.view ? formatView(patch.view) : null]);
  if ('language' in patch) values.push([PARAMS.language, patch.language ?? null]);
  if ('embed' in patch) values.push([PARAMS.embed, patch.embed ? '1' : null]);
  if ('filters' in patch) values.push(...filterValues(patch.filters ?? NO_FILTERS));
  if ('actors' in patch) values.push([PARAMS.actors, patch.actors ? '1' : null]);
  return values;
}

function filterValues(filters: Filters): [string, string | null][] {
  return [
    [PARAMS.kinds, filters.activities?.join(',') ?? null],
    [PARAMS.stance, filters.stances?.join(',') ?? null],
    [PARAMS.claimant, filters.claimant],
    [PARAMS.article, filters.articleId],
    [PARAMS.from, filters.from],
    [PARAMS.to, filters.to],
  ];
}

/** Keeps commas and colons readable in links people copy and read. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** The query string (with its `?`, or empty) that applies `patch` to `search`. */
export function searchWithState(search: string, patch: UrlPatch): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of valuesOf(patch)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = [...params].map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  return query ? `?${query}` : '';
}
