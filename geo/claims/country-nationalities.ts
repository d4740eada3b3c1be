/**
 * Nationalities for the countries the claims lexicon does not list (lexicon/claims/sources.json lists
 * the theatres' own with their irregular forms): "وزارة الدفاع التايوانية" speaks for Taiwan, "Ethiopia's
 * foreign ministry" for Ethiopia. Arabic makes the adjective of a one-word country name by a rule (the
 * nisba: "إثيوبيا" → "إثيوبي", "رواندا" → "رواندي", "الصومال" → "الصومالي"), so its stem is the one the geoparser
 * reads nisbas with (match/nisbas.ts), from the gazetteer's Arabic name; English adjectives are not regular, so only the possessive ("Lithuania's") is.
 */
import type { Nationality } from '../lexicon/claims-schema';
import { normalizeName } from '../letters/normalize';
import { nisbaStem } from '../match/nisbas';

interface Country {
  id: string;
  iso2: string;
  name: { ar: string; en: string };
}

/** Shorter stems are common words with a nisba ending ("مالي" is also "financial"). */
const MIN_STEM = 3;

export function deriveNationalities(
  countries: readonly Country[],
  listed: readonly Nationality[],
): { arabic: Map<string, Nationality>; english: Map<string, Nationality> } {
  const arabic = new Map<string, Nationality>();
  const english = new Map<string, Nationality>();
  const taken = new Set(listed.flatMap((n) => [n.party, ...n.arabicStems]));
  for (const country of countries) {
    if (taken.has(country.iso2)) continue;
    const nisba = nisbaStem(country.name.ar);
    const stem = nisba !== null && nisba.length >= MIN_STEM ? nisba : null;
    const possessive = normalizeName(country.name.en).includes(' ')
      ? null
      : `${normalizeName(country.name.en)}'s`;
    const nationality: Nationality = {
      key: country.id,
      party: country.iso2,
      government: country.id,
      name: country.name,
      arabicStems: new Set(stem ? [stem] : []),
      english: new Set(possessive ? [possessive] : []),
    };
    if (stem && !taken.has(stem) && !arabic.has(stem)) arabic.set(stem, nationality);
    if (possessive) english.set(possessive, nationality);
  }
  return { arabic, english };
}
