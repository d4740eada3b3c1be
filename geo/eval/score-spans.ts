/**
 * The geoparser's mentions against a corpus's gold spans: recognition by span overlap (a mention and a
 * gold span that share one code unit match, whatever the kinds), counted per kind, and Acc@161 for the
 * gold spans with a point that were found.
 *
 * Demonyms ("Russian") are set aside: the geoparser reads them as nationality adjectives, not places,
 * and only some corpora mark them. They count in no recall, a mention on one counts in no precision;
 * how many the geoparser took for places is counted apart.
 */
import type { LngLat, PlaceFeature, PlaceKind } from '../contract';
import { ACC_KM, distanceKm } from './distance';
import type { GoldKind, GoldSpan } from './external-corpus';

/** The kinds the report tells apart, gold and predicted alike. */
export const KIND_GROUPS = [
  'countries',
  'divisions',
  'cities and towns',
  'facilities',
  'waters',
  'other',
] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/** A gold kind's group: wider regions, other places and spans of no kind are `other`; demonyms none. */
const GOLD_GROUP: Record<GoldKind, KindGroup | null> = {
  country: 'countries',
  admin1: 'divisions',
  admin2: 'divisions',
  city: 'cities and towns',
  town: 'cities and towns',
  facility: 'facilities',
  water: 'waters',
  region: 'other',
  other: 'other',
  demonym: null,
};

/** A place kind's group; the geoparser's regions are mostly provinces, governorates and the like. */
const PREDICTED_GROUP: Record<PlaceKind, KindGroup> = {
  country: 'countries',
  region: 'divisions',
  settlement: 'cities and towns',
  facility: 'facilities',
  water: 'waters',
};

export interface KindCounts {
  /** Gold spans, and those a mention overlaps. */
  gold: number;
  found: number;
  /** Mentions of this kind, and those that overlap a gold span (a demonym's are neither). */
  predicted: number;
  right: number;
  /** Found gold spans with a point, and those whose mention is placed within ACC_KM of it. */
  located: number;
  near: number;
}

export interface SpanScore {
  byKind: Record<KindGroup, KindCounts>;
  demonyms: { gold: number; taken: number };
}

const emptyCounts = (): KindCounts => ({ gold: 0, found: 0, predicted: 0, right: 0, located: 0, near: 0 });

export function emptySpanScore(): SpanScore {
  return {
    byKind: Object.fromEntries(KIND_GROUPS.map((k) => [k, emptyCounts()])) as Record<KindGroup, KindCounts>,
    demonyms: { gold: 0, taken: 0 },
  };
}

/** Adds `from` into `into`. */
export function addSpanScore(into: SpanScore, from: SpanScore): void {
  for (const kind of KIND_GROUPS)
    for (const key of Object.keys(emptyCounts()) as (keyof KindCounts)[])
      into.byKind[kind][key] += from.byKind[kind][key];
  into.demonyms.gold += from.demonyms.gold;
  into.demonyms.taken += from.demonyms.taken;
}

/** Every kind's counts summed. */
export function allKinds(score: SpanScore): KindCounts {
  const all = emptyCounts();
  for (const counts of Object.values(score.byKind))
    for (const key of Object.keys(all) as (keyof KindCounts)[]) all[key] += counts[key];
  return all;
}

/** One mention of the geoparser's: offsets in UTF-16 code units, its place's group and `[lng, lat]`. */
interface Predicted {
  start: number;
  end: number;
  group: KindGroup;
  lngLat: LngLat;
}

/** How many code units two spans share; 0 when they do not overlap. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One document's mentions (`features`) against its gold spans. */
export function scoreSpans(gold: readonly GoldSpan[], features: readonly PlaceFeature[]): SpanScore {
  const score = emptySpanScore();
  const predicted: Predicted[] = features.flatMap((f) =>
    f.properties.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      group: PREDICTED_GROUP[f.properties.kind],
      lngLat: f.geometry.coordinates,
    })),
  );
  const groupOf = (g: GoldSpan) => (g.kind === null ? 'other' : GOLD_GROUP[g.kind]);
  const places = gold.filter((g) => groupOf(g) !== null);
  const demonyms = gold.filter((g) => groupOf(g) === null);
  for (const g of places) {
    const counts = score.byKind[groupOf(g)!];
    counts.gold++;
    // The mention that shares the most with the span stands for it (the first of equals).
    let best: Predicted | null = null;
    for (const p of predicted) if (overlap(p, g) > (best ? overlap(best, g) : 0)) best = p;
    if (!best) continue;
    counts.found++;
    if (!g.lngLat) continue;
    counts.located++;
    if (distanceKm(best.lngLat, g.lngLat) <= ACC_KM) counts.near++;
  }
  score.demonyms.gold = demonyms.length;
  score.demonyms.taken = demonyms.filter((g) => predicted.some((p) => overlap(p, g) > 0)).length;
  for (const p of predicted) {
    const right = places.some((g) => overlap(p, g) > 0);
    if (!right && demonyms.some((g) => overlap(p, g) > 0)) continue;
    score.byKind[p.group].predicted++;
    if (right) score.byKind[p.group].right++;
  }
  return score;
}
