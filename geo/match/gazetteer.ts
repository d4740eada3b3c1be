/**
 * A gazetteer ready for matching: its entries by id and the indexes built from them, over the entry lists
 * of gazetteer/ (default-gazetteer.ts builds the one shipped with dalil).
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import type { FacilityRule, StateAbbreviation } from '../gazetteer/schema';
import { normalizeName } from '../letters/normalize';
import { NON_PLACES, SPELLING_VARIANTS } from '../lexicon/lexicon';
import type { NonPlace } from '../lexicon/schema';
import { createLooseIndex } from './loose-names';
import { createNameIndex, gazetteerNames, type NameIndex } from './name-index';
import { nisbasOf } from './nisbas';
import { spellingVariants } from './spelling-variants';

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
  /**
   * Every adjective of nationality that points to one country, normalised: the nisbas and the English
   * adjectives ("moldovan", "moldovans"), for the countries an article speaks of.
   */
  adjectives: ReadonlyMap<string, string>;
  /** Organisations, forces and operations whose names hold place names ("قوات سوريا الديمقراطية"). */
  nonPlaces: NameIndex<NonPlace>;
  /** The facilities news names after their towns ("مطار اللاذقية" is the Hmeimim air base). */
  facilityRules: readonly FacilityRule[];
  /** A US state as news writes it after a town ("TX", "N.C."), as written → the state's entry id. */
  stateAbbreviations: ReadonlyMap<string, string>;
  /** Small towns (small-towns.json), read only with a cue, their state or another place near them. */
  smallTowns: ReadonlySet<string>;
}

/**
 * Builds a gazetteer from entry lists; a later list overrides an earlier one entry by entry (same id).
 * `needsCue` are the ids of entries found only after a cue word; `facilityRules` and
 * `stateAbbreviations` name their entries; `smallTowns` are the ids of the small towns; `demonyms` the
 * English adjectives of each country, by its code.
 */
export function createGazetteer(
  lists: readonly (readonly GazetteerEntry[])[],
  needsCue: Iterable<string> = [],
  facilityRules: readonly FacilityRule[] = [],
  stateAbbreviations: readonly StateAbbreviation[] = [],
  smallTowns: Iterable<string> = [],
  demonyms: Readonly<Record<string, readonly string[]>> = {},
): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  for (const list of lists) for (const entry of list) byId.set(entry.id, entry);
  const entries = [...byId.values()];
  // Other writers' spellings of foreign names ("هونج كونج"), matched like aliases.
  const nisbas = nisbasOf(entries);
  const variants = spellingVariants(entries, nisbas);
  const index = createNameIndex(entries, (e) => [...gazetteerNames(e), ...(variants.get(e.id) ?? [])]);
  // English transliterations of Arabic names, read through their shared key where no name matches.
  const arabicSpeaking = SPELLING_VARIANTS.arabicSpeaking.codes;
  index.loose = createLooseIndex(index.byKey, (e) => e.iso2 !== null && arabicSpeaking.has(e.iso2));
  return {
    entries,
    byId,
    index,
    needsCue: new Set(needsCue),
    nisbas,
    adjectives: adjectivesOf(nisbas, demonyms),
    nonPlaces: createNameIndex(NON_PLACES.organisations.entries, (n) => n.names),
    facilityRules,
    stateAbbreviations: new Map(stateAbbreviations.flatMap((s) => s.written.map((w) => [w, s.division]))),
    smallTowns: new Set(smallTowns),
  };
}

/**
 * The nisbas and the English adjectives of the countries, singular and plural, each with its country;
 * an adjective two countries share ("Dominican", "Congolese") says neither.
 */
function adjectivesOf(
  nisbas: ReadonlyMap<string, string>,
  demonyms: Readonly<Record<string, readonly string[]>>,
): Map<string, string> {
  const countries = new Map<string, Set<string>>();
  for (const [iso2, words] of Object.entries(demonyms))
    for (const word of words) {
      if (word.includes(' ')) continue;
      for (const form of [word, `${word}s`]) {
        const key = normalizeName(form);
        countries.set(key, (countries.get(key) ?? new Set()).add(iso2));
      }
    }
  const adjectives = new Map(nisbas);
  for (const [word, of] of countries) if (of.size === 1) adjectives.set(word, [...of][0]!);
  return adjectives;
}
