/**
 * Turns Natural Earth's first-level divisions (states, provinces, governorates, krais…) into gazetteer
 * entries of kind `region`, and adds the continents of the curation file.
 *
 * A division is always named with its division word ("South Darfur State", "ولاية جنوب دارفور",
 * "Krasnodar Krai", "محافظة إدلب"); its bare name ("Texas", "جنوب دارفور") is a name of it only when no
 * other place of the gazetteer has that name (a bare "Aleppo" stays the city), when it is no common word or
 * given name, when no other division shares it, and when it is not made of generic words alone
 * ("Central", "الشمالية").
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { foldArabic, hasArabicLetter } from './arabic-fold';
import type { DivisionsCuration } from './curation';
import { planeKm } from '../resolve/qualified-name';
import { kebabId } from './kebab-id';
import { roundLngLat } from './round-lng-lat';

/** The properties of a Natural Earth admin-1 feature the import reads. */
export interface DivisionFeature {
  iso_a2: string;
  name_en: string;
  name_ar: string;
  type_en: string;
  latitude: number;
  longitude: number;
  adm1_code: string;
  /** Natural Earth's rank of the division on a map, 0 (Texas) to 11: the lower, the better known. */
  scalerank: number;
}

export interface DivisionContext {
  curation: DivisionsCuration;
  /** Names (folded) of the entries already in the gazetteer: a division never takes them bare. */
  takenNames: ReadonlySet<string>;
  /** Ids already in the gazetteer. */
  takenIds: ReadonlySet<string>;
  /** Common words and given names (folded): never a division's bare name. */
  commonWords: ReadonlySet<string>;
  /**
   * Names (folded) only countries and towns smaller than `bareAmongNamesakes.maxTownPopulation` have: in
   * the countries of `bareAmongNamesakes`, a division takes them bare all the same ("Georgia", "Florida").
   */
  yieldingNames?: ReadonlySet<string>;
  /**
   * Towns kept under their English name alone (no Arabic name known), by "<iso2> <folded name>", with
   * their points, for the names no other place has: such towns yield their name to a division of their
   * country whose point lies within SAME_PLACE_KM of each, the same place (Ceuta, Hungary's urban
   * counties), which the division names in both languages.
   */
  englishOnlyTowns?: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** The source string, `{code}` standing for Natural Earth's adm1_code of the division. */
  source: string;
}

const MIN_BARE_LETTERS = 4;
/** A town and a division of one name and country whose points lie this near are one place. */
export const SAME_PLACE_KM = 5;
/** Short Arabic names and names with the article are mostly ordinary words ("صباح" morning, "البحرية" naval). */
const MIN_BARE_ARABIC_LETTERS = 5;
const ARTICLE = /^(ال|وال)/;

function wordsFor(curation: DivisionsCuration, type: string): { en: string[]; ar: string[] } {
  return curation.divisionWords.types.find((t) => t.type === type) ?? curation.divisionWords.default;
}

/** The Arabic name without a leading division word: "ولاية جنوب دارفور" → "جنوب دارفور". */
export function bareArabic(
  name: string,
  prefixes: readonly string[],
  suffixes: readonly string[] = [],
): string {
  let words = name.trim().split(/\s+/);
  if (words.length > 1 && prefixes.includes(words[0]!)) words = words.slice(1);
  if (words.length > 1 && suffixes.includes(words[words.length - 1]!)) words = words.slice(0, -1);
  return words.join(' ');
}

/** The English name without a trailing division word: "Krasnodar Krai" → "Krasnodar". */
export function bareEnglish(name: string, suffixes: readonly string[]): string {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  return words.length > 1 && suffixes.some((s) => s.toLowerCase() === last.toLowerCase())
    ? words.slice(0, -1).join(' ')
    : name.trim();
}

function isGeneric(name: string, generic: ReadonlySet<string>): boolean {
  return name.split(/[\s-]+/).every((word) => generic.has(foldArabic(word)));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

export function buildDivisions(
  features: readonly DivisionFeature[],
  context: DivisionContext,
): GazetteerEntry[] {
  const { curation, takenNames, commonWords } = context;
  const skipped = new Set(curation.skipCountries.countries.map((c) => c.iso2));
  const genericEn = new Set(curation.genericWords.en.map(foldArabic));
  const genericAr = new Set(curation.genericWords.ar.map(foldArabic));
  const prefixes = curation.divisionWords.arabicPrefixes;
  const allSuffixes = unique([
    ...curation.divisionWords.default.en,
    ...curation.divisionWords.types.flatMap((t) => t.en),
  ]);
  // Natural Earth's Arabic names corrected, and the divisions news names bare by their Arabic name.
  const arabicNames = new Map(curation.arabicNames.divisions.map((d) => [d.adm1, d]));
  const kept = features
    .map((f) => {
      const corrected = arabicNames.get(f.adm1_code);
      return corrected ? { ...f, name_ar: corrected.ar } : f;
    })
    .filter((f) => /^[A-Z]{2}$/.test(f.iso_a2) && !skipped.has(f.iso_a2))
    .filter((f) => f.name_en.trim() !== '' && hasArabicLetter(f.name_ar))
    .map((f) => ({
      feature: f,
      en: bareEnglish(f.name_en, allSuffixes),
      ar: bareArabic(f.name_ar, prefixes, curation.divisionWords.arabicSuffixes),
    }));
  const count = new Map<string, number>();
  for (const k of kept)
    for (const name of new Set([foldArabic(k.en), foldArabic(k.ar)])) {
      count.set(name, (count.get(name) ?? 0) + 1);
      count.set(`${k.feature.iso_a2} ${name}`, (count.get(`${k.feature.iso_a2} ${name}`) ?? 0) + 1);
    }
  const amongNamesakes = new Set(curation.bareAmongNamesakes.countries.map((c) => c.iso2));
  const yielding = context.yieldingNames ?? new Set<string>();
  const englishOnly = context.englishOnlyTowns ?? new Map<string, readonly (readonly [number, number])[]>();
  /** Whether a town kept under its English name alone is this division, by name, country and point. */
  const sameTown = (folded: string, f?: DivisionFeature) =>
    f !== undefined &&
    englishOnly.has(`${f.iso_a2} ${folded}`) &&
    englishOnly
      .get(`${f.iso_a2} ${folded}`)!
      .every((p) => planeKm(p as [number, number], [f.longitude, f.latitude]) <= SAME_PLACE_KM);
  /** Whether `name` is free for a division of `iso2`: no other place has it, or only yielding ones. */
  const freeFor = (name: string, iso2: string | null, f?: DivisionFeature) => {
    const folded = foldArabic(name);
    return (
      !takenNames.has(folded) ||
      (iso2 !== null && amongNamesakes.has(iso2) && yielding.has(folded)) ||
      sameTown(folded, f)
    );
  };
  const bareOk = (
    name: string,
    generic: ReadonlySet<string>,
    iso2: string | null = null,
    f?: DivisionFeature,
  ) => {
    const folded = foldArabic(name);
    return (
      folded.replace(/\s/g, '').length >= MIN_BARE_LETTERS &&
      // In bareAmongNamesakes' countries, a name other countries' divisions share too ("Florida", Uruguay's).
      (count.get(folded) === 1 ||
        (iso2 !== null && amongNamesakes.has(iso2) && count.get(`${iso2} ${folded}`) === 1)) &&
      freeFor(name, iso2, f) &&
      !commonWords.has(folded) &&
      !isGeneric(name, generic)
    );
  };
  /** A phrase another place already has ("Bandundu province" for a town) stays that place's. */
  const free = (name: string) => !takenNames.has(foldArabic(name));
  const ids = new Set(context.takenIds);
  const entries: GazetteerEntry[] = [];
  for (const { feature: f, en, ar } of [...kept].sort((a, b) =>
    a.feature.adm1_code.localeCompare(b.feature.adm1_code),
  )) {
    const words = wordsFor(curation, f.type_en);
    // Lower-case division words: the matcher takes "South Darfur State" for the alias "South Darfur state".
    const enPhrases = unique([...words.en.map((w) => `${en} ${w.toLowerCase()}`), f.name_en.trim()]);
    const arPhrases = unique([...words.ar.map((w) => `${w} ${ar}`), f.name_ar.trim()]);
    // A name that does not start with a plain capital ("Štore", "Île…") escapes the matcher's case check once
    // folded ("store"): it is named with its division word only.
    const enBare = /^[A-Z]/.test(en) && bareOk(en, genericEn, f.iso_a2, f);
    // One Arabic word is often an ordinary word too ("سورين"): alone, only the well-known divisions.
    const corrected = arabicNames.get(f.adm1_code);
    const arBare =
      (corrected?.bare === true && free(ar)) ||
      (bareOk(ar, genericAr) &&
        !ARTICLE.test(ar) &&
        foldArabic(ar).replace(/\s/g, '').length >= MIN_BARE_ARABIC_LETTERS &&
        (ar.includes(' ') || f.scalerank <= curation.arabicOneWord.maxScalerank));
    const typeWord = words.en[0]!;
    const nameEn = enBare ? en : f.name_en.trim() !== en ? f.name_en.trim() : `${en} ${typeWord}`;
    const nameAr = arBare ? ar : f.name_ar.trim() !== ar ? f.name_ar.trim() : arPhrases[0]!;
    // The division is already in the gazetteer under that name (curated Hatay, a territory that is a country).
    if (!(enBare ? freeFor(nameEn, f.iso_a2, f) : free(nameEn)) || !free(nameAr)) continue;
    let id = kebabId(`${en} ${f.type_en.split('|')[0] || 'division'}`);
    if (ids.has(id)) id = `${id}-${f.iso_a2.toLowerCase()}`;
    if (ids.has(id)) id = `${id}-${kebabId(f.adm1_code)}`;
    ids.add(id);
    entries.push({
      id,
      kind: 'region',
      iso2: f.iso_a2,
      name: { ar: nameAr, en: nameEn },
      aliases: {
        ar: unique([...arPhrases, ...(corrected?.aliasesAr ?? [])]).filter(
          (a) => a !== nameAr && a !== ar && free(a),
        ),
        en: enPhrases.filter((a) => a.toLowerCase() !== nameEn.toLowerCase() && a !== en && free(a)),
      },
      lngLat: roundLngLat(f.longitude, f.latitude),
      source: context.source.replace('{code}', f.adm1_code),
    });
  }
  for (const c of curation.continents.continents)
    if (!ids.has(c.id))
      entries.push({
        id: c.id,
        kind: 'region',
        iso2: null,
        name: { ar: c.ar, en: c.en },
        aliases: { ar: c.aliasesAr, en: c.aliasesEn },
        lngLat: c.lngLat,
        source: c.source,
      });
  return entries;
}
