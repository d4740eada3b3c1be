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

/**
 * Bumped whenever a change would make an older app misread the data. Schema 5 leaves out the text of
 * quotes and clauses, which are slices of their article (`withQuoteTexts` fills it in as the data is read);
 * schema 6 lets an article's text lie in a chunk file of its own (`data/texts/<n>.json`) instead of the
 * dataset, which then gives the text's `chunk`, `length` and `lead` (geo/split-dataset.ts); schema 7 makes
 * that first file compact (`CompactFirstFileSchema`): what the first view, the filters and the counts read,
 * articles by index, while the rest of each mention and claim waits in its article's chunk
 * (`MentionDetailSchema`, `ClaimDetailSchema`); schema 8 keeps in the first file only what the first view
 * draws (`SummaryFirstFileSchema`: the places with their mentions counted by role, the movements, the
 * counts), and moves the articles, every mention and every claim to an evidence file the app fetches on the
 * first popup, filter, list, article or export (`EvidenceFileSchema`).
 */
export const SCHEMA_VERSION = 8;
/**
 * The versions this app still reads: each one's fields are a subset of the next one's, but for schema 7's
 * compact first file and schema 8's summary, read apart (`CompactFirstFileSchema`, `SummaryFirstFileSchema`).
 */
export const READABLE_SCHEMA_VERSIONS = [2, 3, 4, 5, 6, 7, 8] as const;

/** What a place is; the map draws each kind with its own marker style. */
export const PLACE_KINDS = ['country', 'region', 'settlement', 'facility', 'water'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const LANGUAGES = ['ar', 'en'] as const;

/** What kind of military or diplomatic activity a claim speaks of (README in geo/claims defines each). */
export const ACTIVITY_KINDS = [
  'air',
  'naval',
  'ground',
  'air-defence',
  'weapons',
  'presence',
  'combat',
  'diplomacy',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * The status a claim gives what it reports, from the words of its sentence (geo/claims/README.md defines
 * each): a third party's report, the acting party's own word, an adversary's accusation, a denial, a plan
 * (order, threat, intention), a guess, no comment. `accused` is new in schema 4.
 */
export const STANCES = [
  'reported',
  'confirmed',
  'accused',
  'denied',
  'planned',
  'speculative',
  'no-comment',
] as const;
export type Stance = (typeof STANCES)[number];

/**
 * What a place mention is to its sentence: where military activity is (`site`), where diplomacy is held
 * (`venue`), a state or institution that acts or speaks (`actor`), or background (`context`).
 */
export const PLACE_ROLES = ['site', 'venue', 'actor', 'context'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];
export type Language = (typeof LANGUAGES)[number];

/**
 * What one article may hold, checked by the build and again by the app: far beyond any news article,
 * near enough that a mistaken file (a book, a database dump, a title pasted with its page) is refused
 * with a clear message instead of taking minutes to build and seconds to show.
 */
export const LIMITS = {
  /** Characters (UTF-16 code units) of an article's text: about 2 MB of Arabic as UTF-8. */
  articleLength: 1_000_000,
  /**
   * Bytes of an article as UTF-8 (its file, or its text pasted on the desk): 1 MB, a hundred times a long
   * news article. The build and the desk refuse a larger one before reading it, saying how to split it.
   */
  articleBytes: 1_000_000,
  titleLength: 500,
  outletLength: 200,
  urlLength: 2_000,
  noteLength: 2_000,
  idLength: 120,
  /** The name an editor signs a correction with. */
  editorLength: 100,
  /** Place mentions the geoparser may find in one article. */
  mentionsPerArticle: 5_000,
} as const;

/** The bytes `text` takes as UTF-8 (a lone surrogate as U+FFFD, as a file would hold it). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** A size for people to read: "1.00 MB", "25 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 0)} MB`;

/**
 * Why an article of `bytes` bytes (UTF-8) is refused, in English for the build's messages, or null when
 * it is within `LIMITS.articleBytes`. The caller names the file or the text it speaks of.
 */
export function articleSizeProblem(bytes: number): string | null {
  const limit = LIMITS.articleBytes;
  if (bytes <= limit) return null;
  return (
    `${megabytes(bytes)} (${bytes} bytes), more than the ${megabytes(limit)} (${limit} bytes) an article may ` +
    `have: split it into articles of at most ${megabytes(limit)}, each with its own header (id, published, language)`
  );
}

/** More place mentions than an article may have (`LIMITS.mentionsPerArticle`): the build refuses it. */
export const tooManyMentions = (mentions: number) => mentions > LIMITS.mentionsPerArticle;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
/* @__NO_SIDE_EFFECTS__ */
const boundedText = (max: number) => v.pipe(nonEmpty, v.maxLength(max, `at most ${max} characters`));
/** ISO 8601 calendar date that exists (`2015-02-30` does not), as articles are dated to the day. */
export const isoDate = v.pipe(
  v.string(),
  v.isoDate('a date written YYYY-MM-DD'),
  v.check((date) => {
    const day = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
  }, 'no such day in the calendar'),
);
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

/**
 * A quote or clause of an article whose text is not at hand (schema 6, its chunk not read): its offsets,
 * and its text only when the data carries it (schemas 2 to 4), then checked like a `Span`.
 */
export const QuoteRangeSchema = v.pipe(
  v.object({ start: offset, end: offset, text: v.optional(nonEmpty) }),
  v.check(
    (s) => s.end > s.start && (s.text === undefined || s.end - s.start === s.text.length),
    'end - start must equal text length',
  ),
);

/** The schema of a quote or clause: with its text (`SpanSchema`) or perhaps without (`QuoteRangeSchema`). */
type QuoteSchema = typeof SpanSchema | typeof QuoteRangeSchema;

/** Who checked a piece of evidence, and when: written by an editor's correction, never by the geoparser. */
export const REVIEW_STATES = ['verified', 'corrected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * An editor's decision on a mention: `verified` when they kept the place the geoparser chose, `corrected`
 * when they chose another or placed it themselves. Absent: the reading is automatic (its `confidence` and
 * `reason` say how sure and why).
 */
export const ReviewSchema = v.object({
  state: v.picklist(REVIEW_STATES),
  /** The name the editor gave. */
  by: boundedText(LIMITS.editorLength),
  /** When, as an ISO 8601 date and time. */
  at: v.pipe(v.string(), v.isoTimestamp('a date and time written YYYY-MM-DDTHH:MM:SSZ')),
  note: v.nullable(boundedText(LIMITS.noteLength)),
});
export type Review = v.InferOutput<typeof ReviewSchema>;

/** One place name found in one article, with the sentence that quotes it. */
/* @__NO_SIDE_EFFECTS__ */
const mentionEntries = <Q extends QuoteSchema>(quote: Q) => ({
  articleId: nonEmpty,
  start: offset,
  end: offset,
  /** The words of the article that name the place, verbatim. */
  text: nonEmpty,
  /** The whole sentence around the mention, verbatim: the evidence. */
  quote,
  /** How sure the resolver is that this mention means this place, from 0 to 1. */
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** Why the resolver chose this place, in a few words (English, for editors). */
  reason: nonEmpty,
  /** What the place is to its sentence; set by the build (absent from the geoparse command's output). */
  role: v.optional(v.picklist(PLACE_ROLES)),
  /** An editor's decision on this mention (schema 3); absent when the reading is automatic. */
  review: v.optional(ReviewSchema),
});
const mentionInsideQuote = (m: { start: number; end: number; quote: TextRange }) =>
  m.end > m.start && m.quote.start <= m.start && m.end <= m.quote.end;
export const MentionSchema = v.pipe(
  v.object(mentionEntries(SpanSchema)),
  v.check((m) => mentionInsideQuote(m), 'a mention lies inside its quote'),
);
const ListedMentionSchema = v.pipe(
  v.object(mentionEntries(QuoteRangeSchema)),
  v.check((m) => mentionInsideQuote(m), 'a mention lies inside its quote'),
);
export type Mention = v.InferOutput<typeof MentionSchema>;

/* @__NO_SIDE_EFFECTS__ */
const placePropertiesSchema = <M extends v.GenericSchema>(mention: M) =>
  v.object({
    id: nonEmpty,
    kind: v.picklist(PLACE_KINDS),
    /** ISO 3166-1 alpha-2: the country itself, or the country the place lies in; null when none. */
    iso2: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
    name: NameSchema,
    /** Where the coordinates come from (gazetteer source). */
    source: nonEmpty,
    mentions: v.pipe(v.array(mention), v.minLength(1)),
  });
export const PlacePropertiesSchema = placePropertiesSchema(MentionSchema);
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;

/* @__NO_SIDE_EFFECTS__ */
const placeFeatureSchema = <M extends v.GenericSchema>(mention: M) =>
  v.object({
    type: v.literal('Feature'),
    geometry: v.object({ type: v.literal('Point'), coordinates: LngLatSchema }),
    properties: placePropertiesSchema(mention),
  });
export const PlaceFeatureSchema = placeFeatureSchema(MentionSchema);
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;

/* @__NO_SIDE_EFFECTS__ */
const placeCollectionSchema = <M extends v.GenericSchema>(mention: M) =>
  v.object({
    type: v.literal('FeatureCollection'),
    features: v.array(placeFeatureSchema(mention)),
  });
export const PlaceCollectionSchema = placeCollectionSchema(MentionSchema);
export type PlaceCollection = v.InferOutput<typeof PlaceCollectionSchema>;

/** What the dataset says of an article besides its text. */
const articleMeta = {
  id: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
    v.maxLength(LIMITS.idLength, `at most ${LIMITS.idLength} characters`),
  ),
  /** The headline; null when the source carries none (the app then shows the opening words). */
  title: v.nullable(boundedText(LIMITS.titleLength)),
  published: isoDate,
  language: v.picklist(LANGUAGES, 'ar or en'),
  outlet: v.nullable(boundedText(LIMITS.outletLength)),
  url: v.nullable(v.pipe(httpUrl, v.maxLength(LIMITS.urlLength, `at most ${LIMITS.urlLength} characters`))),
  /** An editor's note on provenance, e.g. how an undated article's date was inferred. */
  note: v.nullable(boundedText(LIMITS.noteLength)),
};

export const ArticleSchema = v.object({
  ...articleMeta,
  /** The article body exactly as received: every offset points into this string. */
  text: boundedText(LIMITS.articleLength),
});
export type Article = v.InferOutput<typeof ArticleSchema>;
export type ArticleMeta = Omit<Article, 'text'>;

/** About how many characters of an article's opening stand in for a missing headline. */
export const OPENING_LENGTH = 60;

/**
 * What stands for a headline the source does not carry: the article's opening words exactly as written,
 * cut at a word boundary and followed by "…". Nothing is invented or translated.
 */
export function openingWords(text: string): string {
  const body = text.trimStart();
  const firstLine = body.split('\n', 1)[0] ?? '';
  if (firstLine.length <= OPENING_LENGTH) return firstLine.length < body.length ? `${firstLine}…` : firstLine;
  const lastSpace = firstLine.lastIndexOf(' ', OPENING_LENGTH);
  const cut = lastSpace > OPENING_LENGTH / 2 ? lastSpace : OPENING_LENGTH;
  return `${firstLine.slice(0, cut).trimEnd()}…`;
}

/**
 * An article of the first data file whose text lies in a chunk file (schema 6): which chunk, how long the
 * text is (every offset is checked against it as the dataset is read, every slice when the chunk comes),
 * and, when it has no headline, its opening words (`openingWords`), so a list names it before its text.
 */
export const ChunkedArticleSchema = v.object({
  ...articleMeta,
  chunk: v.pipe(v.number(), v.integer(), v.minValue(0)),
  length: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.articleLength)),
  lead: v.nullable(boundedText(OPENING_LENGTH + 1)),
});
export type ChunkedArticle = v.InferOutput<typeof ChunkedArticleSchema>;

/** A candidate place name the resolver could not place on the map: reported, never silently dropped. */
export const UnresolvedSchema = v.object({
  articleId: nonEmpty,
  start: offset,
  end: offset,
  text: nonEmpty,
  reason: nonEmpty,
});
export type Unresolved = v.InferOutput<typeof UnresolvedSchema>;

/** Who says so, or the agency that relays it: the words of the article that name them. */
export const SourceSchema = v.pipe(
  v.object({
    /** A stable id when the source is known (`us-officials`, `lavrov`, `kremlin`, `reuters`), else null. */
    id: v.nullable(nonEmpty),
    name: v.nullable(NameSchema),
    /** ISO 3166-1 alpha-2 of the state the source speaks for or belongs to; null when none or unknown. */
    party: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
    start: offset,
    end: offset,
    text: nonEmpty,
  }),
  v.check((s) => s.end - s.start === s.text.length, 'end - start must equal text length'),
);
export type Source = v.InferOutput<typeof SourceSchema>;

/** A piece of equipment a claim names ("أنطونوف -124 كوندور"), verbatim, with its catalogue entry. */
export const EquipmentSchema = v.pipe(
  v.object({
    id: nonEmpty,
    name: NameSchema,
    kinds: v.array(v.picklist(ACTIVITY_KINDS)),
    start: offset,
    end: offset,
    text: nonEmpty,
  }),
  v.check((e) => e.end - e.start === e.text.length, 'end - start must equal text length'),
);
export type Equipment = v.InferOutput<typeof EquipmentSchema>;

/** A place mention inside a claim's clause: the mention's place id and offsets, and its role there. */
export const ClaimPlaceSchema = v.object({
  placeId: nonEmpty,
  role: v.picklist(PLACE_ROLES),
  start: offset,
  end: offset,
});
export type ClaimPlace = v.InferOutput<typeof ClaimPlaceSchema>;

/** What one clause of an article reports, who says so, how, when and where. CONTRACT.md has each field. */
/* @__NO_SIDE_EFFECTS__ */
const claimEntries = <Q extends QuoteSchema>(quote: Q) => ({
  id: nonEmpty,
  articleId: nonEmpty,
  /** The whole sentence, verbatim: the evidence shown to the reader. */
  quote,
  /** The part of the quote this claim covers (a sentence may hold a claim and its denial). */
  clause: quote,
  activities: v.array(v.picklist(ACTIVITY_KINDS)),
  equipment: v.array(EquipmentSchema),
  claimant: v.nullable(SourceSchema),
  via: v.nullable(SourceSchema),
  stance: v.picklist(STANCES),
  /** The words that set the stance ("نفت", "يرجح", "في طريقها", a third party's "أكد"); null for a plain report. */
  cue: v.nullable(SpanSchema),
  eventDate: v.nullable(isoDate),
  dateText: v.nullable(SpanSchema),
  published: isoDate,
  places: v.array(ClaimPlaceSchema),
  from: v.nullable(nonEmpty),
  to: v.nullable(nonEmpty),
  /** The claim this one answers: a denial of, a reply to, or a "no comment" on it. */
  respondsTo: v.nullable(nonEmpty),
  /** An editor's decision on this claim (schema 3); absent when the reading is automatic. */
  review: v.optional(ReviewSchema),
});
const clauseInsideQuote = (c: { quote: TextRange; clause: TextRange }) =>
  c.quote.start <= c.clause.start && c.clause.end <= c.quote.end;
export const ClaimSchema = v.pipe(
  v.object(claimEntries(SpanSchema)),
  v.check((c) => clauseInsideQuote(c), 'the clause of a claim lies inside its quote'),
);
const ListedClaimSchema = v.pipe(
  v.object(claimEntries(QuoteRangeSchema)),
  v.check((c) => clauseInsideQuote(c), 'the clause of a claim lies inside its quote'),
);
export type Claim = v.InferOutput<typeof ClaimSchema>;

/** The schema version this app reads. */
const readableVersion = v.picklist(
  READABLE_SCHEMA_VERSIONS,
  `a schema version this app reads (${READABLE_SCHEMA_VERSIONS.join(' or ')})`,
);

/** The dataset's shape, before its evidence is checked against the articles' text. */
const DatasetShapeSchema = v.object({
  schemaVersion: readableVersion,
  articles: v.array(ArticleSchema),
  places: PlaceCollectionSchema,
  unresolved: v.array(UnresolvedSchema),
  /** Always written by the build; optional so that data made without claims still loads. */
  claims: v.optional(v.array(ClaimSchema)),
});

/**
 * Where the articles' texts go when the first file leaves them out (schema 6): `data/texts/<name>.json`,
 * each with its script twin `data/texts/<name>.js`. The name is the chunk's number and a hash of its
 * content (`0-1f2e3d4c5b6a`), listed in the first file's `textChunks`, so a rebuilt chunk has a new
 * address: no cache serves an old text, and a build that stops halfway leaves the files the previous first
 * file names in place.
 */
export const TEXT_CHUNK_DIR = 'data/texts';
/** `data/texts/<name>.json`. */
export function textChunkPath(name: string): string {
  return `${TEXT_CHUNK_DIR}/${name}.json`;
}
export const TextChunkNameSchema = v.pipe(v.string(), v.regex(/^[0-9]+-[0-9a-f]{12}$/, 'a chunk name'));

/**
 * A chunk closes once it holds this many code units of text (about 250 kB of Arabic as UTF-8, some 60 kB
 * gzipped) or this many articles: small enough that opening one popup costs one short download, large
 * enough that 10,000 articles make a few hundred files, not 10,000.
 */
export const TEXT_CHUNK_LIMITS = { units: 131_072, articles: 64 } as const;

/**
 * What a mention says beyond the compact first file (schema 7), in its article's chunk: the mention is
 * found by its place and its start; `text` is its words (`end` is the first file's), checked as a slice.
 */
export const MentionDetailSchema = v.object({
  placeId: nonEmpty,
  start: offset,
  text: nonEmpty,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reason: nonEmpty,
  review: v.optional(ReviewSchema),
});
export type MentionDetail = v.InferOutput<typeof MentionDetailSchema>;

/** Where a claim names a piece of equipment (schema 7, its detail): its id in the first file's table. */
export const EquipmentSpanSchema = v.pipe(
  v.object({ id: nonEmpty, start: offset, end: offset, text: nonEmpty }),
  v.check((e) => e.end - e.start === e.text.length, 'end - start must equal text length'),
);

/**
 * What a claim says beyond the compact first file (schema 7), in its article's chunk: the words that name
 * its claimant and agency (who they are is the first file's), its cue, its date's words, its equipment's
 * words, and an editor's review.
 */
export const ClaimDetailSchema = v.object({
  id: nonEmpty,
  claimant: v.nullable(SpanSchema),
  via: v.nullable(SpanSchema),
  cue: v.nullable(SpanSchema),
  dateText: v.nullable(SpanSchema),
  equipment: v.array(EquipmentSpanSchema),
  review: v.optional(ReviewSchema),
});
export type ClaimDetail = v.InferOutput<typeof ClaimDetailSchema>;

/** One chunk file: the texts of some articles, each by its article's id. */
export const TextChunkSchema = v.object({
  chunk: v.pipe(v.number(), v.integer(), v.minValue(0)),
  texts: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.maxLength(LIMITS.idLength)),
      text: boundedText(LIMITS.articleLength),
      /**
       * The article's candidate places that could not be placed on the map, which only the desk and the
       * build's report show: they wait here with the text they are slices of. Absent when there are none.
       */
      unresolved: v.optional(v.array(UnresolvedSchema)),
      /** Schema 7: the rest of each of the article's mentions, in the first file's order. */
      mentions: v.optional(v.array(MentionDetailSchema)),
      /** Schema 7: the rest of each of the article's claims, in the first file's order. */
      claims: v.optional(v.array(ClaimDetailSchema)),
    }),
  ),
});
export type TextChunk = v.InferOutput<typeof TextChunkSchema>;

/**
 * The shape of a dataset whose articles may keep their text in chunk files (schema 6): each article has
 * its text, or its chunk and the text's length; quotes and clauses carry their text only when it is at hand.
 */
export const ListedDatasetShapeSchema = v.object({
  schemaVersion: readableVersion,
  articles: v.array(
    v.pipe(
      v.object({
        ...articleMeta,
        text: v.optional(ArticleSchema.entries.text),
        chunk: v.optional(ChunkedArticleSchema.entries.chunk),
        length: v.optional(ChunkedArticleSchema.entries.length),
        lead: v.optional(ChunkedArticleSchema.entries.lead),
      }),
      v.check(
        (a) => (a.text === undefined) === (a.chunk !== undefined && a.length !== undefined),
        'an article has its text, or the chunk and the length of its text',
      ),
    ),
  ),
  places: placeCollectionSchema(ListedMentionSchema),
  unresolved: v.array(UnresolvedSchema),
  claims: v.optional(v.array(ListedClaimSchema)),
  /** The chunk files' names, chunk n at index n (`textChunkPath`); absent when every text is inline. */
  textChunks: v.optional(v.array(TextChunkNameSchema)),
});

/** A position in one of the first file's tables (schema 7): an article, a source. */
const tableIndex = v.pipe(v.number(), v.integer(), v.minValue(0));
/** `[start, end]`: a quote or a clause by its offsets (schema 7). */
const RangePairSchema = v.pipe(
  v.tuple([offset, offset]),
  v.check(([start, end]) => end > start, 'a range ends after it starts'),
);

/**
 * A mention in the compact first file (schema 7): `[article, start, end, quoteStart, quoteEnd, role]`,
 * the article by its index in `articles`. What it names and how sure the reading is wait in its chunk.
 */
export const CompactMentionSchema = v.pipe(
  v.tuple([tableIndex, offset, offset, offset, offset, v.picklist(PLACE_ROLES)]),
  v.check(
    ([, start, end, quoteStart, quoteEnd]) => end > start && quoteStart <= start && end <= quoteEnd,
    'a mention lies inside its quote',
  ),
);
export type CompactMention = v.InferOutput<typeof CompactMentionSchema>;

/**
 * Who says so, as the first view names them (schema 7, the first file's `sources`): without the words'
 * offsets, which wait in the chunk; `text` the words only when there is no `name` to show instead.
 */
export const SourceNameSchema = v.pipe(
  v.object({
    id: v.nullable(nonEmpty),
    name: v.nullable(NameSchema),
    party: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
    text: v.nullable(nonEmpty),
  }),
  v.check((s) => (s.name === null) !== (s.text === null), 'a source has a name or else its words'),
);
export type SourceName = v.InferOutput<typeof SourceNameSchema>;

/** A piece of equipment as a claim's chips name it (schema 7, the first file's `equipment`). */
export const EquipmentNameSchema = v.object({
  id: nonEmpty,
  name: NameSchema,
  kinds: v.array(v.picklist(ACTIVITY_KINDS)),
});
export type EquipmentName = v.InferOutput<typeof EquipmentNameSchema>;

/**
 * A claim in the compact first file (schema 7): its id is its article's id followed by `suffix` (`#3`,
 * or `-added-120-164` for one an editor added), its `published` its article's; `claimant` and `via` index `sources`, `equipment` names ids of the table `equipment`; each
 * place is `[placeId, role, start, end]`. The rest waits in the chunk (`ClaimDetailSchema`).
 */
export const CompactClaimSchema = v.pipe(
  v.object({
    suffix: v.pipe(nonEmpty, v.maxLength(LIMITS.idLength)),
    article: tableIndex,
    quote: RangePairSchema,
    clause: RangePairSchema,
    activities: v.array(v.picklist(ACTIVITY_KINDS)),
    stance: v.picklist(STANCES),
    claimant: v.nullable(tableIndex),
    via: v.nullable(tableIndex),
    equipment: v.array(nonEmpty),
    eventDate: v.nullable(isoDate),
    places: v.array(v.tuple([nonEmpty, v.picklist(PLACE_ROLES), offset, offset])),
    from: v.nullable(nonEmpty),
    to: v.nullable(nonEmpty),
    respondsTo: v.nullable(nonEmpty),
  }),
  v.check(
    ({ quote, clause }) => quote[0] <= clause[0] && clause[1] <= quote[1],
    'the clause of a claim lies inside its quote',
  ),
);
export type CompactClaim = v.InferOutput<typeof CompactClaimSchema>;

/**
 * The compact first file (schema 7, CONTRACT.md "Compact first file"): what the first view, the filters,
 * the timeline and the counts read, and no more; every article's text and the rest of its evidence lie in
 * its chunk. A file of schema 7 with `textChunks` has this shape; one without (the desk's) is a whole
 * dataset, as schema 6's.
 */
export const CompactFirstFileSchema = v.object({
  schemaVersion: v.literal(7),
  articles: v.array(ChunkedArticleSchema),
  places: placeCollectionSchema(CompactMentionSchema),
  sources: v.array(SourceNameSchema),
  equipment: v.array(EquipmentNameSchema),
  claims: v.array(CompactClaimSchema),
  textChunks: v.array(TextChunkNameSchema),
});
export type CompactFirstFile = v.InferOutput<typeof CompactFirstFileSchema>;

/**
 * Where the evidence of a schema 8 first file lies: `data/evidence/<name>.json`, with its script twin
 * `data/evidence/<name>.js`; the name is the first 12 hex digits of the SHA-256 of its content, so a
 * rebuilt file has a new address and the previous first file's evidence stays until the new one is in place.
 */
export const EVIDENCE_DIR = 'data/evidence';
/** `data/evidence/<name>.json`. */
export function evidencePath(name: string): string {
  return `${EVIDENCE_DIR}/${name}.json`;
}
export const EvidenceNameSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/, 'an evidence file name'));

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * A place's mentions counted by role (schema 8), in the order of `PLACE_ROLES`: `[site, venue, actor,
 * context]`. The markers, their legend, the clusters and the frame read these before the evidence comes.
 */
export const RoleCountsSchema = v.pipe(
  v.tuple([count, count, count, count]),
  v.check((counts) => counts.some((n) => n > 0), 'a place has at least one mention'),
);
export type RoleCounts = v.InferOutput<typeof RoleCountsSchema>;

/** A place in the summary first file (schema 8): what its marker shows; its mentions wait in the evidence. */
export const SummaryPlaceSchema = v.object({
  type: v.literal('Feature'),
  geometry: v.object({ type: v.literal('Point'), coordinates: LngLatSchema }),
  properties: v.object({
    id: nonEmpty,
    kind: v.picklist(PLACE_KINDS),
    iso2: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
    name: NameSchema,
    roles: RoleCountsSchema,
  }),
});

/**
 * A claim the first view draws as an arc (schema 8): one whose `from` and `to` are two places. It is the
 * evidence file's claim of that id, with its article's id and date and its sources and equipment by name.
 */
export const MovementClaimSchema = v.pipe(
  v.object({
    id: nonEmpty,
    articleId: nonEmpty,
    published: isoDate,
    quote: RangePairSchema,
    clause: RangePairSchema,
    activities: v.array(v.picklist(ACTIVITY_KINDS)),
    stance: v.picklist(STANCES),
    claimant: v.nullable(SourceNameSchema),
    via: v.nullable(SourceNameSchema),
    equipment: v.array(EquipmentNameSchema),
    eventDate: v.nullable(isoDate),
    places: v.array(v.tuple([nonEmpty, v.picklist(PLACE_ROLES), offset, offset])),
    from: nonEmpty,
    to: nonEmpty,
    respondsTo: v.nullable(nonEmpty),
  }),
  v.check(
    ({ quote, clause }) => quote[0] <= clause[0] && clause[1] <= quote[1],
    'the clause of a claim lies inside its quote',
  ),
);
export type MovementClaim = v.InferOutput<typeof MovementClaimSchema>;

/**
 * The summary first file (schema 8, CONTRACT.md "Summary first file"): only what the first view draws,
 * the places with their mentions counted by role, the arcs, and how many articles and claims there are;
 * the articles, mentions and claims lie in the evidence file it names, their texts in the chunks.
 */
export const SummaryFirstFileSchema = v.object({
  schemaVersion: v.literal(8),
  places: v.object({ type: v.literal('FeatureCollection'), features: v.array(SummaryPlaceSchema) }),
  articles: count,
  claims: count,
  movements: v.array(MovementClaimSchema),
  evidence: EvidenceNameSchema,
  textChunks: v.array(TextChunkNameSchema),
});
export type SummaryFirstFile = v.InferOutput<typeof SummaryFirstFileSchema>;

/**
 * The evidence file (schema 8): the compact first file of schema 7 but for its places' names and
 * coordinates, which the summary gives: every article, each place's source and mentions by its id in the
 * summary's order, the tables of sources and equipment, and every claim.
 */
export const EvidenceFileSchema = v.object({
  articles: v.array(ChunkedArticleSchema),
  places: v.array(v.tuple([nonEmpty, nonEmpty, v.pipe(v.array(CompactMentionSchema), v.minLength(1))])),
  sources: v.array(SourceNameSchema),
  equipment: v.array(EquipmentNameSchema),
  claims: v.array(CompactClaimSchema),
});
export type EvidenceFile = v.InferOutput<typeof EvidenceFileSchema>;

export const DatasetSchema = v.pipe(
  DatasetShapeSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of findEvidenceProblems(dataset.value)) addIssue({ message: problem });
  }),
);
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/** The files the app fetches, relative to the page: the dataset, the base map and its labels. */
export const DATASET_PATH = 'data/dalil.json';
/**
 * The base map at world zooms: Natural Earth 1:110m land and countries as TopoJSON (world-atlas), objects
 * `land` and `countries`. Finer levels come in tiles (below).
 */
export const BASEMAP_PATH = 'data/basemap.json';
export const LABELS_PATH = 'data/labels.json';
/** Which tiles of the finer levels exist, and from which zoom each level is drawn (`BasemapTileIndexSchema`). */
export const BASEMAP_TILES_PATH = 'data/basemap/index.json';

/** The finer levels of the base map, each cut into tiles: Natural Earth 1:50m, then 1:10m. */
export const BASEMAP_LEVELS = ['50m', '10m'] as const;
export type BasemapLevel = (typeof BASEMAP_LEVELS)[number];

/**
 * A tile's file: `data/basemap/<level>/<column>-<row>.json`. Columns count from 180° W eastwards, rows from
 * 90° N southwards, each tile `degrees` of the level's index wide and high.
 */
export function basemapTilePath(level: BasemapLevel, column: number, row: number): string {
  return `data/basemap/${level}/${column}-${row}.json`;
}

const TileCountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4096));

export const BasemapTileIndexSchema = v.object({
  levels: v.array(
    v.object({
      id: v.picklist(BASEMAP_LEVELS),
      /** The lowest Leaflet zoom the level is drawn at; the next level takes over at its own. */
      minZoom: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
      /** A tile's side in degrees of longitude and latitude; 360 and 180 are whole multiples of it. */
      degrees: v.pipe(
        v.number(),
        v.check((d) => d > 0 && Number.isInteger(360 / d) && Number.isInteger(180 / d), 'divides the world'),
      ),
      /** The tiles that hold anything (land, a border or a town), as `[column, row]`; any other is sea. */
      tiles: v.array(v.tuple([TileCountSchema, TileCountSchema])),
    }),
  ),
});
export type BasemapTileIndex = v.InferOutput<typeof BasemapTileIndexSchema>;

/**
 * Lines as integers: `[x0, y0, dx1, dy1, …]`, the first point in quanta from the tile's south-west corner,
 * each next one the step from the point before (x eastwards, y northwards).
 */
const QuantizedLineSchema = v.pipe(
  v.array(v.pipe(v.number(), v.integer())),
  v.check((line) => line.length >= 4 && line.length % 2 === 0, 'a line of two points or more'),
);

/** A town on the base map, from the gazetteer's settlements (geo/towns.ts). */
export const TownSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: NameSchema,
  lngLat: LngLatSchema,
  /** The lowest Leaflet zoom at which the town is named: bigger towns, and lonelier ones, from lower zooms. */
  minZoom: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  /** Order of placement among the towns, by population: 0 first. */
  rank: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Town = v.InferOutput<typeof TownSchema>;

/** The margin a tile is cut with, as a share of its side: wider than a stroke and a clip's blur. */
export const BASEMAP_TILE_MARGIN = 1 / 32;

/** One tile of a finer level of the base map (`basemapTilePath`), cut with a margin around it. */
export const BasemapTileSchema = v.object({
  level: v.picklist(BASEMAP_LEVELS),
  column: TileCountSchema,
  row: TileCountSchema,
  /** Degrees of longitude and latitude per unit of the quantized lines: the source topology's own. */
  quantum: v.tuple([v.pipe(v.number(), v.minValue(1e-9)), v.pipe(v.number(), v.minValue(1e-9))]),
  /**
   * Land, polygons of rings (outer, then holes), cut at the tile's edges plus its margin
   * (`BASEMAP_TILE_MARGIN`). Its edges are the coasts, but for the steps along the margin's edge (the cut)
   * and along the 180th meridian (where Antarctica closes), which are no coast.
   */
  land: v.array(v.array(QuantizedLineSchema)),
  /** Borders between countries. */
  borders: v.array(QuantizedLineSchema),
  /** The towns that lie in the tile (not in its margin). */
  towns: v.array(TownSchema),
});
export type BasemapTile = v.InferOutput<typeof BasemapTileSchema>;

/** A country or sea name on the base map (`data/labels.json`, written by geo/labels.ts). */
export const MapLabelSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  /** `town` only as the app shows a tile's towns with the other labels; labels.json holds none. */
  kind: v.picklist(['country', 'water', 'town']),
  name: NameSchema,
  /** `[lng, lat]` in degrees: the country's pole of inaccessibility, or the middle of the sea. */
  lngLat: LngLatSchema,
  /** The lowest Leaflet zoom at which the label is worth showing. */
  minZoom: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  /** Order of placement: 0 first. A label that would overlap one placed before it is left out. */
  rank: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type MapLabel = v.InferOutput<typeof MapLabelSchema>;
export const MapLabelsSchema = v.array(MapLabelSchema);

/**
 * Cross-checks what the schema alone cannot: ids are unique, every mention and quote is a verbatim slice
 * of its article. Returns one message per problem; none means the evidence is exact.
 */
export function findEvidenceProblems(dataset: DatasetParts): string[] {
  return evidenceProblems(dataset).map((problem) => problem.message);
}

type DatasetParts = Pick<Dataset, 'articles' | 'places' | 'unresolved' | 'claims'>;

/** A problem of the evidence, with the article it lies in (null: the dataset as a whole, as a shared id). */
export interface EvidenceProblem {
  articleId: string | null;
  message: string;
}

/** A quote or clause: its text is at hand (schemas 2 to 4, or filled from its article), or only its offsets. */
type SpanLike = TextRange & { text?: string };

/**
 * What the checks know of an article: its text, or only its length when the text lies in a chunk file not
 * read yet (schema 6). Against a length, a span is checked to lie inside the text; against a text, to be
 * its verbatim slice.
 */
export interface CheckedArticle {
  id: string;
  published: string;
  text: string | null;
  length: number;
}

/** The parts of a dataset the evidence checks read, whether quotes carry their text or not. */
export interface EvidenceParts {
  articles: readonly CheckedArticle[];
  places: {
    features: readonly {
      properties: {
        id: string;
        mentions: readonly (SpanLike & { articleId: string; quote: SpanLike })[];
      };
    }[];
  };
  unresolved: readonly Unresolved[];
  claims?: readonly CheckedClaim[];
  /** Ids of claims beyond `claims` that a claim may answer (those of the articles not checked now). */
  otherClaimIds?: ReadonlySet<string>;
}

/** What the checks read of a claim: its spans carry their text when it is at hand. */
export interface CheckedClaim {
  id: string;
  articleId: string;
  published: string;
  quote: SpanLike;
  clause: SpanLike;
  claimant: SpanLike | null;
  via: SpanLike | null;
  cue: SpanLike | null;
  dateText: SpanLike | null;
  equipment: readonly (SpanLike & { id: string })[];
  places: readonly { placeId: string; start: number; end: number }[];
  from: string | null;
  to: string | null;
  respondsTo: string | null;
}

/** Whether `span` can be read in `article`: a verbatim slice of its text, or inside its length. */
function fits(article: CheckedArticle, span: SpanLike): boolean {
  if (span.end > article.length) return false;
  if (article.text === null || span.text === undefined) return true;
  return article.text.slice(span.start, span.end) === span.text;
}

function evidenceProblems(dataset: DatasetParts): EvidenceProblem[] {
  return checkEvidence({
    ...dataset,
    articles: dataset.articles.map((a) => ({ ...a, length: a.text.length })),
  });
}

/**
 * Every problem of the evidence: ids used twice, spans that are not verbatim slices of their article (or,
 * when only its length is known, that reach past it), claims that name places or claims they cannot.
 */
export function checkEvidence(dataset: EvidenceParts): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const byId = new Map<string, CheckedArticle>();
  for (const article of dataset.articles) {
    if (byId.has(article.id))
      problems.push({ articleId: null, message: `article ${article.id}: duplicate id` });
    byId.set(article.id, article);
  }
  const placeIds = new Set<string>();
  for (const { properties: place } of dataset.places.features) {
    if (placeIds.has(place.id))
      problems.push({ articleId: null, message: `place ${place.id}: duplicate id` });
    placeIds.add(place.id);
    for (const m of place.mentions) {
      const article = byId.get(m.articleId);
      const where = `place ${place.id}, article ${m.articleId} at ${m.start}`;
      const problem =
        article === undefined
          ? 'unknown article'
          : !fits(article, m)
            ? 'mention is not a verbatim slice'
            : !fits(article, m.quote)
              ? 'quote is not a verbatim slice'
              : null;
      if (problem) problems.push({ articleId: m.articleId, message: `${where}: ${problem}` });
    }
  }
  for (const u of dataset.unresolved) {
    const article = byId.get(u.articleId);
    if (!article || !fits(article, u))
      problems.push({
        articleId: u.articleId,
        message: `unresolved "${u.text}" in ${u.articleId}: not a verbatim slice`,
      });
  }
  problems.push(
    ...findClaimProblems(dataset.claims ?? [], byId, dataset.places.features, dataset.otherClaimIds),
  );
  return problems;
}

/**
 * Claims cite their article exactly too: every span is a verbatim slice, the clause and what it names lie
 * in the quote, and every place is one of the article's mentions of that place.
 */
function findClaimProblems(
  claims: NonNullable<EvidenceParts['claims']>,
  byId: ReadonlyMap<string, CheckedArticle>,
  features: EvidenceParts['places']['features'],
  otherClaimIds: ReadonlySet<string> = new Set(),
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const push = (claim: { id: string; articleId: string }, message: string) =>
    problems.push({ articleId: claim.articleId, message: `claim ${claim.id}: ${message}` });
  const mentionAt = new Set<string>();
  for (const { properties: p } of features)
    for (const m of p.mentions) mentionAt.add(`${p.id}@${m.articleId}:${m.start}-${m.end}`);
  const claimIds = new Set(claims.map((c) => c.id));
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.id)) push(c, 'duplicate id');
    seen.add(c.id);
    const article = byId.get(c.articleId);
    if (!article) {
      push(c, `unknown article ${c.articleId}`);
      continue;
    }
    if (c.published !== article.published) push(c, `published differs from its article's`);
    const spans: [string, SpanLike | null][] = [
      ['quote', c.quote],
      ['clause', c.clause],
      ['claimant', c.claimant],
      ['via', c.via],
      ['cue', c.cue],
      ['dateText', c.dateText],
      ...c.equipment.map((e): [string, typeof e] => [`equipment ${e.id}`, e]),
    ];
    for (const [name, span] of spans)
      if (span && !fits(article, span)) push(c, `${name} is not a verbatim slice`);
    const inClause = (s: { start: number; end: number }) =>
      c.clause.start <= s.start && s.end <= c.clause.end;
    for (const e of c.equipment) if (!inClause(e)) push(c, `equipment ${e.id} outside its clause`);
    if (c.cue && !inClause(c.cue)) push(c, 'cue outside its clause');
    if (c.dateText && (c.dateText.start < c.quote.start || c.dateText.end > c.quote.end))
      push(c, 'date outside its quote');
    for (const p of c.places) {
      if (!mentionAt.has(`${p.placeId}@${c.articleId}:${p.start}-${p.end}`))
        push(c, `place ${p.placeId} at ${p.start} is no mention of that place`);
      else if (!inClause(p)) push(c, `place ${p.placeId} outside its clause`);
    }
    for (const end of [c.from, c.to])
      if (end !== null && !c.places.some((p) => p.placeId === end))
        push(c, `from/to ${end} is not among its places`);
    if (c.respondsTo !== null && !claimIds.has(c.respondsTo) && !otherClaimIds.has(c.respondsTo))
      push(c, `responds to unknown claim ${c.respondsTo}`);
  }
  return problems;
}

/** Validates untrusted data of any readable version; returns the dataset or a list of readable problems. */
export function parseDataset(
  input: unknown,
): { ok: true; dataset: Dataset } | { ok: false; problems: string[] } {
  const result = v.safeParse(DatasetSchema, withQuoteTexts(input));
  if (result.success) return { ok: true, dataset: result.output };
  return { ok: false, problems: issueMessages(result.issues) };
}

/** The first twenty issues of a failed validation, each with the path to what failed. */
export function issueMessages(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 20).map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** An article the app sets aside because its evidence does not match its text. */
export interface QuarantinedArticle {
  articleId: string;
  title: string | null;
  problems: string[];
}

export type ReadDatasetResult = ReadResult<Dataset>;

/**
 * Validates untrusted data as the app reads it. Like `parseDataset`, but a span that does not match its
 * article's text sets that article aside (its mentions, claims and unresolved candidates with it, and the
 * places left with no mention) instead of refusing everything: the reader is told, and sees the rest.
 * A fault of the whole (a malformed file, an id used twice) still refuses it all. The build is strict:
 * it refuses such data in the first place (`parseDataset`).
 */
export function readDataset(stored: unknown): ReadDatasetResult {
  return readChecked(withQuoteTexts(stored), DatasetShapeSchema, evidenceProblems);
}

/** What the reading of the app sets aside article by article: the parts of a dataset that name one. */
interface ByArticle {
  articles: readonly { id: string; title: string | null }[];
  places: { features: readonly { properties: { mentions: readonly { articleId: string }[] } }[] };
  unresolved: readonly { articleId: string }[];
  claims?: readonly { articleId: string }[];
}

/** A dataset read by the app, or why it cannot be. */
export type ReadResult<D> =
  { ok: true; dataset: D; quarantined: QuarantinedArticle[] } | { ok: false; problems: string[] };

/**
 * Reads untrusted data of `shape`, its evidence checked by `check`: a part that fails sets its article
 * aside, a fault of the whole refuses the file (`readDataset`).
 */
export function readChecked<D extends ByArticle>(
  input: unknown,
  shape: v.GenericSchema<unknown, D>,
  check: (dataset: D) => EvidenceProblem[],
): ReadResult<D> {
  const parsed = v.safeParse(shape, input);
  if (!parsed.success)
    return readWithoutMalformedArticles(input, parsed.issues, (rest) => readChecked(rest, shape, check));
  const dataset = parsed.output;
  const problems = check(dataset);
  if (problems.some((p) => p.articleId === null))
    return { ok: false, problems: problems.map((p) => p.message) };
  const bad = new Map<string, string[]>();
  for (const { articleId, message } of problems)
    bad.set(articleId!, [...(bad.get(articleId!) ?? []), message]);
  if (bad.size === 0) return { ok: true, dataset, quarantined: [] };
  const kept: D = {
    ...dataset,
    articles: dataset.articles.filter((a) => !bad.has(a.id)),
    places: {
      ...dataset.places,
      features: dataset.places.features.flatMap((f) => {
        const mentions = f.properties.mentions.filter((m) => !bad.has(m.articleId));
        return mentions.length === 0 ? [] : [{ ...f, properties: { ...f.properties, mentions } }];
      }),
    },
    unresolved: dataset.unresolved.filter((u) => !bad.has(u.articleId)),
    claims: dataset.claims?.filter((c) => !bad.has(c.articleId)),
  };
  const left = check(kept);
  if (left.length > 0) return { ok: false, problems: left.map((p) => p.message) };
  const titles = new Map(dataset.articles.map((a) => [a.id, a.title]));
  const quarantined = [...bad].map(([articleId, messages]) => ({
    articleId,
    title: titles.get(articleId) ?? null,
    problems: messages,
  }));
  return { ok: true, dataset: kept, quarantined };
}

/**
 * When the only malformed parts of the file are spans of some articles (a quote whose length does not
 * match its text), sets those articles aside and reads the rest with `read`; otherwise refuses the file.
 */
function readWithoutMalformedArticles<D>(
  input: unknown,
  issues: readonly v.BaseIssue<unknown>[],
  read: (rest: unknown) => ReadResult<D>,
): ReadResult<D> {
  const refuse: ReadResult<D> = { ok: false, problems: issueMessages(issues) };
  const bad = new Map<string, string[]>();
  for (const issue of issues) {
    const articleId = articleOfIssue(input, issue.path?.map((p) => p.key) ?? []);
    if (articleId === null) return refuse;
    bad.set(articleId, [...(bad.get(articleId) ?? []), ...issueMessages([issue])]);
  }
  const raw = input as { articles: { id: unknown; title?: unknown }[] } & Record<string, unknown>;
  const others = (items: unknown, articleOf: (item: Record<string, unknown>) => unknown) =>
    Array.isArray(items)
      ? items.filter((item: Record<string, unknown>) => !bad.has(String(articleOf(item))))
      : items;
  const places = raw.places as { features?: unknown } | undefined;
  const rest = {
    ...raw,
    articles: others(raw.articles, (a) => a.id),
    places: {
      ...places,
      features: Array.isArray(places?.features)
        ? (places.features as { properties?: { mentions?: unknown } }[]).flatMap((f) => {
            const mentions = others(f.properties?.mentions, (m) => m.articleId);
            // A place named only in the articles set aside goes with them.
            return Array.isArray(mentions) && mentions.length === 0
              ? []
              : [{ ...f, properties: { ...f.properties, mentions } }];
          })
        : places?.features,
    },
    unresolved: others(raw.unresolved, (u) => u.articleId),
    claims: others(raw.claims, (c) => c.articleId),
  };
  const kept = read(rest);
  if (!kept.ok) return refuse;
  const titles = new Map(
    raw.articles.map((a) => [String(a.id), typeof a.title === 'string' ? a.title : null]),
  );
  const setAside = [...bad].map(([articleId, problems]) => ({
    articleId,
    title: titles.get(articleId) ?? null,
    problems,
  }));
  return { ok: true, dataset: kept.dataset, quarantined: [...setAside, ...kept.quarantined] };
}

/** The id of the article a malformed part belongs to (a mention, a claim, a candidate), or null. */
function articleOfIssue(input: unknown, path: readonly unknown[]): string | null {
  const at = (value: unknown, ...keys: unknown[]): unknown =>
    keys.reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[String(key)]
          : undefined,
      value,
    );
  const [top, index, , , list, item] = path;
  const id =
    top === 'places' && index === 'features' && list === 'mentions'
      ? at(input, 'places', 'features', path[2], 'properties', 'mentions', item, 'articleId')
      : top === 'claims' || top === 'unresolved'
        ? at(input, top, index, 'articleId')
        : undefined;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** Where a quote or a clause lies in its article: the text it stands for is `article.text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** A mention as stored (schema 5): its quote by offsets only. */
export type StoredMention = Omit<Mention, 'quote'> & { quote: TextRange };
/** A claim as stored (schema 5): its quote and clause by offsets only. */
export type StoredClaim = Omit<Claim, 'quote' | 'clause'> & { quote: TextRange; clause: TextRange };
export type StoredPlaceFeature = Omit<PlaceFeature, 'properties'> & {
  properties: Omit<PlaceProperties, 'mentions'> & { mentions: StoredMention[] };
};

/** The dataset as the build and the desk write it: no sentence twice, once in its article and again as a quote. */
export interface StoredDataset {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: Article[];
  places: { type: 'FeatureCollection'; features: StoredPlaceFeature[] };
  unresolved: Unresolved[];
  claims: StoredClaim[];
}

const rangeOf = ({ start, end }: TextRange): TextRange => ({ start, end });

/**
 * The dataset to write (schema 5): quotes and clauses by their offsets, without the text their article
 * already holds, which was 40% of the file. Every other field as it is.
 */
export function storedDataset(dataset: Dataset): StoredDataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: dataset.articles,
    places: { type: 'FeatureCollection', features: rangedPlaces(dataset.places.features) },
    unresolved: dataset.unresolved,
    claims: rangedClaims(dataset.claims ?? []),
  };
}

/** Places whose mentions' quotes are their offsets alone, whatever text they carried. */
export function rangedPlaces(features: readonly StoredPlaceFeature[]): StoredPlaceFeature[] {
  return features.map((feature) => ({
    ...feature,
    properties: {
      ...feature.properties,
      mentions: feature.properties.mentions.map((m) => ({ ...m, quote: rangeOf(m.quote) })),
    },
  }));
}

/** Claims whose quote and clause are their offsets alone, whatever text they carried. */
export function rangedClaims(claims: readonly StoredClaim[]): StoredClaim[] {
  return claims.map((c) => ({ ...c, quote: rangeOf(c.quote), clause: rangeOf(c.clause) }));
}

type Loose = Record<string, unknown>;
const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

/**
 * Unchecked data with the text of every quote and clause that comes without it (schema 5) sliced from its
 * article, so that the schema and the evidence checks read every version alike. A quote that carries its
 * text (schemas 2 to 4) keeps it, to be checked against its article. What it cannot read it leaves as it
 * is, for the schema to refuse; an offset beyond the article's text gives a text too short, which the
 * schema refuses for that article alone. The input is not changed.
 */
export function withQuoteTexts(input: unknown): unknown {
  if (!isLoose(input) || !Array.isArray(input.articles)) return input;
  const texts = new Map<unknown, string>();
  for (const article of input.articles as unknown[])
    if (isLoose(article) && typeof article.text === 'string') texts.set(article.id, article.text);
  const filled = (owner: Loose, key: string): unknown => {
    const range = owner[key];
    const text = texts.get(owner.articleId);
    if (!isLoose(range) || 'text' in range || text === undefined) return range;
    if (typeof range.start !== 'number' || typeof range.end !== 'number') return range;
    return { ...range, text: text.slice(range.start, range.end) };
  };
  const places = input.places;
  const features = isLoose(places) && Array.isArray(places.features) ? (places.features as unknown[]) : null;
  return {
    ...input,
    ...(features && {
      places: {
        ...(places as Loose),
        features: features.map((feature) => {
          if (!isLoose(feature) || !isLoose(feature.properties)) return feature;
          const { mentions } = feature.properties;
          if (!Array.isArray(mentions)) return feature;
          return {
            ...feature,
            properties: {
              ...feature.properties,
              mentions: (mentions as unknown[]).map((m) =>
                isLoose(m) ? { ...m, quote: filled(m, 'quote') } : m,
              ),
            },
          };
        }),
      },
    }),
    ...(Array.isArray(input.claims) && {
      claims: (input.claims as unknown[]).map((c) =>
        isLoose(c) ? { ...c, quote: filled(c, 'quote'), clause: filled(c, 'clause') } : c,
      ),
    }),
  };
}
