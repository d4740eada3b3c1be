/**
 * Chooses which place a name means when the gazetteer holds several ("الجزائر": Algeria or Algiers;
 * "Tripoli": Libya's or Lebanon's; "موسكو": Moscow or, by a GeoNames slip, Mesquite), and how sure
 * that choice is.
 *
 * Each candidate gets a score; documented rules, heaviest first:
 * 1. A cue word: "مدينة", "city", "العاصمة" → a settlement (+10); "دولة", "country" → a country (+10).
 * 2. A prior by kind: countries 6, seas, regions and facilities 5.5, towns 0.8 × log10(population)
 *    (a town of a million scores 4.8, so a country wins over its capital of the same name).
 * 3. A town in a country the article names (or whose nationality adjective it uses) +0.7, and +2.5 more
 *    against a country the article does not name ("في عمان" in an article about Jordan is Amman).
 * The confidence grows with the margin over the runner-up.
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
  /** ISO codes of the countries the article names, most mentioned first. */
  focusCountries: readonly string[];
  settlementCue: boolean;
  countryCue: boolean;
}

const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 6,
  water: 5.5,
  region: 5.5,
  facility: 5.5,
  settlement: 0,
};
/** Weight of log10(population) for towns. */
const POPULATION_WEIGHT = 0.8;
const FOCUS_BONUS = 0.7;
const FOCUS_OVER_COUNTRY_BONUS = 2.5;

function score(record: NameRecord, context: ChoiceContext, rivals: readonly NameRecord[]): number {
  const { entry } = record;
  let s = KIND_PRIOR[entry.kind] + (record.primary ? 0.05 : 0);
  if (context.settlementCue && entry.kind === 'settlement') s += 10;
  if (context.countryCue && entry.kind === 'country') s += 10;
  if (entry.kind !== 'settlement') return s;
  s += POPULATION_WEIGHT * Math.log10(Math.max(entry.population ?? 10_000, 1));
  if (entry.iso2 && context.focusCountries.includes(entry.iso2)) {
    s += FOCUS_BONUS;
    const outOfFocusCountry = rivals.some(
      (r) => r.entry.kind === 'country' && !(r.entry.iso2 && context.focusCountries.includes(r.entry.iso2)),
    );
    if (outOfFocusCountry) s += FOCUS_OVER_COUNTRY_BONUS;
  }
  return s;
}

/** Picks the best record for one mention. Confidence falls as the runner-up comes close. */
export function chooseEntry(records: readonly NameRecord[], context: ChoiceContext): Choice {
  const ranked = records
    .map((record) => ({ record, score: score(record, context, records) }))
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
