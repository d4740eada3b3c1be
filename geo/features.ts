/** Turns located mentions into GeoJSON features: one per place, verbatim mentions and quotes. */
import type { Mention, PlaceFeature } from './contract';
import type { GazetteerEntry } from './gazetteer/entry';
import { toOriginal, type Normalized } from './letters/normalize';
import { quoteFor, splitSentences } from './text/sentences';

/** A mention resolved to a place, in normalised offsets. */
export interface Located {
  entry: GazetteerEntry;
  start: number;
  end: number;
  confidence: number;
  reason: string;
}

/** Groups located mentions by place, in order of first mention, with offsets into the original text. */
export function toFeatures(
  text: string,
  norm: Normalized,
  located: Located[],
  articleId: string,
): PlaceFeature[] {
  const sentences = splitSentences(text);
  const byPlace = new Map<string, PlaceFeature>();
  for (const l of [...located].sort((a, b) => a.start - b.start)) {
    const [start, end] = toOriginal(norm, l.start, l.end, text);
    const quote = quoteFor(text, sentences, start, end);
    const mention: Mention = {
      articleId,
      start,
      end,
      text: text.slice(start, end),
      quote: { start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end) },
      confidence: l.confidence,
      reason: l.reason,
    };
    const feature = byPlace.get(l.entry.id);
    if (feature) feature.properties.mentions.push(mention);
    else byPlace.set(l.entry.id, toFeature(l.entry, mention));
  }
  return [...byPlace.values()];
}

/** Rounds degrees to 6 decimals (about 0.1 m), as Leaflet does on the way out. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** What a feature shows of a place: a gazetteer entry's, or a place an editor set by hand. */
export type FeaturePlace = Pick<GazetteerEntry, 'id' | 'kind' | 'iso2' | 'name' | 'source' | 'lngLat'>;

/** The feature of `entry`, with its first mention. */
export function toFeature(entry: FeaturePlace, mention: Mention): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round6(entry.lngLat[0]), round6(entry.lngLat[1])] },
    properties: {
      id: entry.id,
      kind: entry.kind,
      iso2: entry.iso2,
      name: entry.name,
      source: entry.source,
      mentions: [mention],
    },
  };
}
