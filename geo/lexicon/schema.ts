/**
 * What a lexicon file may hold, and how it is read: every file in this folder is checked against its
 * schema when it is loaded (lexicon.ts), and a file that breaks it stops the build with a message naming
 * the file and the entry.
 *
 * Words are written as news writes them ("إلى", "Putin"). A list of words is read into a set of their
 * normalised forms (letters/normalize.ts: folded letters, lower case, one space between words), the form the
 * rules compare tokens in; names shown to a reader (`name`, a non-place's `names`) stay as written.
 */
import * as v from 'valibot';
import { NameSchema } from '../contract';
import { normalizeName } from '../letters/normalize';

export const TextSchema = v.pipe(v.string(), v.minLength(1));

/** A word or phrase, alone or with the reason it is listed. */
export const WordSchema = v.union([TextSchema, v.strictObject({ word: TextSchema, why: TextSchema })]);
type Word = v.InferOutput<typeof WordSchema>;

const spelling = (word: Word) => (typeof word === 'string' ? word : word.word);

/** Words, read as a set of their normalised forms, in the order written. */
export const WordsSchema = v.pipe(
  v.array(WordSchema),
  v.transform((words): ReadonlySet<string> => new Set(words.map((w) => normalizeName(spelling(w))))),
);

/** A list of words and what it is for. */
export const WordListSchema = v.pipe(
  v.strictObject({ about: TextSchema, words: WordsSchema }),
  v.transform((list) => list.words),
);

/** The entries of a file's schema for its word lists, by name. */
export function wordLists<const K extends string>(...names: K[]): Record<K, typeof WordListSchema> {
  return Object.fromEntries(names.map((n) => [n, WordListSchema])) as Record<K, typeof WordListSchema>;
}

/** An organisation, force, operation or outlet whose name holds place names. */
export const NonPlaceSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** What it is, for the reason an editor reads ("an armed force"). */
  what: TextSchema,
  /** Its names as news writes them; the first is the one quoted in reasons. */
  names: v.pipe(v.array(TextSchema), v.minLength(1)),
});
export type NonPlace = v.InferOutput<typeof NonPlaceSchema>;

export { NameSchema };

/** What a facility trigger word says a facility is; `base` is a base of any kind. */
export const FACILITY_TYPES = ['air', 'naval', 'port', 'base'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

export const PlaceCuesSchema = v.strictObject({
  about: TextSchema,
  ...wordLists(
    'governors',
    'settlementBefore',
    'settlementAfter',
    'countryBefore',
    'venueBefore',
    'venueAfter',
    'naming',
    'runOnPrepositions',
  ),
});

export const PeopleSchema = v.strictObject({
  about: TextSchema,
  ...wordLists('markers', 'titles', 'givenNamesAlsoPlaces', 'newsmakers'),
});

export const EnglishSchema = v.strictObject({
  about: TextSchema,
  ...wordLists(
    'functionWords',
    'placeNeighbours',
    'governmentWords',
    'organisationWords',
    'speechVerbs',
    'qualifiedNouns',
    'nounEndings',
    'genericHeads',
    'abbreviations',
  ),
});

export const NonPlacesSchema = v.strictObject({
  about: TextSchema,
  organisations: v.strictObject({ about: TextSchema, entries: v.array(NonPlaceSchema) }),
  ...wordLists('adjectiveLikeNames', 'commonWords', 'vesselWords', 'boilerplateOpenings'),
});

export const FacilityTriggersSchema = v.strictObject({ about: TextSchema, ...wordLists(...FACILITY_TYPES) });

/** A group of letters that stand for one foreign sound: `from` are those replaced, by each of `letters`. */
const ForeignLettersSchema = v.strictObject({
  letters: v.pipe(v.array(v.pipe(v.string(), v.length(1))), v.minLength(2)),
  from: v.pipe(v.array(v.pipe(v.string(), v.length(1))), v.minLength(1)),
  why: TextSchema,
});

export const SpellingVariantsSchema = v.strictObject({
  about: TextSchema,
  foreignLetters: v.strictObject({ about: TextSchema, groups: v.array(ForeignLettersSchema) }),
  longVowels: v.strictObject({
    about: TextSchema,
    letters: v.array(v.pipe(v.string(), v.length(1))),
    minLetters: v.pipe(v.number(), v.integer(), v.minValue(3)),
  }),
  arabicSpeaking: v.strictObject({
    about: TextSchema,
    codes: v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
      v.transform((codes): ReadonlySet<string> => new Set(codes)),
    ),
  }),
});
