/** A gazetteer ready for matching: its entries by id and the index of their names. */
import type { GazetteerEntry } from './entry';
import { createNameIndex, gazetteerNames, type NameIndex } from '../match/name-index';
import { NON_PLACES, type NonPlace } from '../lexicon/non-places';
import { nisbasOf } from '../resolve/nisbas';

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byId: ReadonlyMap<string, GazetteerEntry>;
  index: NameIndex;
  /**
   * Entries whose names are also common words or person names ("الباب", the door; "صور", pictures):
   * found only after a word that says what they are ("مدينة الباب").
   */
  needsCue: ReadonlySet<string>;
  /** Adjectives of nationality made from the country names ("سوري"), normalised, with their country. */
  nisbas: ReadonlyMap<string, string>;
  /** Organisations, forces and operations whose names hold place names ("قوات سوريا الديمقراطية"). */
  nonPlaces: NameIndex<NonPlace>;
}

/**
 * Builds a gazetteer from entry lists; a later list overrides an earlier one entry by entry (same id),
 * so curated entries can correct imported ones.
 */
export function createGazetteer(
  lists: readonly (readonly GazetteerEntry[])[],
  needsCue: Iterable<string> = [],
): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  for (const list of lists) for (const entry of list) byId.set(entry.id, entry);
  const entries = [...byId.values()];
  return {
    entries,
    byId,
    index: createNameIndex(entries, gazetteerNames),
    needsCue: new Set(needsCue),
    nisbas: nisbasOf(entries),
    nonPlaces: createNameIndex(NON_PLACES, (n) => n.names),
  };
}
