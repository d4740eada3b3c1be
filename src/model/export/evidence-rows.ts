/**
 * What an export holds: the evidence on screen, one row per place mention (and per claim, in the rare
 * case that two claims share a mention). The same rows make the GeoJSON, the CSV and the annotations, so
 * the three files always agree.
 */
import type {
  ListedArticle,
  ListedClaim,
  ListedDataset,
  ListedMention,
  ListedPlaceFeature,
} from '../../../geo/split-dataset';
import { claimDetailOf, type ArticleDetail } from '../../../geo/listed-dataset';
import { indexClaims } from '../claim-index';
import { indexDataset } from '../dataset-index';
import { quoteShownUnderFilters } from '../filter-evidence';

/** One piece of evidence: a place, one mention of it in an article, and the claim it belongs to, if any. */
export interface EvidenceRow {
  place: ListedPlaceFeature;
  mention: ListedMention;
  article: ListedArticle;
  /** The article's text: every quote is sliced from it, every offset counted in it. */
  text: string;
  claim: ListedClaim | null;
  /** The words that name the claim's claimant, from the claim's detail; null for the article's own voice. */
  claimant: string | null;
}

/** What is on screen: the places the map draws and, while the reader filters, the claims shown. */
export interface ExportScope {
  dataset: ListedDataset;
  /** The places drawn, in the map's order. */
  places: readonly ListedPlaceFeature[];
  /** The ids of the claims the filters leave; null when nothing is filtered (every mention is shown). */
  visibleClaimIds: ReadonlySet<string> | null;
  /** The texts of the articles of those places (the app fetches them first: `exportArticleIds`). */
  texts: ReadonlyMap<string, string>;
  /** Their evidence's details, which come with the texts (`ArticleDetail`). */
  details: ReadonlyMap<string, ArticleDetail>;
}

/** The articles whose texts an export of these places needs. */
export function exportArticleIds(places: readonly ListedPlaceFeature[]): Set<string> {
  return new Set(places.flatMap((place) => place.properties.mentions.map((m) => m.articleId)));
}

/**
 * The rows of an export, place by place (in the order given), then by article (oldest first) and by
 * position in the text: every mention whose sentence the popup shows. A mention belongs to a claim when
 * the claim names that very mention; while filtering, only claims shown count.
 */
export function evidenceRows({
  dataset,
  places,
  visibleClaimIds,
  texts,
  details,
}: ExportScope): EvidenceRow[] {
  const { articles } = indexDataset(dataset);
  const claims = indexClaims(dataset);
  const rows: EvidenceRow[] = [];
  for (const place of places) {
    const placeId = place.properties.id;
    const mentions = place.properties.mentions
      .map((mention) => ({ mention, article: articles.get(mention.articleId) }))
      .filter((m): m is { mention: ListedMention; article: ListedArticle } => m.article !== undefined)
      .filter(
        ({ mention }) =>
          visibleClaimIds === null ||
          quoteShownUnderFilters(claims, visibleClaimIds, placeId, mention.articleId, mention.quote),
      )
      .sort(
        (a, b) =>
          a.article.published.localeCompare(b.article.published) ||
          a.article.id.localeCompare(b.article.id) ||
          a.mention.start - b.mention.start,
      );
    for (const { mention, article } of mentions) {
      const text = texts.get(article.id);
      // Never a row without its quote: the caller fetches every text first, and stops on any it lacks.
      if (text === undefined) throw new Error(`The text of article ${article.id} is not at hand.`);
      const own = (claims.byArticle.get(article.id) ?? []).filter(
        (claim) =>
          (visibleClaimIds === null || visibleClaimIds.has(claim.id)) &&
          claim.places.some(
            (p) => p.placeId === placeId && p.start === mention.start && p.end === mention.end,
          ),
      );
      if (own.length === 0) rows.push({ place, mention, article, text, claim: null, claimant: null });
      for (const claim of own) {
        const detail = claimDetailOf(details.get(article.id), claim.id);
        // Never a row that leaves out who says so: the detail comes with the text, checked with it.
        if (!detail) throw new Error(`The evidence of article ${article.id} is not at hand.`);
        rows.push({ place, mention, article, text, claim, claimant: detail.claimant?.text ?? null });
      }
    }
  }
  return rows;
}
