/** An index from normalised name to the places (or other things) it names, built once. */
import type { GazetteerEntry } from '../gazetteer/entry';
import { normalizeName } from '../letters/normalize';
import { createParticleMap, type ParticleMap } from '../text/particles';
import type { LooseIndex } from './loose-names';

export interface NameRecord<E = GazetteerEntry> {
  readonly entry: E;
  /** The name or alias as written in the source list. */
  readonly alias: string;
  /** Every spelling of this entry that normalises to the same key ("Hmeimim Air Base", "Hmeimim air base"). */
  readonly spellings: readonly string[];
  /** True when the alias is the entry's display name. */
  readonly primary: boolean;
}

/**
 * A record as the index keeps it: the alias, and the further spellings of its key only when there are
 * any (one record in six has some). The list of spellings is made when it is read, by the case check of
 * a Latin name: the index holds some 150,000 records, and a list for each would cost the heap as much as
 * the records themselves.
 */
class IndexedRecord<E> implements NameRecord<E> {
  /** The spellings after the alias, or null when the alias is the only one. */
  more: string[] | null = null;
  constructor(
    readonly entry: E,
    readonly alias: string,
    readonly primary: boolean,
  ) {}
  get spellings(): readonly string[] {
    return this.more === null ? [this.alias] : [this.alias, ...this.more];
  }
}

export interface NameIndex<E = GazetteerEntry> {
  /** Normalised name, its words joined by one space → entries it names. */
  byKey: Map<string, NameRecord<E>[]>;
  /** Every word that starts some name, in every form particles give it: a cheap test before phrases. */
  firstWords: ParticleMap;
  /** Every proper word-prefix of a multi-word name ("الولايات" of "الولايات المتحده"): when to stop reading. */
  prefixes: Set<string>;
  /** Names of one word, with their particles, for splitting words run together by bad scraping. */
  singleWords: ParticleMap;
  /** Most words in any name. */
  maxWords: number;
  /** The transliterations' shared keys (loose-names.ts), read where no exact name is found. */
  loose?: LooseIndex<E>;
}

/** The names of a gazetteer entry: display names first, then aliases. */
export const gazetteerNames = (entry: GazetteerEntry): string[] => [
  entry.name.ar,
  entry.name.en,
  ...entry.aliases.ar,
  ...entry.aliases.en,
];

/**
 * Builds the index of `entries`, each with the names `namesOf` gives (the first two count as display
 * names). Multi-word names are also indexed with their spaces removed ("الولاياتالمتحده").
 */
export function createNameIndex<E extends { id: string }>(
  entries: readonly E[],
  namesOf: (entry: E) => string[],
): NameIndex<E> {
  const byKey = new Map<string, IndexedRecord<E>[]>();
  const firstWords = new Set<string>();
  /** First words of names of two words or more, which particles may join however short ("وتل أبيب"). */
  const leadingWords = new Set<string>();
  const singleWords = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const add = (key: string, entry: E, alias: string, primary: boolean) => {
    const list = byKey.get(key);
    if (list === undefined) {
      byKey.set(key, [new IndexedRecord(entry, alias, primary)]);
      return;
    }
    // An entry's spellings of one key come one after the other: its last record is the one to look at.
    const known = list.findLast((r) => r.entry.id === entry.id);
    if (known) (known.more ??= []).push(alias);
    else list.push(new IndexedRecord(entry, alias, primary));
  };
  for (const entry of entries) {
    const names = namesOf(entry);
    for (let i = 0; i < names.length; i++) {
      const alias = names[i]!;
      // "the Pentagon" and "Pentagon" are one name; the article stays in the text, outside the mention.
      let key = normalizeName(alias);
      if (key.startsWith('the ')) key = key.slice(4);
      if (key === '') continue;
      add(key, entry, alias, i < 2);
      const space = key.indexOf(' ');
      if (space < 0) {
        firstWords.add(key);
        singleWords.add(key);
        continue;
      }
      const words = key.split(' ');
      firstWords.add(words[0]!);
      maxWords = Math.max(maxWords, words.length);
      leadingWords.add(words[0]!);
      let prefix = words[0]!;
      for (let n = 1; n < words.length; n++) {
        prefixes.add(prefix);
        prefix += ' ' + words[n]!;
      }
      const joined = words.join('');
      add(joined, entry, alias, i < 2);
      firstWords.add(joined);
    }
  }
  return {
    byKey,
    firstWords: createParticleMap(leadingWords, 2, createParticleMap(firstWords)),
    prefixes,
    singleWords: createParticleMap(singleWords),
    maxWords,
  };
}
