import { useDalil } from '../hooks/use-dalil';
import { useStrings } from '../hooks/use-strings';

interface ReadInContextProps {
  articleId: string;
  /** The quote's start offset in the article: the article view opens scrolled to it, highlighted. */
  quoteStart: number;
}

/** "Read in context": opens the whole article at one quote. */
export function ReadInContext({ articleId, quoteStart }: ReadInContextProps) {
  const t = useStrings();
  const openArticleAt = useDalil((state) => state.openArticleAt);
  return (
    <button type="button" className="link-button" onClick={() => openArticleAt(articleId, quoteStart)}>
      {t.readInContext}
    </button>
  );
}
