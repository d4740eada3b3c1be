/**
 * Applies an editor's place corrections to the geoparser's reading of one article: a rejected mention
 * leaves the map for the unresolved list (with the editor's reason), a verified, re-resolved or hand-placed
 * one stands with its review, a missed one is added with its quote. Corrections whose words no longer stand
 * at their offsets, or that name a place the gazetteer no longer has, are stale: reported, not applied.
 *
 * For one article, the latest decision on a span wins (corrections are a log, in the order they were made).
 */
import type { Mention, PlaceFeature, Review, Unresolved } from '../contract';
import { toFeature, type FeaturePlace } from '../features';
import type { GazetteerEntry } from '../gazetteer/entry';
import { quoteFor, splitSentences } from '../text/sentences';
import {
  isPlaceCorrection,
  reviewStateOf,
  type Correction,
  type ManualPlace,
  type PlaceCorrection,
} from './schema';

/** A correction that was not applied, and why. */
export interface StaleCorrection {
  correction: Correction;
  problem: string;
}

export interface CorrectedReading {
  features: PlaceFeature[];
  unresolved: Unresolved[];
  applied: Correction[];
  stale: StaleCorrection[];
}

interface Reading {
  features: readonly PlaceFeature[];
  unresolved: readonly Unresolved[];
}

/** A mention with the place it belongs to. */
interface Placed {
  place: FeaturePlace;
  mention: Mention;
}

const spanKey = (start: number, end: number) => `${start}:${end}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * The reading of `article` with `corrections` applied (those of other articles are ignored).
 * `placeById` looks a place up in the gazetteer. Without a correction for the article, `reading` is handed
 * back as it is.
 */
export function applyPlaceCorrections(
  article: { id: string; text: string },
  reading: Reading,
  corrections: readonly Correction[],
  placeById: (id: string) => GazetteerEntry | undefined,
): CorrectedReading {
  const mine = corrections.filter((c) => c.articleId === article.id).filter(isPlaceCorrection);
  if (mine.length === 0)
    return { features: [...reading.features], unresolved: [...reading.unresolved], applied: [], stale: [] };

  const stale: StaleCorrection[] = [];
  const latest = new Map<string, PlaceCorrection>();
  for (const correction of mine) {
    const problem = staleness(correction, article.text, placeById);
    if (problem) stale.push({ correction, problem });
    else latest.set(spanKey(correction.start, correction.end), correction);
  }
  const applied = [...latest.values()].sort((a, b) => a.start - b.start);

  const automatic: Placed[] = reading.features.flatMap((feature) =>
    feature.properties.mentions.map((mention) => ({ place: placeOf(feature), mention })),
  );
  const placing = applied.filter((c) => c.action !== 'reject');
  const rejecting = new Map(
    applied.filter((c) => c.action === 'reject').map((c) => [spanKey(c.start, c.end), c]),
  );
  const unresolved = reading.unresolved.filter((u) => !placing.some((c) => overlaps(c, u)));
  const kept: Placed[] = [];
  for (const placed of automatic) {
    const { start, end } = placed.mention;
    const rejected = rejecting.get(spanKey(start, end));
    if (rejected) {
      unresolved.push({
        articleId: article.id,
        start,
        end,
        text: placed.mention.text,
        reason: `not a place here (${rejected.why}): rejected by ${rejected.by}`,
      });
    } else if (!placing.some((c) => overlaps(c, placed.mention))) kept.push(placed);
  }

  const sentences = splitSentences(article.text);
  for (const correction of placing) {
    const place =
      correction.action === 'place'
        ? manualPlace(correction.place, correction)
        : placeById(correction.placeId)!;
    const quote = quoteFor(article.text, sentences, correction.start, correction.end);
    const review: Review = {
      state: reviewStateOf(correction.action),
      by: correction.by,
      at: correction.at,
      note: correction.note,
    };
    const was = automatic.find(
      (p) => p.mention.start === correction.start && p.mention.end === correction.end,
    );
    kept.push({
      place,
      mention: {
        ...(was?.mention.role ? { role: was.mention.role } : {}),
        articleId: article.id,
        start: correction.start,
        end: correction.end,
        text: correction.text,
        quote: { ...quote, text: article.text.slice(quote.start, quote.end) },
        confidence: 1,
        reason: `${review.state} by ${correction.by}`,
        review,
      },
    });
  }
  unresolved.sort((a, b) => a.start - b.start);
  return { features: regroup(kept), unresolved, applied, stale };
}

/** Why a correction cannot be applied to this article's text, or null when it can. */
function staleness(
  correction: PlaceCorrection,
  text: string,
  placeById: (id: string) => GazetteerEntry | undefined,
): string | null {
  const now = text.slice(correction.start, correction.end);
  if (now !== correction.text)
    return now.length === 0
      ? `the article is shorter than offset ${correction.end} now`
      : `the words at ${correction.start}–${correction.end} now read "${now}"`;
  if ((correction.action === 'verify' || correction.action === 'resolve') && !placeById(correction.placeId))
    return `the gazetteer has no place "${correction.placeId}" now`;
  if (correction.action === 'place' && placeById(correction.place.id))
    return `"${correction.place.id}" is the id of a gazetteer place: a place set by hand needs its own`;
  return null;
}

/** One feature per place, in order of first mention, each with its mentions in text order. */
function regroup(placed: readonly Placed[]): PlaceFeature[] {
  const byId = new Map<string, PlaceFeature>();
  for (const { place, mention } of [...placed].sort((a, b) => a.mention.start - b.mention.start)) {
    const known = byId.get(place.id);
    if (known) known.properties.mentions.push(mention);
    else byId.set(place.id, toFeature(place, mention));
  }
  return [...byId.values()];
}

/** The place a feature shows, as the feature builder takes it. */
function placeOf(feature: PlaceFeature): FeaturePlace {
  const { id, kind, iso2, name, source } = feature.properties;
  const [lng, lat] = feature.geometry.coordinates;
  return { id, kind, iso2, name, source, lngLat: [lng, lat] };
}

function manualPlace(place: ManualPlace, correction: Correction): FeaturePlace {
  return { ...place, source: `placed by hand by ${correction.by}, ${correction.at.slice(0, 10)}` };
}
