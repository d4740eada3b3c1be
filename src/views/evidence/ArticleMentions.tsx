import { safeArticleUrl } from '../../model/safe-url';
import { ArticleAnswers } from '../claims/ArticleAnswers';
import { QuoteClaims } from '../claims/QuoteClaims';
import { formatPublished } from '../../i18n/format-date';
import type { ArticleEvidence } from '../../model/dataset-index';
import { useDalil } from '../hooks/use-dalil';
import { articleLabel } from '../../model/article-label';
import { quoteReviews } from '../../model/quote-reviews';
import { ArticleSlice } from '../common/ArticleSlice';
import { ReadInContext } from '../common/ReadInContext';
import { ReviewMark } from './ReviewMark';
import { ShowMore, useShownPart } from '../common/ShowMore';

interface ArticleMentionsProps {
  evidence: ArticleEvidence;
  /** The headline's level: 3 under a popup's place name, deeper in the list view's groups. */
  headingLevel?: 3 | 4 | 5;
  /** The place whose evidence this is: the article's denials that bear on it are shown beside it. */
  placeId: string;
}

/** One article in a place's popup: its headline and date, then each quoting sentence, verbatim. */
export function ArticleMentions({ evidence, headingLevel = 3, placeId }: ArticleMentionsProps) {
  const Heading = `h${headingLevel}` as const;
  const language = useDalil((state) => state.language);
  const { article, quotes } = evidence;
  // The editors' reviews come with the article's text, in its detail.
  const detail = useDalil((state) => state.details.get(article.id));
  const url = safeArticleUrl(article.url);
  return (
    <li className="article-mentions" data-article-id={article.id}>
      <Heading className="article-mentions__title" dir="auto" lang={article.language}>
        {articleLabel(article)}
      </Heading>
      <time className="article-mentions__date" dateTime={article.published}>
        {formatPublished(article.published, language)}
      </time>
      {article.outlet !== null && (
        <span className="article-mentions__outlet">
          <bdi>{article.outlet}</bdi>
        </span>
      )}
      {url !== null && (
        // Printed only: on paper the source's address is the way back to it.
        <p className="article-mentions__url" dir="ltr">
          {url}
        </p>
      )}
      <ul className="article-mentions__quotes">
        {quotes.map(({ quote, names }) => (
          <li key={quote.start} className="article-mentions__quote">
            <blockquote className="quote" dir="auto" lang={article.language} data-quote-start={quote.start}>
              <ArticleSlice articleId={article.id} range={quote} marks={names} markClassName="quote__name" />
            </blockquote>
            <ReviewMark reviews={quoteReviews(detail, placeId, names)} />
            <QuoteClaims articleId={article.id} quote={quote} />
            <ReadInContext articleId={article.id} quoteStart={quote.start} />
          </li>
        ))}
      </ul>
      <ArticleAnswers placeId={placeId} article={article} quotes={quotes} />
    </li>
  );
}

interface ArticleMentionsListProps {
  evidence: readonly ArticleEvidence[];
  className: string;
  headingLevel?: 3 | 4 | 5;
  placeId: string;
}

/**
 * A place's articles, each with its quotes: the first ones, then a button for more (`useShownPart`), so a
 * place that thousands of articles name opens as fast as one that few do. Give it `key={placeId}`: another
 * place starts from its first articles.
 */
export function ArticleMentionsList({
  evidence,
  className,
  headingLevel,
  placeId,
}: ArticleMentionsListProps) {
  const [part, list] = useShownPart(evidence.length, 'articles');
  return (
    <>
      <ol className={className} ref={list}>
        {evidence.slice(0, part.shown).map((item) => (
          <ArticleMentions
            key={item.article.id}
            evidence={item}
            headingLevel={headingLevel}
            placeId={placeId}
          />
        ))}
      </ol>
      <ShowMore part={part} total={evidence.length} counted="articles" />
    </>
  );
}
