/**
 * The address's codec: every parameter the app reads from or writes into a query string, in this one
 * place. The URL is untrusted input (anyone can craft a link), so each parameter is checked with a schema
 * on its own and an invalid one falls back to its default without spoiling the others. Writing changes
 * only the parameters a patch names; every other one (anything a host page added) keeps its place.
 *
 * Parameters: `place`, `quote` (`<article id>:<offset>`), `view` (`<lat>,<lng>,<zoom>`), `lang`, `embed`,
 * `preview` (the desk's),
 * and the filters: `kinds` (activity kinds), `from`, `to`, `claimant`, `stance`, `article`, and `actors=1`
 * (places named only as actors or context drawn too).
 */
import * as v from 'valibot';
import { ACTIVITY_KINDS, LANGUAGES, STANCES, type Language } from '../../geo/contract';
import { NO_FILTERS, type Filters } from '../model/filters';
import { MAX_ZOOM, MIN_ZOOM, roundView, type MapView } from '../model/map-view';

/** The sentence a link points at: an article and the start offset of its quote (UTF-16 code units). */
export interface QuoteRef {
  articleId: string;
  start: number;
}

export interface Address {
  place: string | null;
  quote: QuoteRef | null;
  view: MapView | null;
  /** Null when the address names no language we have: the reader's browser then decides (i18n/language). */
  language: Language | null;
  embed: boolean;
  /** The desk's preview: the dataset comes from the desk page that frames this one (platform/desk-preview.ts). */
  preview: boolean;
  /** What the claims are narrowed to (src/filters): activity kinds, stances, claimant, article, dates. */
  filters: Filters;
  /** Whether places named only as actors or context are drawn too. */
  actors: boolean;
}

export const PARAMS = {
  place: 'place',
  quote: 'quote',
  view: 'view',
  language: 'lang',
  embed: 'embed',
  preview: 'preview',
  kinds: 'kinds',
  from: 'from',
  to: 'to',
  claimant: 'claimant',
  stance: 'stance',
  article: 'article',
  actors: 'actors',
} as const;

/** Web Mercator stops short of the poles. */
const MAX_LATITUDE = 85.05;
/** Longer values are never produced by the app; refusing them early bounds the work on hostile links. */
const MAX_PARAM_LENGTH = 200;

const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/));
const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,120}$/));
/** A decimal number as the app writes it: no exponents, no hex, no `Infinity`. */
const decimal = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^-?\d{1,3}(\.\d{1,8})?$/),
    v.transform(Number),
    v.number(),
    v.minValue(min),
    v.maxValue(max),
  );

const QuoteSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,120}:\d{1,9}$/),
  v.transform((text): QuoteRef => {
    const at = text.lastIndexOf(':');
    return { articleId: text.slice(0, at), start: Number(text.slice(at + 1)) };
  }),
  v.object({ articleId: ArticleIdSchema, start: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
);

const ViewSchema = v.pipe(
  v.string(),
  v.transform((text) => text.split(',')),
  v.tuple([decimal(-MAX_LATITUDE, MAX_LATITUDE), decimal(-180, 180), decimal(MIN_ZOOM, MAX_ZOOM)]),
  v.transform(([lat, lng, zoom]): MapView => ({ lat, lng, zoom })),
);

const LanguageSchema = v.picklist(LANGUAGES);
const EmbedSchema = v.literal('1');
/** A calendar date that exists (`2015-02-30` does not). */
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'no such day'),
);
/** A comma-separated list of known words, each at most once. */
const list = <T extends string>(options: readonly T[]) =>
  v.pipe(
    v.string(),
    v.transform((text) => text.split(',')),
    v.array(v.picklist(options)),
    v.minLength(1),
    v.check((items) => new Set(items).size === items.length, 'each at most once'),
  );
const KindsSchema = list(ACTIVITY_KINDS);
const StancesSchema = list(STANCES);
const ClaimantSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

/** Runs `schema` on one parameter; anything missing, too long or invalid gives `null`. */
function read<T>(params: URLSearchParams, name: string, schema: v.GenericSchema<string, T>): T | null {
  const raw = params.get(name);
  if (raw === null || raw.length > MAX_PARAM_LENGTH) return null;
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : null;
}

/** Reads the address from a query string such as `location.search`; never throws. */
export function parseAddress(search: string): Address {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  let from = read(params, PARAMS.from, isoDate);
  let to = read(params, PARAMS.to, isoDate);
  // A range that ends before it starts is a broken link, not an empty filter.
  if (from !== null && to !== null && from > to) from = to = null;
  return {
    place: read(params, PARAMS.place, IdSchema),
    quote: read(params, PARAMS.quote, QuoteSchema),
    view: read(params, PARAMS.view, ViewSchema),
    language: read(params, PARAMS.language, LanguageSchema),
    embed: read(params, PARAMS.embed, EmbedSchema) !== null,
    preview: read(params, PARAMS.preview, EmbedSchema) !== null,
    filters: {
      activities: read(params, PARAMS.kinds, KindsSchema),
      stances: read(params, PARAMS.stance, StancesSchema),
      claimant: read(params, PARAMS.claimant, ClaimantSchema),
      articleId: read(params, PARAMS.article, ArticleIdSchema),
      from,
      to,
    },
    actors: read(params, PARAMS.actors, EmbedSchema) !== null,
  };
}

/** What to change in an address: the parameters named, to these values (null: back to the default). */
export type AddressPatch = Partial<Address>;

export function formatView(view: MapView): string {
  const { lat, lng, zoom } = roundView(view);
  return `${lat},${lng},${zoom}`;
}

export function formatQuote({ articleId, start }: QuoteRef): string {
  return `${articleId}:${start}`;
}

/** Values as the address shows them; `null` removes the parameter (it is then at its default). */
function valuesOf(patch: AddressPatch): [string, string | null][] {
  const values: [string, string | null][] = [];
  if ('place' in patch) values.push([PARAMS.place, patch.place ?? null]);
  if ('quote' in patch) values.push([PARAMS.quote, patch.quote ? formatQuote(patch.quote) : null]);
  if ('view' in patch) values.push([PARAMS.view, patch.view ? formatView(patch.view) : null]);
  if ('language' in patch) values.push([PARAMS.language, patch.language ?? null]);
  if ('embed' in patch) values.push([PARAMS.embed, patch.embed ? '1' : null]);
  if ('preview' in patch) values.push([PARAMS.preview, patch.preview ? '1' : null]);
  if ('filters' in patch) values.push(...filterValues(patch.filters ?? NO_FILTERS));
  if ('actors' in patch) values.push([PARAMS.actors, patch.actors ? '1' : null]);
  return values;
}

function filterValues(filters: Filters): [string, string | null][] {
  return [
    [PARAMS.kinds, filters.activities?.join(',') ?? null],
    [PARAMS.stance, filters.stances?.join(',') ?? null],
    [PARAMS.claimant, filters.claimant],
    [PARAMS.article, filters.articleId],
    [PARAMS.from, filters.from],
    [PARAMS.to, filters.to],
  ];
}

/** Keeps commas and colons readable in links people copy and read. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** The query string (with its `?`, or empty) that applies `patch` to `search`. */
export function searchWith(search: string, patch: AddressPatch): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of valuesOf(patch)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = [...params].map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  return query ? `?${query}` : '';
}
