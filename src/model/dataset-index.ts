/**
 * Lookups derived from a dataset, built once per dataset and cached, so selectors return the same
 * objects on every call (React re-renders only when the data really changed).
 */
import type { TextRange } from '../../geo/contract';
import type { ListedArticle, ListedDataset, ListedPlaceFeature } from '../../geo/split-dataset';
import { memoize } from './memo';
import type { OffsetRange } from './split-at-ranges';

/** One quoting sentence and the place names to highlight in it (article offsets). */
export interface QuoteEvidence {
  quote: TextRange;
  names: OffsetRange[];
}

/** The sentences of one article that mention one place, in reading order. */
export interface ArticleEvidence {
  article: ListedArticle;
  quotes: QuoteEvidence[];
}

export interface DatasetIndex {
  articles: Map<string, ListedArticle>;
  places: Map<string, ListedPlaceFeature>;
  /** Per place, the articles that mention it, oldest first. */
  evidence: Map<string, ArticleEvidence[]>;
  /** Per article, its quoting sentences by start offset. */
  quotes: Map<string, Map<number, TextRange>>;
}

export const indexDataset: (dataset: ListedDataset) => DatasetIndex = memoize(buildIndex);

function buildIndex(dataset: ListedDataset): DatasetIndex {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const places = new Map<string, ListedPlaceFeature>();
  const evidence = new Map<string, ArticleEvidence[]>();
  const quotes = new Map<string, Map<number, TextRange>>();

  for (const place of dataset.places.features) {
    places.set(place.properties.id, place);
    const byArticle = new Map<string, Map<number, QuoteEvidence>>();
    for (const mention of place.properties.mentions) {
      let articleQuotes = quotes.get(mention.articleId);
      if (!articleQuotes) quotes.set(mention.articleId, (articleQuotes = new Map<number, TextRange>()));
      articleQuotes.set(mention.quote.start, mention.quote);

      let sentences = byArticle.get(mention.articleId);
      if (!sentences) byArticle.set(mention.articleId, (sentences = new Map<number, QuoteEvidence>()));
      // Two mentions in one sentence show the sentence once, with both names marked.
      const sentence = sentences.get(mention.quote.start) ?? { quote: mention.quote, names: [] };
      sentence.names.push({ start: mention.start, end: mention.end });
      sentences.set(mention.quote.start, sentence);
    }
    const grouped: ArticleEvidence[] = [];
    for (const [articleId, sentences] of byArticle) {
      const article = articles.get(articleId);
      if (!article) continue;
      const ordered = [...sentences.values()].sort((a, b) => a.quote.start - b.quote.start);
      for (const sentence of ordered) sentence.names.sort((a, b) => a.start - b.start);
      grouped.push({ article, quotes: ordered });
    }
    grouped.sort(byPublishedThenId);
    evidence.set(place.properties.id, grouped);
  }
  return { articles, places, evidence, quotes };
}

function byPublishedThenId(a: ArticleEvidence, b: ArticleEvidence): number {
  const date = a.article.published.localeCompare(b.article.published);
  return date !== 0 ? date : a.article.id.localeCompare(b.article.id);
}
