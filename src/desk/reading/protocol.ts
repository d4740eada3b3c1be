/** The messages between the desk and its reading worker. Plain data: both sides structured-clone them. */
import type { Article, LngLat, Name, PlaceKind } from '../../../geo/contract';
import type { ArticleReading } from '../../../geo/corrections/read-article';
import type { Correction } from '../../../geo/corrections/schema';

/** A gazetteer place as the desk shows it in a list of candidates. */
export interface PlaceChoice {
  id: string;
  kind: PlaceKind;
  iso2: string | null;
  name: Name;
  lngLat: LngLat;
  why: string;
}

export type ReadingRequest =
  | { kind: 'read'; request: number; articles: Article[]; corrections: Correction[] }
  | { kind: 'candidates'; request: number; words: string }
  | { kind: 'search'; request: number; query: string };

export type ReadingReply =
  | { kind: 'progress'; request: number; done: number; total: number }
  | { kind: 'read'; request: number; readings: Record<string, ArticleReading> }
  | { kind: 'places'; request: number; places: PlaceChoice[] }
  | { kind: 'error'; request: number; message: string };
