/**
 * Nationalities for the countries the claims lexicon does not list (lexicon/claims/sources.json lists
 * the theatres' own with their irregular forms): "وزارة الدفاع التايوانية" speaks for Taiwan, "the Sri
 * Lankan navy" for Sri Lanka, "Kenya's military" for Kenya. Arabic makes the adjective of a one-word
 * country name by a rule (the nisba: "إثيوبيا" → "إثيوبي", "الصومال" → "الصومالي"), so its stem is the one
 * the geoparser reads nisbas with (match/nisbas.ts), from the gazetteer's Arabic name. English adjectives
 * follow no rule: they are the gazetteer's table of demonyms (gazetteer/demonyms.json).
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

export interface CountryNationalities {
  /** The derived nationalities by Arabic stem, for the countries whose state and stem the lexicon leaves free. */
  byStem: Map<string, Nationality>;
  /** By English adjective, lower case, one or two words ("kenyan", "sri lankan"): the lexicon's own first. */
  byEnglish: Map<string, Nationality>;
  /** By ISO code, every country's nationality: the lexicon's when it lists one. */
  byParty: Map<string, Nationality>;
}

/** Every country's nationality, the lexicon's first; an English adjective several countries share, its namesake's. */
export function deriveNationalities(
  countries: readonly Country[],
  listed: readonly Nationality[],
  english: Readonly<Record<string, readonly string[]>>,
): CountryNationalities {
  const listedStems = new Set(listed.flatMap((n) => [...n.arabicStems]));
  const listedEnglish = new Set(listed.flatMap((n) => [...n.english]));
  const byStem = new Map<string, Nationality>();
  const byParty = new Map<string, Nationality>();
  for (const n of listed) if (n.party !== null && !byParty.has(n.party)) byParty.set(n.party, n);
  // One-word names first: "غينيا" keeps "غيني" before "غينيا بيساو" could take it.
  const ordered = [...countries].sort(
    (a, b) => Number(a.name.ar.includes(' ')) - Number(b.name.ar.includes(' ')),
  );
  for (const country of ordered) {
    if (byParty.has(country.iso2)) continue;
    const free = stemsOf(country.name.ar).filter(
      (stem) => stem.length >= MIN_STEM && !listedStems.has(stem) && !byStem.has(stem),
    );
    const nationality: Nationality = {
      key: country.id,
      party: country.iso2,
      government: country.id,
      name: country.name,
      arabicStems: new Set(free),
      english: new Set(),
    };
    byParty.set(country.iso2, nationality);
    for (const stem of free) byStem.set(stem, nationality);
  }
  const claimants = new Map<string, Nationality[]>();
  for (const [iso2, words] of Object.entries(english)) {
    const nationality = byParty.get(iso2);
    if (!nationality) continue;
    for (const word of words.map((w) => w.toLowerCase()))
      if (!listedEnglish.has(word)) claimants.set(word, [...(claimants.get(word) ?? []), nationality]);
  }
  const byEnglish = new Map<string, Nationality>();
  for (const [word, of] of claimants) {
    const chosen = of.length === 1 ? of[0] : namesake(word, of);
    if (chosen) byEnglish.set(word, chosen);
  }
  return { byStem, byEnglish, byParty };
}

/** The land suffix that the adjective of a country in -stan may drop ("أفغانستان" → "أفغاني"). */
const LAND = 'ستان';
/** Fewest letters left without it: "باكستان" keeps its "باكستاني". */
const MIN_LAND_STEM = 4;

/** The stems of a country's Arabic adjective: its nisba stem, and for a land in -stan its people's too. */
function stemsOf(name: string): string[] {
  const stem = nisbaStem(name) ?? firstWordStem(name);
  if (stem === null) return [];
  const people = stem.endsWith(LAND) ? stem.slice(0, -LAND.length) : '';
  return people.length >= MIN_LAND_STEM ? [stem, people] : [stem];
}

/**
 * The adjective of a name of two words that is no noun and adjective is made on its first word
 * ("بوركينا فاسو" → "بوركيني"); "كوريا الجنوبية", "جمهورية الكونغو" make none this way.
 */
function firstWordStem(name: string): string | null {
  const words = name.split(' ');
  if (words.length !== 2 || words[1]!.startsWith('ال') || GENERIC_FIRST.has(words[0]!)) return null;
  return nisbaStem(words[0]!);
}
/** First words of country names that name a kind of land, not the country. */
const GENERIC_FIRST = new Set([
  'جمهورية',
  'جزر',
  'جزيرة',
  'مملكة',
  'دولة',
  'إمارة',
  'جنوب',
  'شمال',
  'ساحل',
  'جبل',
  'سان',
  'سانت',
]);

/** Letters an adjective and its country's name begin with alike ("Indian", India). */
const SHARED_START = 4;

/**
 * Of the countries that share an adjective, the one whose name it is made on: "Indian" is India's, not
 * the British Indian Ocean Territory's; none when several are ("Congolese", "Dominican").
 */
function namesake(word: string, of: readonly Nationality[]): Nationality | undefined {
  const start = word.slice(0, SHARED_START);
  const made = of.filter((n) => n.name.en.toLowerCase().startsWith(start));
  return made.length === 1 ? made[0] : undefined;
}
