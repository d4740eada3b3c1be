/**
 * The data contract between the build (`geo/`) and the app (`src/`).
 *
 * One module holds the types and the schema of everything the app reads. The build validates its output
 * against it before writing, and the app validates the file again when it loads it, because data that
 * arrives over the network is untrusted. CONTRACT.md in this folder explains each field.
 *
 * Offsets (`start`, `end`) are UTF-16 code units into the article's text, end exclusive: exactly the
 * arguments of `String.prototype.slice`. Coordinates are GeoJSON `[lng, lat]` in degrees (WGS 84).
 */
import * as v from 'valibot';

/** Bumped whenever a change would make an older app misread the data. */
export const SCHEMA_VERSION = 1;

/** What a place is; the map draws each kind with its own marker style. */
export const PLACE_KINDS = ['country', 'region', 'settlement', 'facility', 'water'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
/** ISO 8601 calendar date, as articles are dated to the day. */
const isoDate = v.pipe(v.string(), v.isoDate());
/** Only web links are ever shown to a reader: no `javascript:`, `data:` or `file:` URLs. */
const httpUrl = v.pipe(
  v.string(),
  v.url(),
  v.check((s) => /^https?:\/\//i.test(s), 'must be an http: or https: URL'),
);

/** `[lng, lat]` in degrees. */
export const LngLatSchema = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);
export type LngLat = v.InferOutput<typeof LngLatSchema>;

export const NameSchema = v.object({ ar: nonEmpty, en: nonEmpty });
export type Name = v.InferOutput<typeof NameSchema>;

/** A slice of an article: `text === article.text.slice(start, end)`. */
export const SpanSchema = v.pipe(
  v.object({ start: offset, end: offset, text: nonEmpty }),
  v.check((s) => s.end > s.start && s.end - s.start === s.text.length, 'end - start must equal text length'),
);
export type Span = v.InferOutput<typeof SpanSchema>;

/** One place name found in one article, with the sentence that quotes it. */
export const MentionSchema = v.pipe(
  v.object({
    articleId: nonEmpty,
    start: offset,
    end: offset,
    /** The words of the article that name the place, verbatim. */
    text: nonEmpty,
    /** The whole sentence around the mention, verbatim: the evidence. */
    quote: SpanSchema,
    /** How sure the resolver is that this mention means this place, from 0 to 1. */
    confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    /** Why the resolver chose this place, in a few words (English, for editors). */
    reason: nonEmpty,
  }),
  v.check(
    (m) => m.end > m.start && m.quote.start <= m.start && m.end <= m.quote.end,
    'a mention lies inside its quote',
  ),
);
export type Mention = v.InferOutput<typeof MentionSchema>;

export const PlacePropertiesSchema = v.object({
  id: nonEmpty,
  kind: v.picklist(PLACE_KINDS),
  /** ISO 3166-1 alpha-2: the country itself, or the country the place lies in; null when none. */
  iso2: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  name: NameSchema,
  /** Where the coordinates come from (gazetteer source). */
  source: nonEmpty,
  mentions: v.pipe(v.array(MentionSchema), v.minLength(1)),
});
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;

export const PlaceFeatureSchema = v.object({
  type: v.literal('Feature'),
  geometry: v.object({ type: v.literal('Point'), coordinates: LngLatSchema }),
  properties: PlacePropertiesSchema,
});
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;

export const PlaceCollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(PlaceFeatureSchema),
});
export type PlaceCollection = v.InferOutput<typeof PlaceCollectionSchema>;

export const ArticleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/, 'id: letters, digits, _ and - only')),
  /** The headline; null when the source carries none (the app then shows the opening words). */
  title: v.nullable(nonEmpty),
  published: isoDate,
  language: v.picklist(LANGUAGES),
  outlet: v.nullable(nonEmpty),
  url: v.nullable(httpUrl),
  /** An editor's note on provenance, e.g. how an undated article's date was inferred. */
  note: v.nullable(nonEmpty),
  /** The article body exactly as received: every offset points into this string. */
  text: nonEmpty,
});
export type Article = v.InferOutput<typeof ArticleSchema>;

/** A candidate place name the resolver could not place on the map: reported, never silently dropped. */
export const UnresolvedSchema = v.object({
  articleId: nonEmpty,
  start: offset,
  end: offset,
  text: nonEmpty,
  reason: nonEmpty,
});
export type Unresolved = v.InferOutput<typeof UnresolvedSchema>;

export const DatasetSchema = v.pipe(
  v.object({
    schemaVersion: v.literal(SCHEMA_VERSION),
    articles: v.array(ArticleSchema),
    places: PlaceCollectionSchema,
    unresolved: v.array(UnresolvedSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of findEvidenceProblems(dataset.value)) addIssue({ message: problem });
  }),
);
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/** The file the app fetches, relative to the page. */
export const DATASET_PATH = 'data/dalil.json';

/**
 * Cross-checks what the schema alone cannot: ids are unique, every mention and quote is a verbatim slice
 * of its article. Returns one message per problem; none means the evidence is exact.
 */
export function findEvidenceProblems(dataset: Pick<Dataset, 'articles' | 'places' | 'unresolved'>): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const article of dataset.articles) {
    if (texts.has(article.id)) problems.push(`article ${article.id}: duplicate id`);
    texts.set(article.id, article.text);
  }
  const placeIds = new Set<string>();
  for (const { properties: place } of dataset.places.features) {
    if (placeIds.has(place.id)) problems.push(`place ${place.id}: duplicate id`);
    placeIds.add(place.id);
    for (const m of place.mentions) {
      const text = texts.get(m.articleId);
      const where = `place ${place.id}, article ${m.articleId} at ${m.start}`;
      if (text === undefined) problems.push(`${where}: unknown article`);
      else if (text.slice(m.start, m.end) !== m.text)
        problems.push(`${where}: mention is not a verbatim slice`);
      else if (text.slice(m.quote.start, m.quote.end) !== m.quote.text)
        problems.push(`${where}: quote is not a verbatim slice`);
    }
  }
  for (const u of dataset.unresolved) {
    const text = texts.get(u.articleId);
    if (text?.slice(u.start, u.end) !== u.text)
      problems.push(`unresolved "${u.text}" in ${u.articleId}: not a verbatim slice`);
  }
  return problems;
}

/** Validates untrusted data; returns the dataset or a list of readable problems. */
export function parseDataset(
  input: unknown,
): { ok: true; dataset: Dataset } | { ok: false; problems: string[] } {
  const result = v.safeParse(DatasetSchema, input);
  if (result.success) return { ok: true, dataset: result.output };
  return {
    ok: false,
    problems: result.issues.slice(0, 20).map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
