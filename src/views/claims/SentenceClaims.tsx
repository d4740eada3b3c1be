import { useId, useMemo } from 'react';
import type { TextRange } from '../../../geo/contract';
import { useClaimStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';
import { claimsInQuote, indexClaims } from '../../model/claim-index';
import { QuoteClaims } from './QuoteClaims';

interface SentenceClaimsProps {
  articleId: string;
  quote: TextRange;
}

/**
 * In the article view, what the highlighted sentence reports: held at the foot of the panel (see
 * claims.css), so it stays in sight beside the sentence wherever the text is scrolled.
 */
export function SentenceClaims({ articleId, quote }: SentenceClaimsProps) {
  const t = useClaimStrings();
  const id = useId();
  const dataset = useDalil((state) => state.dataset);
  const any = useMemo(
    () => dataset !== null && claimsInQuote(indexClaims(dataset), articleId, quote).length > 0,
    [dataset, articleId, quote],
  );
  if (!any) return null;
  return (
    <section className="sentence-claims" aria-labelledby={id}>
      <h3 id={id} className="sentence-claims__title">
        {t.claimsOfQuote}
      </h3>
      <QuoteClaims articleId={articleId} quote={quote} />
    </section>
  );
}
