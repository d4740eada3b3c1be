import { formatPublished } from '../i18n/format-date';
import { useStrings } from '../i18n/use-strings';
import type { ArticleEvidence } from '../store/dataset-index';
import { useDalil } from '../store/use-dalil';
import { articleLabel } from './article-label';
import { HighlightedText } from './HighlightedText';
import { splitAtRanges } from './split-at-ranges';

/** One article in a place's popup: its headline and date, then each quoting sentence, verbatim. */
export function ArticleMentions({ evidence }: { evidence: ArticleEvidence }) {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  const openArticleAt = useDalil((state) => state.openArticleAt);
  const { article, quotes } = evidence;
  return (
    <li className="article-mentions" data-article-id={article.id}>
      <h3 className="article-mentions__title" dir="auto" lang={article.language}>
        {articleLabel(article)}
      </h3>
      <time className="article-mentions__date" dateTime={article.published}>
        {formatPublished(article.published, language)}
      </time>
      <ul className="article-mentions__quotes">
        {quotes.map(({ quote, names }) => (
          <li key={quote.start} className="article-mentions__quote">
            <blockquote className="quote" dir="auto" lang={article.language} data-quote-start={quote.start}>
              <HighlightedText
                pieces={splitAtRanges(quote.text, quote.start, names)}
                markClassName="quote__name"
              />
            </blockquote>
            <button
              type="button"
              className="link-button"
              onClick={() => openArticleAt(article.id, quote.start)}
            >
              {t.readInContext}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}
