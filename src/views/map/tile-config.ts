/**
 * An optional online tile layer, chosen by whoever deploys the map: two meta tags in index.html,
 *
 *     <meta name="dalil-tiles" content="https://tile.openstreetmap.org/{z}/{x}/{y}.png" />
 *     <meta name="dalil-tiles-attribution" content="© OpenStreetMap contributors" />
 *
 * and the tile host added to the page's `img-src` policy. Without them the map fetches nothing from
 * elsewhere and shows the built-in Natural Earth base map, which also stays beneath the tiles, so it
 * shows wherever tiles fail.
 */

export interface TileConfig {
  /** Leaflet URL template with `{z}`, `{x}` and `{y}` (and optionally `{s}`, `{r}`). */
  url: string;
  /** Plain text credit, required by every tile provider's terms. */
  attribution: string;
}

/** The content of a page's `<meta name>` tag, or '' without one; tests pass a fake. */
export type MetaContent = (name: string) => string;

export function metaOf(doc: Document): MetaContent {
  return (name) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
}

/**
 * The configured tiles, or null when none are, or when the template is not an http(s) or page-relative
 * URL with the three tile coordinates, or when it comes without a credit.
 */
export function readTileConfig(meta: MetaContent): TileConfig | null {
  const url = meta('dalil-tiles').trim();
  const attribution = meta('dalil-tiles-attribution').trim();
  if (!url || !attribution) return null;
  if (!['{z}', '{x}', '{y}'].every((part) => url.includes(part))) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:\/\//i.test(url)) return null;
  return { url, attribution };
}
