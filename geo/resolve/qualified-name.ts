/**
 * "Paris, Texas", "London, Ontario", "Tripoli, Lebanon": a town's name followed by a comma and the name
 * of a country or a first-level division says which of its namesakes is meant. After a country, the
 * namesakes in that country; after a division, the one nearest the division's point among those in its
 * country. The qualifier stays a mention of its own.
 */
import type { LngLat } from '../contract';
import type { GazetteerEntry } from '../gazetteer/entry';
import type { NameMatch } from '../match/find-names';
import type { NameRecord } from '../match/name-index';

/** Only a comma, and spaces, between the name and its qualifier. */
const QUALIFYING_GAP = /^ ?[,،] ?$/;

/**
 * The records of `match` its qualifier `next` leaves (offsets into `normalized`), or null when `next` is
 * no qualifier or leaves none of them.
 */
export function qualifiedRecords(
  match: NameMatch,
  next: NameMatch | undefined,
  normalized: string,
): NameRecord[] | null {
  return match.records.length < 2 ? null : townsQualified(match, next, normalized);
}

/** Further from its division's point than this, a town is no town of that division (Alaska is the widest). */
const MAX_KM_FROM_DIVISION_POINT = 1200;

/**
 * The towns of `match` its qualifier `next` names, even when there is only one ("Bar Harbor, Maine"):
 * the name is a town there, as after "city of" (resolve/settlement-support.ts). Null when `next` is no
 * qualifier of any of them.
 */
export function townsQualified(
  match: NameMatch,
  next: NameMatch | undefined,
  normalized: string,
): NameRecord[] | null {
  if (!next || !QUALIFYING_GAP.test(normalized.slice(match.end, next.start))) return null;
  const qualifiers = next.records
    .map((r) => r.entry)
    .filter((e) => e.kind === 'country' || e.kind === 'region');
  for (const qualifier of qualifiers) {
    const inside = match.records.filter(
      (r) => r.entry.kind === 'settlement' && r.entry.iso2 !== null && r.entry.iso2 === qualifier.iso2,
    );
    if (inside.length === 0) continue;
    if (qualifier.kind === 'country') return inside;
    const town = nearest(inside, qualifier);
    if (planeKm(town.entry.lngLat, qualifier.lngLat) < MAX_KM_FROM_DIVISION_POINT) return [town];
  }
  return null;
}

function nearest(records: readonly NameRecord[], to: GazetteerEntry): NameRecord {
  let best = records[0]!;
  for (const r of records)
    if (planeKm(r.entry.lngLat, to.lngLat) < planeKm(best.entry.lngLat, to.lngLat)) best = r;
  return best;
}

/**
 * Distance in km on a plane scaled by the cosine of the latitude, between `[lng, lat]` points: enough to
 * rank places within one country. Read by index: a name's namesakes are measured against every other
 * place of its article, and taking the pairs apart would cost more than the sum.
 */
export function planeKm(a: LngLat, b: LngLat): number {
  const x = (b[0] - a[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot(x, b[1] - a[1]) * 111.2;
}
