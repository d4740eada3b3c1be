/** A gazetteer ready for matching: its entries by id and the index of their names. */
import type { GazetteerEntry } from './entry';
import { createNameIndex, type NameIndex } from '../match/name-index';
import { nisbasOf } from '../resolve/settlement-support';
import { normalizeName } from '../text/normalize';

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byId: ReadonlyMap<string, GazetteerEntry>;
  index: NameIndex;
  /**
   * Entries whose names are also common words or person names ("الباب", the door; "صور", pictures):
   * found only after a word that says what they are ("مدينة الباب").
   */
  needsCue: ReadonlySet<string>;
  /** Adjectives of nationality made from the country names ("سوري"), normalised. */
  nisbas: ReadonlySet<string>;
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
    index: createNameIndex(entries),
    needsCue: new Set(needsCue),
    nisbas: nisbasOf(entries, normalizeName),
  };
}
