/**
 * The letters Arabic writes onto its words, for every reader of them: particles joined to the front of
 * the next word (و ف and, ب in or by, ك like, ل to or for, and their pairs), with ل + ال written لل
 * ("للعراق" is ل + العراق, "للاذقيه" is ل + اللاذقيه), and pronouns joined to the end ("وجودها", its
 * presence). The article ال is no particle here: gazetteer names carry it when the place's name does.
 *
 * Two ways to read them. The name matcher reads a written word against the words worth finding (first
 * words of names, trigger words, createParticleMap): the word bare, then less each particle it begins
 * with, a few lookups in a map that holds each word once. The claim rules strip them from the words they
 * read (claims/phrases.ts), with the same lists.
 */

/** Particles written joined to the next word, pairs first, in normalised letters. */
export const ATTACHED_PARTICLES = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ك', 'ل'] as const;

/** The particles a verb takes: and, so ("كيري" is no ك + "يرى"). */
export const CONJUNCTIONS = ['و', 'ف'] as const;

/**
 * Pronouns written onto the end of a word: her/its, their, their two, our. Not "ه" (his): normalised, it
 * is also the ta marbuta of every feminine word, and "مدرجة" (listed) is no "مدرج" (runway).
 */
export const PRONOUN_SUFFIXES = ['هما', 'هم', 'ها', 'نا'] as const;

/** A stem left after stripping particles must keep at least this many letters. */
export const MIN_STEM_LENGTH = 3;

const SINGLE_PARTICLES = ATTACHED_PARTICLES.filter((p) => p.length === 1);
const LEADING_CONJUNCTION = new RegExp(`^[${CONJUNCTIONS.join('')}]`);

/** `word` and `word` after each single particle ("امس", "وامس", "بامس"…), whatever its length. */
export function withSingleParticles(word: string): string[] {
  return ['', ...SINGLE_PARTICLES].map((p) => p + word);
}

/** `text` without one leading و or ف: "وللاذقية" → "للاذقية". */
export function withoutConjunction(text: string): string {
  return text.replace(LEADING_CONJUNCTION, '');
}

/** One reading of a written word: the word it stands for, after `cut` letters of particle. */
export interface Stem {
  text: string;
  /** Normalised letters cut from the front of the written word. */
  cut: number;
  /** The letters cut, for the reason an editor reads. */
  particle: string;
}

/** The letters a particle begins with: a word that begins with none of them is read bare, in one lookup. */
const PARTICLE_INITIALS = new Uint8Array(0x10000);
for (const p of ATTACHED_PARTICLES) PARTICLE_INITIALS[p.charCodeAt(0)] = 1;
/** The particles before an article written لل ("للعراق", "وللعراق"). */
const ARTICLE_PARTICLES = ['ل', ...CONJUNCTIONS.map((c) => c + 'ل')];
const LAM = 'ل'.charCodeAt(0);

/**
 * Words → the fewest letters each must have to take a particle. Each word is kept once, bare: the
 * particles are cut from the written word when it is read, so the map costs what its words cost.
 */
export type ParticleMap = ReadonlyMap<string, number>;

/**
 * Builds the map of `words`, into `into` when given (one map for lists that take particles
 * differently). A particle attaches only to words of `minStem` letters or more, so that "ولا" is not
 * و + a two-letter name; the first word of a longer name may be shorter ("وتل أبيب"), as the words
 * after it confirm the reading. `into` is a map still being built: one already read is never changed.
 */
export function createParticleMap(
  words: Iterable<string>,
  minStem = MIN_STEM_LENGTH,
  into: Map<string, number> = new Map(),
): Map<string, number> {
  for (const word of words) {
    const known = into.get(word);
    if (known === undefined || minStem < known) into.set(word, minStem);
  }
  return into;
}

const NO_STEMS: readonly Stem[] = [];

/**
 * Particles by their length, one letter first (index 0), then two, each keyed by its letters as one
 * number (a letter's code; two letters' codes as the digits of one number in base 0x10000): the
 * particle a word begins with is found in one lookup.
 */
const byLetters = (particles: readonly string[]) =>
  [1, 2].map(
    (n) =>
      new Map(
        particles
          .filter((p) => p.length === n)
          .map((p) => [n === 1 ? p.charCodeAt(0) : p.charCodeAt(0) * 0x10000 + p.charCodeAt(1), p]),
      ),
  );
const PARTICLES_BY_LENGTH = byLetters(ATTACHED_PARTICLES);
const ARTICLE_PARTICLES_BY_LENGTH = byLetters(ARTICLE_PARTICLES);
const ARABIC_FIRST = 0x0600;
const ARABIC_LAST = 0x06ff;

/**
 * The readings of a written word that stand for one of the map's words, fewest particle letters first:
 * the word itself, then the word less each particle it begins with, and ل + ال written لل ("للعراق" is
 * ل + العراق; "للاذقيه", with a name that itself begins with ل, is ل + اللاذقيه). At most a handful of
 * lookups, whatever the map's size. No two readings share their letters cut and their word, as no two
 * particles of one length begin the same word.
 *
 * The word is `written` from `from` to `to`, a part of a longer word when a run-together word is read
 * ("واشنطنروسيا"): its letters are copied out only for a reading the outlines let through.
 */
export function readingsOf(
  written: string,
  map: ParticleMap,
  from = 0,
  to = written.length,
): readonly Stem[] {
  const outlines = outlinesOf(map);
  const length = to - from;
  const last = written.charCodeAt(to - 1);
  let found: Stem[] | null = null;
  if (hasOutline(outlines, outlineOf(written, from, to))) {
    const word = written.slice(from, to);
    if (map.has(word)) found = [{ text: word, cut: 0, particle: '' }];
  }
  const initial = written.charCodeAt(from);
  if (length < 2 || PARTICLE_INITIALS[initial] !== 1) return found ?? NO_STEMS;
  for (let cut = 1; cut <= 2 && cut < length; cut++) {
    const after = written.charCodeAt(from + cut);
    if (after < ARABIC_FIRST || after > ARABIC_LAST) break;
    // The particle of `cut` letters the word begins with: at most one, as no two of one length begin
    // the same word.
    const letters = cut === 1 ? initial : initial * 0x10000 + written.charCodeAt(from + 1);
    const particle = PARTICLES_BY_LENGTH[cut - 1]!.get(letters);
    if (particle !== undefined && hasOutline(outlines, outlineOf(written, from + cut, to))) {
      const word = written.slice(from + cut, to);
      const minStem = map.get(word);
      if (minStem !== undefined && word.length >= minStem) (found ??= []).push({ text: word, cut, particle });
    }
    // After the particle, "لعراق" is the article's ل: "العراق", or "لاذقيه" one ل of "اللاذقيه".
    if (after !== LAM) continue;
    const articleParticle = ARTICLE_PARTICLES_BY_LENGTH[cut - 1]!.get(letters);
    if (articleParticle === undefined) continue;
    const restLength = length - cut;
    const second = restLength > 1 ? written.charCodeAt(from + cut + 1) : 0;
    const alef = hasOutline(outlines, outline(ALEF, after, second, last, restLength + 1));
    const article = hasOutline(outlines, outline(ALEF, LAM, after, last, restLength + 2));
    if (!alef && !article) continue;
    const rest = written.slice(from + cut, to);
    if (alef && map.has('ا' + rest))
      (found ??= []).push({ text: 'ا' + rest, cut, particle: articleParticle });
    if (article && map.has('ال' + rest))
      (found ??= []).push({ text: 'ال' + rest, cut, particle: articleParticle });
  }
  return found ?? NO_STEMS;
}

/**
 * The outlines of a map's words, one bit each: a word's first three letters, its last and its length
 * (two letters are not enough: half the words of Arabic news begin with "ال" and share their ending and
 * length with some name). Most words of a text begin no name, and a look at this table, small enough to
 * stay in the processor's cache, turns them away where a lookup in a map of tens of thousands of words
 * would reach into memory for each. Built on a map's first reading; a map is never changed once read.
 */
const OUTLINE_BITS = 1 << 19;
/**
 * Bits of a table for each word of its map: a small map (the organisations' names, the facility
 * triggers) gets a table of its size, which stays in the nearest cache, rather than one of OUTLINE_BITS.
 */
const BITS_PER_WORD = 16;
/** Where a map keeps its outline table: on the map itself, read in one step at every word. */
const OUTLINES = Symbol('outlines');
const ALEF = 'ا'.charCodeAt(0);

function outlinesOf(map: ParticleMap): Uint8Array {
  const holder = map as ParticleMap & { [OUTLINES]?: Uint8Array };
  let table = holder[OUTLINES];
  if (table === undefined) {
    let bits = 1 << 9;
    while (bits < OUTLINE_BITS && bits < map.size * BITS_PER_WORD) bits <<= 1;
    table = new Uint8Array(bits >> 3);
    for (const word of map.keys()) setOutline(table, outlineOf(word, 0, word.length));
    holder[OUTLINES] = table;
  }
  return table;
}

/** A table of `n` bytes holds outlines modulo 8n: the bit of an outline, and whether it is set. */
const setOutline = (table: Uint8Array, hash: number) => {
  const bit = hash & ((table.length << 3) - 1);
  table[bit >> 3]! |= 1 << (bit & 7);
};
const hasOutline = (table: Uint8Array, hash: number) => {
  const bit = hash & ((table.length << 3) - 1);
  return (table[bit >> 3]! & (1 << (bit & 7))) !== 0;
};

/** The outline of the letters of `word` from `from` to `to`, read in place. */
function outlineOf(word: string, from: number, to: number): number {
  const length = to - from;
  return outline(
    word.charCodeAt(from),
    length > 1 ? word.charCodeAt(from + 1) : 0,
    length > 2 ? word.charCodeAt(from + 2) : 0,
    word.charCodeAt(to - 1),
    length,
  );
}

function outline(first: number, second: number, third: number, last: number, length: number): number {
  const h =
    Math.imul(first, 0x9e3779b1) ^
    Math.imul(second, 0x85ebca6b) ^
    Math.imul(third, 0x165667b1) ^
    Math.imul(last, 0xc2b2ae35) ^
    Math.imul(length, 0x27d4eb2f);
  return h ^ (h >>> 15);
}

/** True when the written word (from `from` on) stands for one of the map's words, bare or after particles. */
export function hasReading(written: string, map: ParticleMap, from = 0): boolean {
  return readingsOf(written, map, from).length > 0;
}
