/**
 * Chooses which place a name means when the gazetteer holds several ("الجزائر": Algeria or Algiers;
 * "Tripoli": Libya's or Lebanon's), and how sure that choice is.
 *
 * Documented rules, in order of weight:
 * 1. A cue word just before the name: "مدينة", "city", "العاصمة" → a settlement; "دولة", "country" → a country.
 * 2. The kind: countries, then seas and regions, then facilities, then settlements, when nothing else tells.
 * 3. The article's focus: a settlement in a country the article names is preferred.
 * 4. Population: the larger of two towns.
 */
import type { PlaceKind } from '../contract';
import type { GazetteerEntry } from '../gazetteer/entry';
import type { NameRecord } from '../match/name-index';

export interface Choice {
  entry: GazetteerEntry;
  confidence: number;
  reason: string;
}

export interface ChoiceContext {
  /** The normalised word just before the name, if in the same clause. */
  previousWord: string | null;
  /** ISO codes of the countries the article names, most mentioned first. */
  focusCountries: readonly string[];
  settlementCue: boolean;
  countryCue: boolean;
}

const KIND_WEIGHT: Record<PlaceKind, number> = {
  country: 4,
  water: 3,
  region: 3,
  facility: 2,
  settlement: 1,
};

function score(record: NameRecord, context: ChoiceContext): number {
  const { entry } = record;
  let s = KIND_WEIGHT[entry.kind];
  if (context.settlementCue && entry.kind === 'settlement') s += 10;
  if (context.countryCue && entry.kind === 'country') s += 10;
  if (entry.kind === 'settlement' && entry.iso2 && context.focusCountries.includes(entry.iso2)) {
    s += 2 - context.focusCountries.indexOf(entry.iso2) * 0.1;
  }
  if (entry.population) s += Math.log10(entry.population) / 10;
  if (record.primary) s += 0.05;
  return s;
}

/** Picks the best record for one mention. Confidence falls as the runner-up comes close. */
export function chooseEntry(records: readonly NameRecord[], context: ChoiceContext): Choice {
  const ranked = records
    .map((record) => ({ record, score: score(record, context) }))
    .sort((a, b) => b.score - a.score || a.record.entry.id.localeCompare(b.record.entry.id));
  const best = ranked[0]!;
  const runnerUp = ranked[1];
  const entry = best.record.entry;
  if (!runnerUp) return { entry, confidence: 0.95, reason: 'only place with this name' };
  const margin = best.score - runnerUp.score;
  const confidence = Math.min(0.9, 0.5 + margin / 4);
  const why =
    context.settlementCue && entry.kind === 'settlement'
      ? 'named as a town'
      : context.countryCue && entry.kind === 'country'
        ? 'named as a country'
        : entry.kind === 'settlement' && entry.iso2 && context.focusCountries.includes(entry.iso2)
          ? `in ${entry.iso2}, a country the article names`
          : `${entry.kind} preferred over ${runnerUp.record.entry.kind}`;
  return {
    entry,
    confidence: Math.round(confidence * 100) / 100,
    reason: `${why}; ${records.length} places share the name`,
  };
}
