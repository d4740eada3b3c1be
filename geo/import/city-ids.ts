/**
 * Gives every city a stable, unique id.
 *
 * The id is the kebab-case English name. When several places share it, the most populous keeps the plain
 * id and the others get `-<iso2>`, then `-<iso2>-<admin1>` (the first-level division's name), then the
 * geonameid as a last resort: so `damascus` is Syria's and `damascus-us` Maryland's. A place whose
 * override sets an id always keeps it; ids already taken (countries) count as taken by a larger place.
 * Places marked `late` (kept for their English name alone) choose after all others, however large, so
 * adding them renames no place that had an id before; places marked `last` choose after those, for the
 * same reason (the towns kept under their English name outside the theatres, added after the theatres').
 * The result depends only on the data, never on input order.
 */
import { kebabId } from './kebab-id';

export interface IdCandidate {
  geonameid: number;
  /** The id an override insists on, if any. */
  fixedId?: string;
  nameEn: string;
  iso2: string;
  admin1Name: string;
  population: number;
  /** Chooses after every place not so marked. */
  late?: boolean;
  /** Chooses after every place not so marked, `late` ones included. */
  last?: boolean;
}

export function assignCityIds(
  cities: readonly IdCandidate[],
  reserved: ReadonlySet<string>,
): Map<number, string> {
  const ids = new Map<number, string>();
  const taken = new Set(reserved);
  for (const city of cities) {
    if (city.fixedId === undefined) continue;
    if (taken.has(city.fixedId)) throw new Error(`override id ${city.fixedId} is taken twice`);
    taken.add(city.fixedId);
    ids.set(city.geonameid, city.fixedId);
  }
  const ordered = cities
    .filter((c) => c.fixedId === undefined)
    .sort(
      (a, b) =>
        Number(a.last ?? false) - Number(b.last ?? false) ||
        Number(a.late ?? false) - Number(b.late ?? false) ||
        b.population - a.population ||
        a.geonameid - b.geonameid,
    );
  for (const city of ordered) {
    const base = kebabId(city.nameEn) || `geonames-${city.geonameid}`;
    const tries = [
      base,
      `${base}-${city.iso2.toLowerCase()}`,
      `${base}-${city.iso2.toLowerCase()}-${kebabId(city.admin1Name) || 'x'}`,
      `${base}-${city.geonameid}`,
    ];
    const id = tries.find((t) => !taken.has(t))!;
    taken.add(id);
    ids.set(city.geonameid, id);
  }
  return ids;
}
