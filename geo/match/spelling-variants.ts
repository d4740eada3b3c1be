/**
 * The other spellings Arabic writers give a foreign place's name: the g of "Hong Kong" is غ in the Levant,
 * ج in Egypt, ك in Iraq ("هونغ كونغ", "هونج كونج"; "إنجلترا", "إنكلترا"). The letters are data
 * (lexicon/spelling-variants.json); a spelling that is already some place's name, a common word, an
 * adjective of nationality, a given name or a single word shorter than MIN_VARIANT_LETTERS ("أجرى",
 * conducted, would be Ağrı) is not added, so a variant
 * never takes a name from another place.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { normalizeName } from '../letters/normalize';
import { NON_PLACES, PEOPLE, SPELLING_VARIANTS } from '../lexicon/lexicon';

/** Shorter one-word spellings are too often some Arabic word. */
const MIN_VARIANT_LETTERS = 5;
const ARABIC_LETTER = /[\u0600-\u06ff]/;

/**
 * The normalised spellings one name gives, the name's own excluded: each letter of a group swapped
 * everywhere, then one long vowel left out at a time (of the name and of each swapped spelling).
 */
export function spellingsOf(name: string): string[] {
  const key = normalizeName(name);
  const swapped = new Set<string>([key]);
  for (const group of SPELLING_VARIANTS.foreignLetters.groups)
    for (const from of group.from) {
      if (!key.includes(from)) continue;
      for (const to of group.letters) if (to !== from) swapped.add(key.replaceAll(from, to));
    }
  const found = new Set(swapped);
  for (const spelling of swapped) for (const shorter of withoutALongVowel(spelling)) found.add(shorter);
  found.delete(key);
  return [...found];
}

/** `key` less one long vowel, for each one inside a word (not a word's first or last letter, nor its article's). */
function withoutALongVowel(key: string): string[] {
  const { letters, minLetters } = SPELLING_VARIANTS.longVowels;
  const out: string[] = [];
  let wordStart = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (c === ' ') wordStart = i + 1;
    const article = key.startsWith('ال', wordStart) && i === wordStart + 1;
    const last = i + 1 === key.length || key[i + 1] === ' ';
    if (i === wordStart || last || article || !letters.includes(c)) continue;
    const shorter = key.slice(0, i) + key.slice(i + 1);
    if (shorter.replace(/^ال/, '').replaceAll(' ', '').length >= minLetters) out.push(shorter);
  }
  return out;
}

/**
 * Extra Arabic names by entry id, for the places of `entries` outside the Arabic-speaking countries
 * (a country or a region spanning several counts as foreign unless its code says otherwise).
 */
export function spellingVariants(
  entries: readonly GazetteerEntry[],
  nisbas: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const taken = new Set<string>();
  for (const entry of entries)
    for (const name of [entry.name.ar, ...entry.aliases.ar]) taken.add(normalizeName(name));
  const variants = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.iso2 !== null && SPELLING_VARIANTS.arabicSpeaking.codes.has(entry.iso2)) continue;
    const names = [entry.name.ar, ...entry.aliases.ar].filter((n) => ARABIC_LETTER.test(n));
    const extra = names
      .flatMap(spellingsOf)
      .filter(
        (s) =>
          !taken.has(s) &&
          !NON_PLACES.commonWords.has(s) &&
          !nisbas.has(s) &&
          !PEOPLE.markers.has(s) &&
          !PEOPLE.givenNamesAlsoPlaces.has(s) &&
          (s.includes(' ') || s.replace(/^ال/, '').length >= MIN_VARIANT_LETTERS),
      );
    if (extra.length > 0) variants.set(entry.id, [...new Set(extra)]);
  }
  return variants;
}
