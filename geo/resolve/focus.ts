/**
 * The countries an article is about: those it names, those whose nationality adjective it uses
 * ("القوات الروسية" speaks of Russia even when "روسيا" never appears) and those of the divisions and
 * regions it names ("Texas"). They decide between towns of one
 * name and let small towns of those countries be named without "city of".
 */
import type { NameMatch } from '../match/find-names';
import type { Token } from '../text/tokens';

/** An adjective counts half a name: "الروسي" says less about the article than "روسيا". */
const ADJECTIVE_WEIGHT = 0.5;
/** So does a division or region of one country: "Texas" speaks of the United States. */
const REGION_WEIGHT = 0.5;

/** The article's countries: every one, most mentioned first, and those it names by a name of their own. */
export interface FocusCountries {
  /** Country codes, most mentioned first. */
  order: string[];
  /**
   * The countries named by their name or one of their divisions, not only by an adjective: "American"
   * says who acts, seldom where, so it does not make "لبنان" a small town of Tennessee.
   */
  byName: ReadonlySet<string>;
}

/** Towns this large may be what a country's name means ("عمان", Amman): the name is not sure then. */
const TOWN_AS_COUNTRY = 100_000;

/**
 * The one country among a name's records when the others are towns too small to be meant by it, and
 * known by their English name alone (kept for English articles, seldom news beyond their country).
 */
function sureCountry(match: NameMatch): NameMatch['records'][number] | undefined {
  const countries = match.records.filter((r) => r.entry.kind === 'country');
  const others = match.records.filter((r) => r.entry.kind !== 'country');
  const small = others.every(
    (r) =>
      r.entry.kind === 'settlement' &&
      (r.entry.population ?? 0) < TOWN_AS_COUNTRY &&
      r.entry.name.ar === r.entry.name.en,
  );
  return countries.length === 1 && small ? countries[0] : undefined;
}

/** The article's countries. `adjectives` maps each adjective of nationality, in either language, to its country. */
export function focusCountries(
  matches: readonly NameMatch[],
  tokens: readonly Token[],
  adjectives: ReadonlyMap<string, string>,
): FocusCountries {
  const counts = new Map<string, number>();
  const byName = new Set<string>();
  const add = (iso2: string, weight: number) => counts.set(iso2, (counts.get(iso2) ?? 0) + weight);
  for (const m of matches) {
    // "عمان" (Oman or Amman) says nothing about Oman until it is resolved: only sure names count.
    const [only] = m.records;
    if (m.records.length !== 1 || !only!.entry.iso2) continue;
    if (only!.entry.kind === 'country') add(only!.entry.iso2, 1);
    else if (only!.entry.kind === 'region') add(only!.entry.iso2, REGION_WEIGHT);
    else continue;
    byName.add(only!.entry.iso2);
  }
  // By index: this loop reads every word of the text.
  for (let i = 0; i < tokens.length; i++) {
    const iso2 = adjectives.get(tokens[i]!.text);
    if (iso2) add(iso2, ADJECTIVE_WEIGHT);
  }
  // A country's name that only small towns of other countries share ("Mali", a town of China) names the
  // country: no such town outweighs it unless the article is about the town's country ("Lebanon" in a
  // story from Tennessee stays open to the town).
  const named = new Set(counts.keys());
  for (const m of matches) {
    const country = sureCountry(m);
    if (!country?.entry.iso2) continue;
    if (m.records.some((r) => r !== country && r.entry.iso2 !== null && named.has(r.entry.iso2))) continue;
    add(country.entry.iso2, 1);
    byName.add(country.entry.iso2);
  }
  return { order: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([iso2]) => iso2), byName };
}
