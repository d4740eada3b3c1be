/**
 * The other spellings Arabic writers give a foreign place's name: the g of "Hong Kong" is غ in the Levant,
 * ج in Egypt, ك in Iraq ("هونغ كونغ", "هونج كونج"; "إنجلترا", "إنكلترا"); a compound's end written
 * joined or apart ("جورجتاون", "جورج تاون"). The letters are data
 * (lexicon/spelling-variants.json); a spelling that is already some place's name, a common word, an
 * adjective of nationality, a given name or a single word shorter than MIN_VARIANT_LETTERS ("أجرى",
 * conducted, would be Ağrı) is not added, so a variant
 * never takes a name from another place; but a compound written the other way is that place's name too.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { normalizeName } from '../letters/normalize';
import { NON_PLACES, PEOPLE, SPELLING_VARIANTS } from '../lexicon/lexicon';

/** Shorter one-word spellings are too often some Arabic word. */
const MIN_VARIANT_LETTERS = 5;
const ARABIC_LETTER = /[\u0600-\u06ff]/;

/** The compound endings of spelling-variants.json, normalised as names are. */
const COMPOUND_ENDINGS = SPELLING_VARIANTS.compoundEndings.endings.map(normalizeName);

/**
 * `key` with a compound's end written the other way: apart when a word ends in one ("جورجتاون" →
 * "جورج تاون", when minLetters letters stay before it), joined when one stands as a word after another
 * ("جورج تاون" → "جورجتاون").
 */
export function compoundForms(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  words.forEach((word, i) => {
    for (const end of COMPOUND_ENDINGS) {
      if (i > 0 && word === end)
        out.push([...words.slice(0, i - 1), words[i - 1]! + end, ...words.slice(i + 1)].join(' '));
      const stem = word.slice(0, -end.length);
      if (word.endsWith(end) && stem.length >= SPELLING_VARIANTS.compoundEndings.minLetters)
        out.push([...words.slice(0, i), stem, end, ...words.slice(i + 1)].join(' '));
    }
  });
  return out;
}

/**
 * The normalised spellings one name gives, the name's own excluded: its compound written the other way,
 * each letter of a group swapped everywhere, then one long vowel left out at a time (of the name and of
 * each spelling so made).
 */
export function spellingsOf(name: string): string[] {
  const key = normalizeName(name);
  const bases = [key, ...compoundForms(key)];
  const swapped = new Set<string>(bases);
  for (const base of bases)
    for (const group of SPELLING_VARIANTS.foreignLetters.groups)
      for (const from of group.from) {
        if (!base.includes(from)) continue;
        for (const to of group.letters) if (to !== from) swapped.add(base.replaceAll(from, to));
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
    // A compound written the other way is the same name, so namesakes share it ("جورجتاون", Guyana's
    // and Texas's): the reading chooses between them as between any namesakes.
    const compounds = new Set(names.flatMap((n) => compoundForms(normalizeName(n))));
    const extra = names
      .flatMap(spellingsOf)
      .filter(
        (s) =>
          (!taken.has(s) || compounds.has(s)) &&
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
