import { useEffect, useRef } from 'react';
import type { Article, Span } from '../../../geo/contract';
import { HighlightedText } from '../common/HighlightedText';
import { splitAtRanges } from '../../model/split-at-ranges';
import { paragraphRanges } from '../../model/paragraphs';

interface ArticleBodyProps {
  article: Article;
  /** The sentence to highlight and bring into view. */
  quote: Span | null;
}

/** The whole article, a paragraph per line, characters exactly as received; the quoted sentence marked. */
export function ArticleBody({ article, quote }: ArticleBodyProps) {
  const markRef = useRef<HTMLElement>(null);
  const highlights = quote ? [quote] : [];

  useEffect(
    function scrollQuoteIntoView() {
      markRef.current?.scrollIntoView({ block: 'center' });
    },
    [article.id, quote?.start],
  );

  const paragraphs = paragraphRanges(article.text);
  const markedParagraph = quote ? paragraphs.find((p) => p.end > quote.start) : undefined;
  return (
    <div className="article-body" lang={article.language} dir="auto">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="article-body__paragraph" dir="auto">
          <HighlightedText
            pieces={splitAtRanges(
              article.text.slice(paragraph.start, paragraph.end),
              paragraph.start,
              highlights,
            )}
            markClassName="article-body__quote"
            firstMarkRef={paragraph.start === markedParagraph?.start ? markRef : undefined}
          />
        </p>
      ))}
    </div>
  );
}
