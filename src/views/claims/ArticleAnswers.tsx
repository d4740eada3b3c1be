import { useMemo } from 'react';
import type { TextRange } from '../../../geo/contract';
import type { ListedArticle } from '../../../geo/split-dataset';
import { useClaimStrings } from '../hooks/use-strings';
import { selectVisibleClaimIds } from '../../store/claim-selectors';
import { selectPlaceById } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';
import { answersInArticle } from '../../model/answers';
import { claimsInQuote, indexClaims } from '../../model/claim-index';
import { ClaimChips } from './ClaimChips';
import { ReadInContext } from '../common/ReadInContext';
import { ArticleSlice } from '../common/ArticleSlice';

interface ArticleAnswersProps {
  placeId: string;
  article: ListedArticle;
  /** The place's quoting sentences in this article, whose claims are already shown. */
  quotes: readonly { quote: TextRange }[];
}

/**
 * The denials and non-comments of an article that bear on a place quoted from it in other sentences:
 * the claim and its denial side by side, each sentence verbatim.
 */
export function ArticleAnswers({ placeId, article, quotes }: ArticleAnswersProps) {
  const t = useClaimStrings();
  const dataset = useDalil((state) => state.dataset);
  const place = useDalil(selectPlaceById(placeId));
  const visible = useDalil(selectVisibleClaimIds);
  const answers = useMemo(() => {
    if (!dataset || !place) return [];
    const index = indexClaims(dataset);
    const shown = new Set(
      quotes.flatMap(({ quote }) => claimsInQuote(index, article.id, quote).map((c) => c.id)),
    );
    return answersInArticle(dataset, place, article.id, shown).filter((c) => visible.has(c.id));
  }, [dataset, place, article.id, quotes, visible]);
  if (answers.length === 0) return null;
  return (
    // A group, not a landmark: a popup may hold one per article.
    <div className="article-answers" role="group" aria-label={t.answeredInArticle}>
      <p className="article-answers__title">{t.answeredInArticle}</p>
      <ul className="article-answers__list">
        {answers.map((claim) => (
          <li key={claim.id} className="article-answers__item">
            {/* Verbatim like the place's quotes, but no blockquote: it is the answer, not a quote of the place. */}
            <p
              className="quote quote--answer"
              dir="auto"
              lang={article.language}
              data-quote-start={claim.quote.start}
            >
              <ArticleSlice articleId={claim.articleId} range={claim.quote} />
            </p>
            <ClaimChips claim={claim} />
            <ReadInContext articleId={article.id} quoteStart={claim.quote.start} />
          </li>
        ))}
      </ul>
    </div>
  );
}
