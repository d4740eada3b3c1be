/**
 * The towns the base map names for orientation, from the gazetteer's settlements (GeoNames): each with the
 * zoom from which it is named and its rank when two would overlap. A town is named from the zoom at which
 * it stands far enough from every more populous town for both names to fit, and not before its
 * population earns it: so at the theatre's zoom the big cities show, spread over the map, and closer in
 * the towns between them (Latakia first, Jableh when the map is close enough to tell them apart).
 *
 * Pure: the build hands in the entries and writes the towns into the base map's tiles.
 */
import type { LngLat, Town } from './contract';
import type { GazetteerEntry } from './gazetteer/entry';

/** Towns are named from this zoom (the theatre), never at world zooms where countries speak. */
export const TOWN_MIN_ZOOM = 5;
/** The map's top zoom: a town crowded out until then is named at it, where the labels' placement decides. */
export const TOWN_MAX_ZOOM = 12;
/**
 * How far apart, in CSS pixels, a town must be from every more populous one to be named: about half a
 * name's width. Closer, the two would always collide; farther, the labels' placement decides, by rank,
 * which of two names fits (Damascus and Beirut, 85 km apart, both show from zoom 6).
 */
const TOWN_SPACING_PX = 32;
/** The smallest population named from each zoom; smaller towns wait for the zooms below them. */
const POPULATION_FROM_ZOOM: readonly [minPopulation: number, zoom: number][] = [
  [1_000_000, 5],
  [200_000, 6],
  [50_000, 7],
  [10_000, 8],
];
/** Towns smaller than the last step above are named from this zoom. */
const SMALL_TOWN_ZOOM = 9;
/** Leaflet's world is this many pixels wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 256;
/** The gazetteer's source note for a town whose Arabic name is not known (its `name.ar` repeats `en`). */
const NO_ARABIC_NAME = /no Arabic name known/;

/** `[lng, lat]` projected to Web Mercator pixels at zoom 0. */
function pixelsAtZoom0([lng, lat]: LngLat): [number, number] {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [
    ((lng + 180) / 360) * WORLD_PX_AT_ZOOM_0,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PX_AT_ZOOM_0,
  ];
}

function populationZoom(population: number): number {
  return POPULATION_FROM_ZOOM.find(([least]) => population >= least)?.[1] ?? SMALL_TOWN_ZOOM;
}

/** Grid cells of this many zoom-0 pixels, to look for more populous neighbours nearby only. */
const CELL = 1;

/**
 * The settlements as towns, most populous first (`rank` 0), each with its `minZoom`. Entries of another
 * kind are left out; a town whose Arabic name is not known is named in English in both languages.
 */
export function buildTowns(entries: readonly GazetteerEntry[]): Town[] {
  const settlements = entries
    .filter((entry) => entry.kind === 'settlement')
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.id.localeCompare(b.id));
  // The more populous towns seen so far, by grid cell, to find each town's nearest bigger neighbour.
  const cells = new Map<string, [number, number][]>();
  const towns: Town[] = [];
  // Beyond this distance a neighbour no longer holds a town back even at the top zoom.
  const reach = TOWN_SPACING_PX / 2 ** TOWN_MIN_ZOOM;
  settlements.forEach((entry, rank) => {
    const [x, y] = pixelsAtZoom0(entry.lngLat);
    let nearest = Infinity;
    const span = Math.ceil(reach / CELL);
    const [cx, cy] = [Math.floor(x / CELL), Math.floor(y / CELL)];
    for (let i = cx - span; i <= cx + span; i++)
      for (let j = cy - span; j <= cy + span; j++)
        for (const [ox, oy] of cells.get(`${i},${j}`) ?? [])
          nearest = Math.min(nearest, Math.hypot(x - ox, y - oy));
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), [x, y]]);
    // At zoom z the two are `nearest * 2^z` pixels apart.
    const spacingZoom = nearest === Infinity ? 0 : Math.ceil(Math.log2(TOWN_SPACING_PX / nearest));
    const minZoom = Math.min(
      TOWN_MAX_ZOOM,
      Math.max(TOWN_MIN_ZOOM, spacingZoom, populationZoom(entry.population ?? 0)),
    );
    const en = entry.name.en;
    const ar = NO_ARABIC_NAME.test(entry.source) ? en : entry.name.ar;
    towns.push({ id: entry.id, name: { ar, en }, lngLat: entry.lngLat, minZoom, rank });
  });
  return towns;
}
