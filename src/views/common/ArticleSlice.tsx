import type { TextRange } from '../../../geo/contract';
import { splitAtRanges } from '../../model/split-at-ranges';
import { useArticleText } from '../hooks/use-article-text';
import { useStrings } from '../hooks/use-strings';
import type { TextState } from '../../store/data-slice';
import { HighlightedText } from './HighlightedText';

interface ArticleSliceProps {
  articleId: string;
  /** The quote, clause or paragraph to show: `text.slice(range.start, range.end)`. */
  range: TextRange;
  /** Ranges inside it to mark (the names of places), in the article's offsets. */
  marks?: readonly TextRange[];
  markClassName?: string;
}

/**
 * A verbatim slice of an article, cut from its text when the text is at hand; until then a line saying it
 * is on its way, and if it cannot be had, why, in place of the words. Text only: never parsed as HTML.
 */
export function ArticleSlice({ articleId, range, marks = [], markClassName }: ArticleSliceProps) {
  const state = useArticleText(articleId);
  if (state.status !== 'ready') return <TextStatus state={state} />;
  const words = state.text.slice(range.start, range.end);
  return <HighlightedText pieces={splitAtRanges(words, range.start, marks)} markClassName={markClassName} />;
}

/** What stands in place of an article's words while its text is on its way, or when it cannot be had. */
export function TextStatus({ state }: { state: Exclude<TextState, { status: 'ready' }> }) {
  const t = useStrings();
  return state.status === 'loading' ? (
    <span className="article-slice article-slice--loading" role="status">
      {t.textLoading}
    </span>
  ) : (
    <span className="article-slice article-slice--failed" role="alert">
      {t.textUnreadable} <bdi>{state.problems[0]}</bdi>
    </span>
  );
}
