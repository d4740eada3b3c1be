/**
 * Annotated corpora in one format, for measuring the geoparser on text it was not written for: one
 * document a line, `{"id", "lang", "text", "gold": [{start, end, text, kind, lat?, lon?}]}`, offsets in
 * UTF-16 code units, end exclusive (`text.slice(start, end) === gold.text`).
 */

/** The kinds a corpus gives its gold spans; null when it says none. */
export const GOLD_KINDS = [
  'country',
  'admin1',
  'admin2',
  'city',
  'town',
  'facility',
  'water',
  'region',
  'demonym',
  'other',
] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

/** One place name the annotators marked; `lngLat` in degrees when they gave a point. */
export interface GoldSpan {
  start: number;
  end: number;
  kind: GoldKind | null;
  lngLat: [number, number] | null;
}

export interface CorpusDocument {
  id: string;
  text: string;
  gold: GoldSpan[];
}

/** Reads one line of a corpus; throws an Error saying what is wrong with it. */
export function parseCorpusLine(line: string): CorpusDocument {
  const value = JSON.parse(line) as {
    id?: unknown;
    text?: unknown;
    gold?: unknown;
  };
  const { id, text, gold } = value;
  if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(gold))
    throw new Error('not a document: "id" and "text" strings and a "gold" list are needed');
  return { id, text, gold: gold.map((span) => goldSpan(span as Record<string, unknown>, text)) };
}

function goldSpan(span: Record<string, unknown>, text: string): GoldSpan {
  const { start, end, kind, lat, lon } = span;
  if (typeof start !== 'number' || typeof end !== 'number' || text.slice(start, end) !== span.text)
    throw new Error(`gold span ${JSON.stringify(span)} is not a slice of the text`);
  if (kind !== null && !(GOLD_KINDS as readonly unknown[]).includes(kind))
    throw new Error(`gold span at ${start}: unknown kind ${JSON.stringify(kind)}`);
  const located = typeof lat === 'number' && typeof lon === 'number';
  return { start, end, kind: kind as GoldKind | null, lngLat: located ? [lon, lat] : null };
}
