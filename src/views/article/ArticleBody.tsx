import { useEffect, useRef } from 'react';
import type { TextRange } from '../../../geo/contract';
import type { ListedArticle } from '../../../geo/split-dataset';
import { HighlightedText } from '../common/HighlightedText';
import { splitAtRanges } from '../../model/split-at-ranges';
import { paragraphRanges } from '../../model/paragraphs';
import { useArticleText } from '../hooks/use-article-text';
import { TextStatus } from '../common/ArticleSlice';

interface ArticleBodyProps {
  article: ListedArticle;
  /** The sentence to highlight and bring into view. */
  quote: TextRange | null;
}

/** The whole article, a paragraph per line, characters exactly as received; the quoted sentence marked. */
export function ArticleBody({ article, quote }: ArticleBodyProps) {
  const markRef = useRef<HTMLElement>(null);
  const highlights = quote ? [quote] : [];
  const body = useArticleText(article.id);

  useEffect(
    function scrollQuoteIntoView() {
      markRef.current?.scrollIntoView({ block: 'center' });
    },
    [article.id, quote?.start, body.status],
  );

  if (body.status !== 'ready')
    return (
      <div className="article-body" lang={article.language} dir="auto">
        <p className="article-body__paragraph">
          <TextStatus state={body} />
        </p>
      </div>
    );
  const { text } = body;
  const paragraphs = paragraphRanges(text);
  const markedParagraph = quote ? paragraphs.find((p) => p.end > quote.start) : undefined;
  return (
    <div className="article-body" lang={article.language} dir="auto">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="article-body__paragraph" dir="auto">
          <HighlightedText
            pieces={splitAtRanges(text.slice(paragraph.start, paragraph.end), paragraph.start, highlights)}
            markClassName="article-body__quote"
            firstMarkRef={paragraph.start === markedParagraph?.start ? markRef : undefined}
          />
        </p>
      ))}
    </div>
  );
}
