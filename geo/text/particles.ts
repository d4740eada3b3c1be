/**
 * The letters Arabic writes onto its words, for every reader of them: particles joined to the front of
 * the next word (و ف and, ب in or by, ك like, ل to or for, and their pairs), with ل + ال written لل
 * ("للعراق" is ل + العراق, "للاذقيه" is ل + اللاذقيه), and pronouns joined to the end ("وجودها", its
 * presence). The article ال is no particle here: gazetteer names carry it when the place's name does.
 *
 * Two ways to read them. The name matcher does not strip particles from every word of a text: the words
 * worth finding (first words of names, trigger words) are expanded once into every form a particle can
 * give them (createParticleMap), so reading a word is one map lookup, whatever the text's length. The
 * claim rules strip them from the words they read (claims/phrases.ts), with the same lists.
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

const ARABIC = /^[\u0600-\u06ff]/;

/** Puts `stem` under `written`, kept in order of letters cut, once. */
function put(map: Map<string, Stem[]>, written: string, text: string, cut: number, particle: string) {
  const list = map.get(written);
  if (!list) {
    map.set(written, [{ text, cut, particle }]);
    return;
  }
  if (list.some((s) => s.text === text && s.cut === cut)) return;
  const at = list.findIndex((s) => s.cut > cut);
  list.splice(at < 0 ? list.length : at, 0, { text, cut, particle });
}

/** Puts the written forms of `word` with its particles into `map`, the bare word first. */
function putParticleForms(map: Map<string, Stem[]>, word: string, minStem: number) {
  put(map, word, word, 0, '');
  if (!ARABIC.test(word)) return;
  if (word.length >= minStem) for (const p of ATTACHED_PARTICLES) put(map, p + word, word, p.length, p);
  if (!word.startsWith('ال')) return;
  for (const p of ['', ...CONJUNCTIONS]) {
    const particle = p + 'ل';
    const cut = p.length + 1;
    // "العراق" → "للعراق": the alef of the article gives way to the ل.
    put(map, particle + word.slice(1), word, cut, particle);
    // "اللاذقيه" → "للاذقيه": with a name that itself begins with ل, one ل of three is written.
    if (word.startsWith('لل', 1)) put(map, particle + word.slice(2), word, cut, particle);
  }
}

/** Written word → the words it may stand for, fewest particle letters first. */
export type ParticleMap = ReadonlyMap<string, readonly Stem[]>;

/**
 * Builds the map of every written form of `words`, into `into` when given (one map for lists that take
 * particles differently). A particle attaches only to words of `minStem` letters or more, so that "ولا"
 * is not و + a two-letter name; the first word of a longer name may be shorter ("وتل أبيب"), as the
 * words after it confirm the reading.
 */
export function createParticleMap(
  words: Iterable<string>,
  minStem = MIN_STEM_LENGTH,
  into: Map<string, Stem[]> = new Map(),
): Map<string, Stem[]> {
  for (const word of words) putParticleForms(into, word, minStem);
  return into;
}

const NO_STEMS: readonly Stem[] = [];

/** The readings of a written word that stand for one of the map's words. */
export function readingsOf(written: string, map: ParticleMap): readonly Stem[] {
  return map.get(written) ?? NO_STEMS;
}
