/**
 * How each kind of place looks on the map. Kinds differ in both shape and colour (the shapes carry the
 * meaning for readers who cannot tell the colours apart); the CSS in `map.css` draws them.
 */
import type { PlaceKind } from '../../geo/contract';

interface KindStyle {
  /** Side of the marker in CSS pixels for a place mentioned once. */
  baseSize: number;
  /**
   * Added to Leaflet's z-index. Facilities lie inside or beside cities, so they sit on top and stay
   * clickable; broad areas (countries) sit at the bottom.
   */
  zIndexOffset: number;
}

export const KIND_STYLES: Record<PlaceKind, KindStyle> = {
  facility: { baseSize: 14, zIndexOffset: 4000 },
  settlement: { baseSize: 14, zIndexOffset: 3000 },
  water: { baseSize: 16, zIndexOffset: 2000 },
  region: { baseSize: 18, zIndexOffset: 1000 },
  country: { baseSize: 20, zIndexOffset: 0 },
};

/** Legend order: from the most specific place to the broadest. */
export const LEGEND_KINDS: readonly PlaceKind[] = ['facility', 'settlement', 'water', 'region', 'country'];

/** Most pixels that many mentions can add: size hints at weight of evidence without hiding neighbours. */
const MAX_EXTRA_SIZE = 8;
/** Pixels added per doubling of the mention count. */
const SIZE_PER_DOUBLING = 2;

export interface MarkerStyle {
  className: string;
  size: number;
  zIndexOffset: number;
}

export function markerStyle(kind: PlaceKind, mentionCount: number): MarkerStyle {
  const { baseSize, zIndexOffset } = KIND_STYLES[kind];
  const extra = Math.min(
    MAX_EXTRA_SIZE,
    Math.round(SIZE_PER_DOUBLING * Math.log2(Math.max(1, mentionCount))),
  );
  return { className: `place-marker place-marker--${kind}`, size: baseSize + extra, zIndexOffset };
}
