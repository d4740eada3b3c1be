/**
 * What the reading worker does, apart from the messages: the geoparser, the corrections and the claims
 * extractor of the build, run on the desk's articles. Each article's places are read once per text and
 * kept, and its whole reading once per text and decisions on it: a decision re-reads only its article.
 */
import type { Article } from '../../../geo/contract';
import { candidatesFor, searchPlaces, type PlaceCandidate } from '../../../geo/corrections/place-search';
import {
  readArticle,
  readPlaces,
  type ArticleReading,
  type PlacesReading,
} from '../../../geo/corrections/read-article';
import type { Correction } from '../../../geo/corrections/schema';
import type { Gazetteer } from '../../../geo/match/gazetteer';
import type { PlaceChoice } from './protocol';

export interface Reader {
  read(
    articles: readonly Article[],
    corrections: readonly Correction[],
    progress: (done: number, total: number) => void,
  ): Record<string, ArticleReading>;
  candidates(words: string): PlaceChoice[];
  search(query: string): PlaceChoice[];
}

const choice = ({ entry, why }: PlaceCandidate): PlaceChoice => ({
  id: entry.id,
  kind: entry.kind,
  iso2: entry.iso2,
  name: entry.name,
  lngLat: entry.lngLat,
  why,
});

export function createReader(gazetteer: Gazetteer): Reader {
  /** Per article id: the text read, the geoparser's reading of it, and the last whole reading made. */
  const places = new Map<
    string,
    { text: string; places: PlacesReading; decisions?: string; reading?: ArticleReading }
  >();
  return {
    read(articles, corrections, progress) {
      const readings: Record<string, ArticleReading> = {};
      articles.forEach((article, k) => {
        let known = places.get(article.id);
        if (known?.text !== article.text) {
          known = { text: article.text, places: readPlaces(article, gazetteer) };
          places.set(article.id, known);
        }
        // The claims read the article's metadata too (its date dates "yesterday").
        const { id, title, published, language, outlet, url, note } = article;
        const decisions = JSON.stringify([
          [id, title, published, language, outlet, url, note],
          corrections.filter((c) => c.articleId === article.id),
        ]);
        if (known.decisions !== decisions || !known.reading) {
          known.reading = readArticle(article, known.places, gazetteer, corrections);
          known.decisions = decisions;
        }
        readings[article.id] = known.reading;
        progress(k + 1, articles.length);
      });
      const ids = new Set(articles.map((a) => a.id));
      for (const id of places.keys()) if (!ids.has(id)) places.delete(id);
      return readings;
    },
    candidates: (words) => candidatesFor(words, gazetteer).map(choice),
    search: (query) => searchPlaces(query, gazetteer).map(choice),
  };
}
