/**
 * When a bare town name is a town. GeoNames holds thousands of towns whose Arabic names are also ordinary
 * words ("إطار" frame / Atar, "حديثة" modern / Haditha), given names ("فلاديمير") or adjectives of
 * nationality ("سوري" Syrian / Surrey). A town from the import is taken only with some support:
 *
 * 1. a cue word before it ("مدينة", "بلدة", "city of") always suffices;
 * 2. Arabic names that are common words ("وان", Van / "and that"; "أمن", Emmen / security) need that
 *    cue; names listed as ambiguous and names that equal an adjective of nationality need it too, or a
 *    preposition before a town in a country the article names ("في حماة", "إلى الميادين"); the English
 *    name of the same town needs no cue;
 * 3. other towns need 100,000 people, or to lie in a country the article names, or to be the town of a
 *    known military facility (Tartus), or to lie within 60 km of another place the article names (a
 *    story naming Schaumburg and Rolling Meadows is about Chicago's suburbs, one naming Laurel County and
 *    London about Kentucky's; two namesakes of unrelated towns so close together are rare), or within
 *    250 km of the point of a division the article surely names ("Illinois": its towns);
 * 4. a town read after the particles ف or ك, rare before names ("فرانس" is فـ + "رانس", Reims; "كبرى"
 *    is كـ + "برى", Brea), needs a million people;
 * 5. a town read at the head of a longer word ("الكوميسا" is no Elko + Mesa) needs 100,000 people: the
 *    split mends bad scraping of well-known names ("واشنطنروسيا"), not words that begin like a town;
 * 6. a small town of small-towns.json (US towns of a few thousand, the theatres' villages) needs a cue,
 *    its state after it ("Sanibel, Fla.") or, in English, another place of the article within 60 km:
 *    thousands of them are named like words or people ("Hope", "Energy", "Taylor"; "الجمعة" Friday,
 *    "معبر" crossing), and naming their country is no support;
 * 7. in English, a town of rules 3 and 6 after a preposition of place ("in Pineville", "near Kennebunk",
 *    "outside Rolling Meadows") is the town, unless its name is ambiguous (a common word), a given name
 *    ("in Taylor's view") or a country's or a region's too ("in Poland"): local news names its towns so
 *    without their state.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { GIVEN_NAMES, NON_PLACES } from '../lexicon/lexicon';
import { withSingleParticles } from '../text/particles';
import type { NameMatch } from '../match/find-names';

/** The common words, also with any single particle written onto them ("وان", "فيوم"). */
const COMMON_WORDS: ReadonlySet<string> = new Set([...NON_PLACES.commonWords].flatMap(withSingleParticles));

/** Towns this large are known well enough to be named without their country. */
export const PROMINENT_POPULATION = 100_000;
/** Towns this large are trusted even behind the particle ف. */
const MAJOR_POPULATION = 1_000_000;

/** Whether a code unit is of the Arabic block, as a key's first letter says its script. */
const isArabicLetter = (code: number) => code >= 0x0600 && code <= 0x06ff;

export interface SupportContext {
  settlementCue: boolean;
  /** A preposition or place noun right before the name ("في", "إلى", "شمال"). */
  governed: boolean;
  /** An English preposition of place right before the name ("in Pineville"): rule 7. */
  placedInEnglish?: boolean;
  focusCountries: ReadonlySet<string>;
  /** Towns known well enough whatever their size: those named in facility rules (Tartus, Latakia). */
  knownTowns: ReadonlySet<string>;
  needsCue: ReadonlySet<string>;
  nisbas: ReadonlyMap<string, string>;
  /** True when another name of the article may be a place within NEAR_KM of `entry` (rule 3). */
  nearAnotherPlace?: (entry: GazetteerEntry) => boolean;
  /** The small towns (gazetteer/small-towns.json), read only by rule 6. */
  smallTowns?: ReadonlySet<string>;
}

/**
 * Whether a name is read in Arabic as small towns alone (rule 6): such names are mostly ordinary words
 * ("الجمعة" Friday, "المصدر" the source, "البلاد" the country), so one not taken is not reported either.
 */
export function arabicSmallTownsOnly(match: NameMatch, smallTowns: ReadonlySet<string>): boolean {
  return isArabicLetter(match.key.charCodeAt(0)) && match.records.every((r) => smallTowns.has(r.entry.id));
}

/** Null when the town is supported, else why it is not taken. Countries, regions and curated places pass. */
export function settlementDoubt(
  entry: GazetteerEntry,
  match: NameMatch,
  context: SupportContext,
): string | null {
  if (entry.kind !== 'settlement' || entry.population === undefined || context.settlementCue) return null;
  const population = entry.population;
  const inFocus = entry.iso2 !== null && context.focusCountries.has(entry.iso2);
  // Written only for a town turned away: most are taken, and their reason is never read.
  const where = () => `${entry.name.en}, ${entry.iso2 ?? '?'}`;
  if ((match.particle === 'ف' || match.particle === 'ك') && population < MAJOR_POPULATION)
    return `read as ${match.particle} + a word, not the town ${where()}`;
  if (match.way === 'run-together' && population < PROMINENT_POPULATION)
    return `read inside a longer word, not the small town ${where()}`;
  const arabic = isArabicLetter(match.key.charCodeAt(0));
  if (arabic && COMMON_WORDS.has(match.key)) return `a common word here, not the town ${where()}`;
  const ambiguous = context.needsCue.has(entry.id) || context.nisbas.has(match.key);
  if (arabic && ambiguous) {
    return context.governed && inFocus
      ? null
      : `the name of ${where()} is also a common word; no "city of" before it`;
  }
  if (
    !arabic &&
    context.placedInEnglish &&
    !ambiguous &&
    !GIVEN_NAMES.has(match.key) &&
    match.records.every((r) => r.entry.kind === 'settlement')
  )
    return null;
  if (context.smallTowns?.has(entry.id)) {
    if (arabic) return `small town (${where()}) not named as a town ("قرية", "بلدة")`;
    return context.nearAnotherPlace?.(entry)
      ? null
      : `small town (${where()}) with no other place of the article near it`;
  }
  if (population >= PROMINENT_POPULATION || inFocus || context.knownTowns.has(entry.id)) return null;
  if (context.nearAnotherPlace?.(entry)) return null;
  return `small town (${where()}) in a country the article does not name`;
}
