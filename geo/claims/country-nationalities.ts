/**
 * Nationalities for the countries the claims lexicon does not list (lexicon/claims/sources.json lists
 * the theatres' own with their irregular forms): "وزارة الدفاع التايوانية" speaks for Taiwan. Arabic makes
 * the adjective of a one-word country name by a rule (the nisba: "إثيوبيا" → "إثيوبي", "الصومال" →
 * "الصومالي"), so its stem is the one the geoparser reads nisbas with (match/nisbas.ts), from the
 * gazetteer's Arabic name. English adjectives are not regular and are not derived; an English possessive
 * ("Kenya's defence ministry") speaks through the country's own mention.
 */
import type { Nationality } from '../lexicon/claims-schema';
import { nisbaStem } from '../match/nisbas';

interface Country {
  id: string;
  iso2: string;
  name: { ar: string; en: string };
}

/** Shorter stems are common words with a nisba ending ("مالي" is also "financial"). */
const MIN_STEM = 3;

/** By stem, the nationality of each country whose state and stem the lexicon's nationalities leave free. */
export function deriveNationalities(
  countries: readonly Country[],
  listed: readonly Nationality[],
): Map<string, Nationality> {
  const listedParties = new Set(listed.map((n) => n.party));
  const listedStems = new Set(listed.flatMap((n) => [...n.arabicStems]));
  const byStem = new Map<string, Nationality>();
  for (const country of countries) {
    const stem = nisbaStem(country.name.ar);
    if (listedParties.has(country.iso2) || stem === null || stem.length < MIN_STEM) continue;
    if (listedStems.has(stem) || byStem.has(stem)) continue;
    byStem.set(stem, {
      key: country.id,
      party: country.iso2,
      government: country.id,
      name: country.name,
      arabicStems: new Set([stem]),
      english: new Set(),
    });
  }
  return byStem;
}
