/**
 * The one loader of the files written by hand that the imports read (geo/gazetteer/curation/): what to
 * correct or add to the imported cities and countries, and the words that make a city's name ambiguous.
 * Each file is checked against its schema here; names and words stay as written, as the import compares
 * them with GeoNames' and i18n-iso-countries' own.
 */
import * as v from 'valibot';
import { LngLatSchema } from '../contract';
import { parseDataFile } from '../data-file';
import ambiguousWordsJson from '../gazetteer/curation/ambiguous-words.json';
import citiesJson from '../gazetteer/curation/cities.json';
import countriesJson from '../gazetteer/curation/countries.json';
import divisionsJson from '../gazetteer/curation/divisions.json';
import smallTownsJson from '../gazetteer/curation/small-towns.json';

const text = v.pipe(v.string(), v.minLength(1));
const texts = v.array(text);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const iso2 = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const why = v.optional(text);
/** A part of a file: what it holds, and its items under `key`. */
const part = <K extends string, S extends v.GenericSchema>(key: K, item: S) =>
  v.strictObject({ about: text, ...({ [key]: v.array(item) } as Record<K, v.ArraySchema<S, undefined>>) });
/** No two items share a value of `key`. */
const unique = <T>(key: (item: T) => unknown) =>
  v.check((items: T[]) => new Set(items.map(key)).size === items.length, 'an entry is given twice');

const CityCorrectionSchema = v.strictObject({
  geonameid: v.pipe(v.number(), v.integer()),
  /** GeoNames' English name of the city: to find the entry, and checked against the dump. */
  geonames: text,
  /** The id, when it must not follow the English name (well-known places; GeoNames oddities). */
  id: v.optional(id),
  en: v.optional(text),
  ar: v.optional(text),
  aliasesAr: v.optional(texts),
  aliasesEn: v.optional(texts),
  why,
});
export type CityCorrection = v.InferOutput<typeof CityCorrectionSchema>;

const AddedCitySchema = v.strictObject({
  id,
  iso2,
  en: text,
  ar: text,
  aliasesAr: texts,
  aliasesEn: texts,
  lngLat: LngLatSchema,
  population: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The entry's source string: where its point comes from, and how far it may be off. */
  source: text,
  why,
});

const CitiesCurationSchema = v.strictObject({
  about: text,
  theatre: part('countries', iso2),
  englishNames: part('countries', iso2),
  capitals: part('countries', v.strictObject({ iso2, names: texts, why })),
  corrections: v.strictObject({
    about: text,
    groups: v.pipe(
      v.array(v.strictObject({ about: text, cities: v.array(CityCorrectionSchema) })),
      v.check((groups) => {
        const cities = groups.flatMap((g) => g.cities);
        return new Set(cities.map((c) => c.geonameid)).size === cities.length;
      }, 'a geonameid is corrected twice'),
    ),
  }),
  added: v.strictObject({
    about: text,
    cities: v.pipe(
      v.array(AddedCitySchema),
      unique((c) => c.id),
    ),
  }),
  unitWords: part('words', text),
});

const CountriesCurationSchema = v.strictObject({
  about: text,
  shortNames: part('countries', v.strictObject({ iso2, en: text, why })),
  addedAliases: part(
    'countries',
    v.strictObject({ iso2, ar: v.optional(texts), en: v.optional(texts), why }),
  ),
  droppedAliases: part('countries', v.strictObject({ iso2, en: texts, why })),
  ambiguousNames: part('names', v.strictObject({ id, lang: v.picklist(['ar', 'en']), text, why: text })),
  carveOuts: part(
    'countries',
    v.strictObject({ iso2, parent: text, box: v.tuple([v.number(), v.number(), v.number(), v.number()]) }),
  ),
  unnumberedFeatures: part('features', v.strictObject({ name: text, iso2 })),
});

/** A word and what it means in ordinary text. */
const MeaningSchema = v.strictObject({ word: text, why: text });

const AmbiguousWordsSchema = v.strictObject({
  about: text,
  arabicWords: part('groups', v.strictObject({ source: text, words: v.array(MeaningSchema) })),
  givenNames: part('words', text),
  englishWords: part('words', MeaningSchema),
});

const WordsSchema = v.strictObject({ en: texts, ar: texts });

const DivisionsCurationSchema = v.strictObject({
  about: text,
  skipCountries: part('countries', v.strictObject({ iso2, why: text })),
  divisionWords: v.strictObject({
    about: text,
    default: WordsSchema,
    types: v.pipe(
      v.array(v.strictObject({ type: text, en: texts, ar: texts })),
      unique((t) => t.type),
    ),
    arabicPrefixes: texts,
    arabicSuffixes: texts,
  }),
  arabicOneWord: v.strictObject({ about: text, maxScalerank: v.number() }),
  arabicNames: part(
    'divisions',
    v.strictObject({ adm1: text, en: text, ar: text, aliasesAr: texts, bare: v.boolean(), why: text }),
  ),
  genericWords: v.strictObject({ about: text, en: texts, ar: texts }),
  bareAmongNamesakes: v.strictObject({
    about: text,
    countries: v.array(v.strictObject({ iso2, why: text })),
    maxTownPopulation: v.pipe(v.number(), v.integer()),
  }),
  continents: part(
    'continents',
    v.strictObject({
      id,
      ar: text,
      en: text,
      aliasesAr: texts,
      aliasesEn: texts,
      lngLat: LngLatSchema,
      source: text,
    }),
  ),
});
export type DivisionsCuration = v.InferOutput<typeof DivisionsCurationSchema>;

const SmallTownsCurationSchema = v.strictObject({
  about: text,
  countries: v.pipe(
    v.array(
      v.strictObject({
        iso2,
        minPopulation: v.pipe(v.number(), v.integer(), v.minValue(0)),
        /** Listed after the first theatres: its towns choose their ids after theirs, renaming none. */
        late: v.optional(v.boolean()),
        why,
      }),
    ),
    unique((c: { iso2: string; minPopulation: number; late?: boolean; why?: string }) => c.iso2),
  ),
});
export type SmallTownsCuration = v.InferOutput<typeof SmallTownsCurationSchema>;

const load = <S extends v.GenericSchema>(file: string, schema: S, json: unknown) =>
  parseDataFile(`geo/gazetteer/curation/${file}`, schema, json);

/** Corrections and additions to the GeoNames cities, the capitals and the theatre (cities.json). */
export const CITY_CURATION = load('cities.json', CitiesCurationSchema, citiesJson);
/** Corrections to i18n-iso-countries and Natural Earth for the countries (countries.json). */
export const COUNTRY_CURATION = load('countries.json', CountriesCurationSchema, countriesJson);
/** How Natural Earth's first-level divisions become entries, and the continents (divisions.json). */
export const DIVISION_CURATION = load('divisions.json', DivisionsCurationSchema, divisionsJson);
/** Which of GeoNames' smaller towns small-towns.json keeps, by country (small-towns.json). */
export const SMALL_TOWN_CURATION = load('small-towns.json', SmallTownsCurationSchema, smallTownsJson);
/** Words that make a city's name ambiguous (ambiguous-words.json). */
export const AMBIGUOUS_WORDS = load('ambiguous-words.json', AmbiguousWordsSchema, ambiguousWordsJson);

/** Countries whose every city of 15,000+ is kept, Arabic name or not: Syria and its neighbours. */
export const THEATRE: ReadonlySet<string> = new Set(CITY_CURATION.theatre.countries);
/** Further countries whose every city of 15,000+ is kept, under its English name when it has no Arabic one. */
export const ENGLISH_NAMES: ReadonlySet<string> = new Set(CITY_CURATION.englishNames.countries);
