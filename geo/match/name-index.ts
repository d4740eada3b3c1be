/** An index from normalised name to gazetteer entries, built once per gazetteer. */
import type { GazetteerEntry } from '../gazetteer/entry';
import { normalizeName } from '../text/normalize';
import { createParticleMap, type ParticleMap } from './particles';

export interface NameRecord {
  entry: GazetteerEntry;
  /** The name or alias as written in the gazetteer. */
  alias: string;
  /** True when the alias is the entry's display name. */
  primary: boolean;
}

export interface NameIndex {
  /** Normalised name, its words joined by one space → entries it names. */
  byKey: Map<string, NameRecord[]>;
  /** Every word that starts some name, in every form particles give it: a cheap test before phrases. */
  firstWords: ParticleMap;
  /** Every proper word-prefix of a multi-word name ("الولايات" of "الولايات المتحده"): when to stop reading. */
  prefixes: Set<string>;
  /** Names of one word, with their particles, for splitting words run together by bad scraping. */
  singleWords: ParticleMap;
  /** Most words in any name. */
  maxWords: number;
}

/** Builds the index. Multi-word names are also indexed with their spaces removed ("الولاياتالمتحده"). */
export function createNameIndex(entries: readonly GazetteerEntry[]): NameIndex {
  const byKey = new Map<string, NameRecord[]>();
  const firstWords = new Set<string>();
  const singleWords = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const add = (key: string, record: NameRecord) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [record]);
    else if (!list.some((r) => r.entry.id === record.entry.id)) list.push(record);
  };
  for (const entry of entries) {
    const names = [entry.name.ar, entry.name.en, ...entry.aliases.ar, ...entry.aliases.en];
    names.forEach((alias, i) => {
      // "the Pentagon" and "Pentagon" are one name; the article stays in the text, outside the mention.
      const key = normalizeName(alias).replace(/^the /, '');
      if (key === '') return;
      const words = key.split(' ');
      const record = { entry, alias, primary: i < 2 };
      add(key, record);
      firstWords.add(words[0] ?? key);
      maxWords = Math.max(maxWords, words.length);
      if (words.length === 1) singleWords.add(key);
      else {
        for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
        const joined = words.join('');
        add(joined, record);
        firstWords.add(joined);
      }
    });
  }
  return {
    byKey,
    firstWords: createParticleMap(firstWords),
    prefixes,
    singleWords: createParticleMap(singleWords),
    maxWords,
  };
}
