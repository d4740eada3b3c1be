/**
 * Towns the gazetteer knows only by their Latin name, found in Arabic text. GeoNames gives most small
 * towns of Africa, Europe and Asia no Arabic name, and Arabic news writes them as they sound: Mora is
 * "مورا", Birao "بيراو", Ndélé "نديلي". A word is read as such a town only where the text says it is one
 * ("بلدة مورا", "مدينة بيراو": a naming cue before it) and the town lies in one of the article's
 * countries; its letters are then compared with the town's Latin name, sound by sound
 * (lexicon/latin-letters.json): every consonant of the name written, every vowel Arabic writes found in
 * the name, short vowels and a silent h free to be left out. Once a word has named a town so, the article
 * may name it again bare ("من بانغي إلى بيراو"), with its particles.
 *
 * Names are looked up by their consonant skeleton (k, g, j, s, z and sh one letter there, h and vowels
 * left out), then compared in full: a few comparisons a word, whatever the gazetteer's size.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { LATIN_LETTERS } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { sameClause } from '../text/tokens';
import { createParticleMap, readingsOf } from '../text/particles';
import type { NameMatch } from './find-names';
import type { NameRecord } from './name-index';

const FILE = 'geo/lexicon/latin-letters.json';

/** The sounds one Latin letter or group may be written with in Arabic; '' when it may be left out. */
type Sounds = readonly string[];

/** One Arabic letter as read: the sounds it may write, and whether a transliteration may lack it. */
interface Letter {
  sounds: readonly string[];
  optional: boolean;
}

/** The classes the skeleton does not tell apart (the sounds of one Latin letter), and those it leaves out. */
const SKELETON_CLASS: Readonly<Record<string, string>> = {
  k: 'k',
  g: 'k',
  j: 'k',
  s: 'k',
  z: 'k',
  c: 'k',
  h: '',
  a: '',
  i: '',
  u: '',
};

/** The consonant skeleton of a run of sounds: "mura" → "mr", "guza" → "kk". */
function skeletonOf(sounds: string): string {
  let out = '';
  for (const sound of sounds) out += SKELETON_CLASS[sound] ?? sound;
  return out;
}

const GROUPS = [...LATIN_LETTERS.latin.groups].sort((a, b) => b.letters.length - a.letters.length);
for (const { letters, sounds } of GROUPS)
  if (new Set(sounds.map(skeletonOf)).size > 1)
    throw new Error(`${FILE}: "${letters}": its sounds ${JSON.stringify(sounds)} differ in their skeleton`);
/** The groups by their first letter, longest first: a letter is read in a lookup and a few comparisons. */
const GROUPS_BY_INITIAL = new Map<string, typeof GROUPS>();
for (const group of GROUPS) {
  const initial = group.letters.charAt(0);
  GROUPS_BY_INITIAL.set(initial, [...(GROUPS_BY_INITIAL.get(initial) ?? []), group]);
}
const ARABIC = new Map(Object.entries(LATIN_LETTERS.arabic.letters));
const ANY_VOWEL = ['a', 'i', 'u'];
const ALEF = 'ا';
const HA = 'ه';
const CARRIED = new Set(['و', 'ي']);

const NON_ASCII = /[^ -~]/;

/** A Latin name as the sounds of its letters, in order; null when it holds no letter to read. */
function latinSounds(name: string): Sounds[] | null {
  // Accents off (most names have none), lower case, letters only, a doubled letter once.
  const plain = (NON_ASCII.test(name) ? name.normalize('NFD') : name).toLowerCase();
  let letters = '';
  for (let k = 0; k < plain.length; k++) {
    const c = plain.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a && c !== letters.charCodeAt(letters.length - 1)) letters += plain.charAt(k);
  }
  if (letters === '') return null;
  const out: Sounds[] = [];
  for (let k = 0; k < letters.length;) {
    const group = GROUPS_BY_INITIAL.get(letters.charAt(k))?.find((g) => letters.startsWith(g.letters, k));
    if (group === undefined) return null;
    out.push(group.sounds);
    k += group.letters.length;
  }
  return out;
}

/** An Arabic word (normalised) as letters to compare; null when it holds a letter of no sound here. */
function arabicLetters(word: string): Letter[] | null {
  const out: Letter[] = [];
  for (let k = 0; k < word.length; k++) {
    const ch = word.charAt(k);
    // "اوديسا": an alef that opens the word before waw or ya only carries the vowel.
    if (k === 0 && ch === ALEF && CARRIED.has(word.charAt(1))) continue;
    if (k === 0 && ch === ALEF) out.push({ sounds: ['a'], optional: true });
    else if (k === word.length - 1 && ch === HA) out.push({ sounds: ['a', 'h'], optional: false });
    else {
      const sound = ARABIC.get(ch);
      if (sound === undefined) return null;
      out.push(sound === '' ? { sounds: ANY_VOWEL, optional: true } : { sounds: [sound], optional: false });
    }
  }
  return out;
}

function arabicSkeleton(letters: readonly Letter[]): string {
  return skeletonOf(letters.map((l) => (l.optional ? '' : l.sounds[0]!)).join(''));
}

/** Whether `arabic` writes the sounds of `latin`: every Arabic letter read, every Latin sound written or free. */
function writes(latin: readonly Sounds[], arabic: readonly Letter[]): boolean {
  // reach[j]: the Arabic letters before j are read by the Latin sounds so far.
  let reach = new Uint8Array(arabic.length + 1);
  reach[0] = 1;
  const skipOptional = (r: Uint8Array) => {
    for (let j = 0; j < arabic.length; j++) if (r[j] && arabic[j]!.optional) r[j + 1] = 1;
  };
  skipOptional(reach);
  for (const sounds of latin) {
    const next = new Uint8Array(arabic.length + 1);
    for (let j = 0; j <= arabic.length; j++) {
      if (!reach[j]) continue;
      for (const sound of sounds) {
        if (sound === '') {
          next[j] = 1;
          continue;
        }
        let k = 0;
        while (k < sound.length && j + k < arabic.length && arabic[j + k]!.sounds.includes(sound[k]!)) k++;
        if (k === sound.length) next[j + k] = 1;
      }
    }
    skipOptional(next);
    reach = next;
  }
  return reach[arabic.length] === 1;
}

interface LatinName<E> {
  record: NameRecord<E>;
  sounds: Sounds[];
}

/** The towns known only by their Latin names, by the skeleton of each name. */
export type TransliterationIndex<E = GazetteerEntry> = ReadonlyMap<string, readonly LatinName<E>[]>;

const ARABIC_LETTER = /[\u0600-\u06ff]/;

const INDEXES = new WeakMap<readonly GazetteerEntry[], TransliterationIndex>();

/**
 * The index of the towns among `entries` that have no Arabic name, by each of their Latin names: made the
 * first time an article needs it (some tens of milliseconds), once for each list of entries.
 */
export function transliterationIndexOf(entries: readonly GazetteerEntry[]): TransliterationIndex {
  let index = INDEXES.get(entries);
  if (index === undefined) INDEXES.set(entries, (index = createTransliterationIndex(entries)));
  return index;
}

function createTransliterationIndex(entries: readonly GazetteerEntry[]): TransliterationIndex {
  const index = new Map<string, LatinName<GazetteerEntry>[]>();
  for (const entry of entries) {
    if (entry.kind !== 'settlement') continue;
    if (ARABIC_LETTER.test(entry.name.ar) || entry.aliases.ar.some((a) => ARABIC_LETTER.test(a))) continue;
    for (const alias of new Set([entry.name.en, ...entry.aliases.en])) {
      const sounds = latinSounds(alias);
      if (sounds === null) continue;
      const key = skeletonOf(sounds.map((s) => s[0]!).join(''));
      if (key.length < MIN_CONSONANTS) continue;
      const record = { entry, alias, spellings: [alias], primary: alias === entry.name.en };
      const list = index.get(key);
      if (list) list.push({ record, sounds });
      else index.set(key, [{ record, sounds }]);
    }
  }
  return index;
}

/** Fewer consonants than this match too many names. */
const MIN_CONSONANTS = 2;
/** Fewer letters than this make too many Arabic words. */
const MIN_LETTERS = 4;
/** Most words a town's name may have here. */
const MAX_WORDS = 2;

/**
 * Whether a word may be a foreign name at all: Arabic words and Arabic names begin with the article
 * ("البلدة") or end in ta marbuta or a pronoun ("حدودية", "الحدودية"), which foreign names written in
 * Arabic do not; the names of Arabic-speaking places have their Arabic names in the gazetteer already.
 */
function mayBeForeign(word: string): boolean {
  return (
    word.length >= MIN_LETTERS && !word.startsWith('ال') && !word.endsWith(HA) && ARABIC_LETTER.test(word)
  );
}

/** The records of the towns `words` (normalised, joined) may write, among those `keep` lets through. */
function townsWritten<E>(
  words: string,
  index: TransliterationIndex<E>,
  keep: (entry: E) => boolean,
): NameRecord<E>[] {
  const letters = arabicLetters(words);
  if (letters === null) return [];
  const list = index.get(arabicSkeleton(letters));
  if (list === undefined) return [];
  const found = new Set<E>();
  const records: NameRecord<E>[] = [];
  for (const { record, sounds } of list)
    if (!found.has(record.entry) && keep(record.entry) && writes(sounds, letters)) {
      found.add(record.entry);
      records.push(record);
    }
  return records;
}

/**
 * The towns named in Arabic by a transliteration of their Latin name, in text order: after a naming cue
 * (`cueBefore(i)`: token i - 1 is one) where no other name begins, and then every other word of the
 * article that writes the same, with or without its particles. `taken(i)` says token i is part of a name
 * already found; `keep` which towns the article may mean (those of its countries).
 */
export function transliteratedTowns<E>(
  normalized: string,
  tokens: readonly Token[],
  index: TransliterationIndex<E>,
  cueBefore: (i: number) => boolean,
  taken: (i: number) => boolean,
  keep: (entry: E) => boolean,
): NameMatch<E>[] {
  const named = new Map<string, NameRecord<E>[]>();
  const found: NameMatch<E>[] = [];
  const at = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    if (!cueBefore(i) || !mayBeForeign(tokens[i]!.text) || taken(i)) continue;
    // The longest reading first: a town of two words ("بيتش هيل"), then of one.
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (
        words.some((t, k) => k > 0 && (taken(i + k) || !sameClause(normalized, words[k - 1]!.end, t.start)))
      )
        continue;
      const key = words.map((t) => t.text).join(' ');
      const records = townsWritten(key.replace(/ /g, ''), index, keep);
      if (records.length === 0) continue;
      named.set(key, records);
      found.push(matchOf(tokens, i, n, key, records, 0, ''));
      at.add(i);
      break;
    }
  }
  if (named.size === 0) return found;
  // Named again, bare or with particles: "إلى بيراو", "وبيراو".
  const oneWord = [...named.keys()].filter((k) => !k.includes(' '));
  const words = createParticleMap(oneWord);
  for (let i = 0; i < tokens.length; i++) {
    if (at.has(i)) continue;
    const [stem] = readingsOf(tokens[i]!.text, words);
    if (stem === undefined || taken(i)) continue;
    found.push(matchOf(tokens, i, 1, stem.text, named.get(stem.text)!, stem.cut, stem.particle));
  }
  return found.sort((a, b) => a.start - b.start);
}

function matchOf<E>(
  tokens: readonly Token[],
  i: number,
  n: number,
  key: string,
  records: NameRecord<E>[],
  cut: number,
  particle: string,
): NameMatch<E> {
  return {
    start: tokens[i]!.start + cut,
    end: tokens[i + n - 1]!.end,
    firstToken: i,
    endToken: i + n,
    key,
    records,
    way: 'arabic-letters',
    particle,
  };
}
