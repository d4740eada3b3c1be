/**
 * Finding the place an editor means: the gazetteer's candidates for some words of an article, ranked and
 * each with why it is proposed, and a search of the gazetteer by Arabic or English name. The same folding
 * as the geoparser's, so "اللاذقيه", "اللاذقية" and "Latakia" find one place.
 */
import type { PlaceKind } from '../contract';
import type { GazetteerEntry } from '../gazetteer/entry';
import { normalizeName } from '../letters/normalize';
import type { Gazetteer } from '../match/gazetteer';

export interface PlaceCandidate {
  entry: GazetteerEntry;
  /** Why it is proposed, in a few words (English, like the geoparser's reasons). */
  why: string;
}

/** Letters Arabic writes onto a name ("واللاذقية", "بطرطوس"): tried off when the words match nothing. */
const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'وال', 'بال', 'لل', 'فال'];

const KIND_RANK: Record<PlaceKind, number> = { country: 5, water: 4, region: 4, facility: 4, settlement: 0 };

/** Countries and seas first, then towns by size: the order in which a name most often means a place. */
function prominence(entry: GazetteerEntry): number {
  return KIND_RANK[entry.kind] + Math.log10(Math.max(entry.population ?? 1_000, 1)) * 0.8;
}

const describe = (entry: GazetteerEntry) =>
  entry.kind === 'settlement' && entry.population !== undefined
    ? `a town of ${entry.population.toLocaleString('en')} people${entry.iso2 ? ` in ${entry.iso2}` : ''}`
    : `a ${entry.kind}${entry.iso2 ? ` in ${entry.iso2}` : ''}`;

/** The places `words` can name, most prominent first: by their own spelling, or without a particle. */
export function candidatesFor(words: string, gazetteer: Gazetteer): PlaceCandidate[] {
  const key = normalizeName(words).replace(/^the /, '');
  const found = new Map<string, PlaceCandidate>();
  const collect = (name: string, how: string) => {
    for (const record of gazetteer.index.byKey.get(name) ?? [])
      if (!found.has(record.entry.id))
        found.set(record.entry.id, {
          entry: record.entry,
          why: `${how} "${record.alias}": ${describe(record.entry)}`,
        });
  };
  collect(key, 'named');
  if (found.size === 0)
    for (const prefix of ARABIC_PREFIXES)
      if (key.startsWith(prefix) && key.length > prefix.length + 1)
        collect(key.slice(prefix.length), `after "${prefix}", named`);
  return [...found.values()].sort((a, b) => prominence(b.entry) - prominence(a.entry));
}

/**
 * The places whose name or alias, in either language, matches `query`: whole names first, then names
 * that begin with it, then names that hold it; within each the names closest in length to the query, then
 * the most prominent places; each place once, at its best. At most `limit`.
 */
export function searchPlaces(query: string, gazetteer: Gazetteer, limit = 20): PlaceCandidate[] {
  const key = normalizeName(query).replace(/^the /, '');
  if (key.length === 0) return [];
  const best = new Map<string, { candidate: PlaceCandidate; tier: number; extra: number }>();
  for (const [name, records] of gazetteer.index.byKey) {
    const tier = name === key ? 0 : name.startsWith(key) ? 1 : name.includes(key) ? 2 : -1;
    if (tier < 0) continue;
    for (const record of records) {
      const extra = name.length - key.length;
      const known = best.get(record.entry.id);
      if (known && (known.tier < tier || (known.tier === tier && known.extra <= extra))) continue;
      best.set(record.entry.id, {
        candidate: { entry: record.entry, why: `"${record.alias}": ${describe(record.entry)}` },
        tier,
        extra,
      });
    }
  }
  const ranked = [...best.values()].sort(
    (a, b) =>
      a.tier - b.tier || a.extra - b.extra || prominence(b.candidate.entry) - prominence(a.candidate.entry),
  );
  return ranked.slice(0, limit).map((r) => r.candidate);
}
