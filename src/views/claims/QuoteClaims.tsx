import { useMemo } from 'react';
import type { TextRange } from '../../../geo/contract';
import { useClaimStrings } from '../hooks/use-strings';
import { selectVisibleClaimIds } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { claimsInQuote, indexClaims, withResponsesAfter } from '../../model/claim-index';
import { ClaimChips } from './ClaimChips';
import './claims.css';

interface QuoteClaimsProps {
  articleId: string;
  quote: TextRange;
}

/**
 * What a quoted sentence reports, claim by claim, under the sentence: a report and its denial in one
 * sentence are both shown, the answer right after what it answers. Only the claims the filters leave.
 */
export function QuoteClaims({ articleId, quote }: QuoteClaimsProps) {
  const t = useClaimStrings();
  const dataset = useDalil((state) => state.dataset);
  const visible = useDalil(selectVisibleClaimIds);
  const claims = useMemo(() => {
    if (!dataset) return [];
    const inQuote = claimsInQuote(indexClaims(dataset), articleId, quote);
    return withResponsesAfter(inQuote.filter((c) => visible.has(c.id)));
  }, [dataset, visible, articleId, quote]);
  if (claims.length === 0) return null;
  return (
    <ul className="quote-claims" aria-label={t.claimsOfQuote}>
      {claims.map((claim) => (
        <li key={claim.id}>
          <ClaimChips claim={claim} showClause={claims.length > 1} />
        </li>
      ))}
    </ul>
  );
}
