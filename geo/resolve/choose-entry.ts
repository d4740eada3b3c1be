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
 *    against a country the article does not name, when the town's country is named by its name or a
 *    division, or the town is a city of 100,000 ("في عمان" after "أردني" is Amman; "لبنان" stays the
 *    country in an article that only says "American": "American" says who acts, seldom where).
 *    And +2.5 more, for a town in a country the article names by name, against a namesake town that lies
 *    in no country the article names (nor by its adjective), 400 km or more from every one of its sure
 *    places, and is no city of a million: the article's theatre decides before the population does (the
 *    "Palma" of a story from Cabo Delgado, naming Mozambique and Mocímboa da Praia, is Mozambique's, not
 *    Mallorca's), while a world city keeps its name in any article ("Moscow", "Paris").
 * 4. Near the article's other places (its towns, divisions and facilities of one name each): up to +3,
 *    falling to nothing 400 km away. Namesakes lie far apart, and an article keeps to one theatre: the
 *    "Dublin" of a story about Macon is Georgia's, the "Tripoli" of one about Tyre is Lebanon's, the
 *    "Washington County" of one about Fayetteville is Arkansas's; among the namesakes in the article's
 *    countries, when there are any.
 * The confidence grows with the margin over the runner-up.
 */
import type { PlaceKind } from '../contract';
import type { GazetteerEntry } from '../gazetteer/entry';
import type { NameRecord } from '../match/name-index';
import { planeKm } from './qualified-name';

export interface Choice {
  entry: GazetteerEntry;
  confidence: number;
  reason: string;
}

export interface ChoiceContext {
  /** ISO codes of the countries the article names, most mentioned first. */
  focusCountries: readonly string[];
  /** Those of them named by a name of their own or of a division, not only by an adjective (rule 3). */
  countriesByName?: ReadonlySet<string>;
  settlementCue: boolean;
  countryCue: boolean;
  /** Points (`[lng, lat]`) of the article's places that are sure and smaller than a country (rule 4). */
  anchors?: readonly [number, number][];
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
/** A town this large may outweigh a country of its name when the article uses only its adjective. */
const CITY_OVER_COUNTRY = 100_000;
const NEAR_BONUS = 3;
const NEAR_KM = 400;
/** Rule 3, a town of the article's countries against a stray namesake far from them. */
const THEATRE_BONUS = 2.5;
/** A town this large is named in any article, whatever its theatre. */
const WORLD_CITY = 1_000_000;

/**
 * Rule 4 does not outweigh the article's countries: when one namesake lies in a country the article names,
 * only such namesakes are drawn by nearness (a report from Jufra naming Tartus keeps Libya's Tripoli).
 */
function nearnessCounts(
  entry: GazetteerEntry,
  context: ChoiceContext,
  rivals: readonly NameRecord[],
): boolean {
  const inFocus = (e: GazetteerEntry) => e.iso2 !== null && context.focusCountries.includes(e.iso2);
  return inFocus(entry) || !rivals.some((r) => inFocus(r.entry));
}

/**
 * Rule 3: a town outside the article's countries and far from all its sure places, and no world city:
 * a namesake the article's theatre leaves out.
 */
function stray(entry: GazetteerEntry, context: ChoiceContext): boolean {
  const anchors = context.anchors ?? [];
  return (
    entry.kind === 'settlement' &&
    entry.iso2 !== null &&
    !context.focusCountries.includes(entry.iso2) &&
    (entry.population ?? 0) < WORLD_CITY &&
    anchors.length > 0 &&
    anchors.every((anchor) => planeKm(entry.lngLat, anchor) >= NEAR_KM)
  );
}

/** Rule 4: how near `entry` lies to the nearest of the article's sure places. */
function nearness(entry: GazetteerEntry, anchors: readonly [number, number][]): number {
  if (entry.kind === 'country') return 0;
  let km = Infinity;
  for (const anchor of anchors) km = Math.min(km, planeKm(entry.lngLat, anchor));
  return NEAR_BONUS * Math.max(0, 1 - km / NEAR_KM);
}

function score(record: NameRecord, context: ChoiceContext, rivals: readonly NameRecord[]): number {
  const { entry } = record;
  let s = KIND_PRIOR[entry.kind] + (record.primary ? 0.05 : 0);
  if (context.settlementCue && entry.kind === 'settlement') s += 10;
  if (context.countryCue && entry.kind === 'country') s += 10;
  if (context.anchors?.length && rivals.length > 1 && nearnessCounts(entry, context, rivals))
    s += nearness(entry, context.anchors);
  if (entry.kind !== 'settlement') return s;
  s += POPULATION_WEIGHT * Math.log10(Math.max(entry.population ?? 10_000, 1));
  if (entry.iso2 && context.focusCountries.includes(entry.iso2)) {
    s += FOCUS_BONUS;
    const outOfFocusCountry = rivals.some(
      (r) => r.entry.kind === 'country' && !(r.entry.iso2 && context.focusCountries.includes(r.entry.iso2)),
    );
    const named = context.countriesByName?.has(entry.iso2) ?? true;
    if (outOfFocusCountry && (named || (entry.population ?? 0) >= CITY_OVER_COUNTRY))
      s += FOCUS_OVER_COUNTRY_BONUS;
    if (named && context.countriesByName && rivals.some((r) => stray(r.entry, context))) s += THEATRE_BONUS;
  }
  return s;
}

function ranked(records: readonly NameRecord[], context: ChoiceContext) {
  return records
    .map((record) => ({ record, score: score(record, context, records) }))
    .sort((a, b) => b.score - a.score || a.record.entry.id.localeCompare(b.record.entry.id));
}

/**
 * Picks the best record for one mention. Confidence falls as the runner-up comes close. Rule 4 speaks
 * only when it changes the choice: otherwise the choice keeps the reason and confidence of rules 1 to 3.
 */
export function chooseEntry(records: readonly NameRecord[], context: ChoiceContext): Choice {
  if (records.length === 1)
    return { entry: records[0]!.entry, confidence: 0.95, reason: 'only place with this name' };
  const withoutNearness = ranked(records, { ...context, anchors: undefined });
  const near = context.anchors?.length ? ranked(records, context) : withoutNearness;
  const nearer = near[0]!.record !== withoutNearness[0]!.record;
  const [best, runnerUp] = (nearer ? near : withoutNearness) as [Ranked, Ranked];
  const entry = best.record.entry;
  const margin = best.score - runnerUp.score;
  const confidence = Math.min(0.9, 0.5 + margin / 4);
  const why = nearer
    ? `nearest the article's other places`
    : context.settlementCue && entry.kind === 'settlement'
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

type Ranked = ReturnType<typeof ranked>[number];
