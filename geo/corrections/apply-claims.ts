/**
 * Applies an editor's claim corrections to the claims read in one article: a new stance, or no claim at
 * all in a clause. A correction names the claim's clause by its exact words; when the words no longer
 * stand there, or no claim is read in that clause now, it is stale: reported, not applied.
 */
import type { Claim } from '../contract';
import type { StaleCorrection } from './apply-places';
import { isClaimCorrection, type ClaimCorrection, type Correction } from './schema';

export interface CorrectedClaims {
  claims: Claim[];
  applied: Correction[];
  stale: StaleCorrection[];
}

const spanKey = (start: number, end: number) => `${start}:${end}`;

export function applyClaimCorrections(
  article: { id: string; text: string },
  claims: readonly Claim[],
  corrections: readonly Correction[],
): CorrectedClaims {
  const mine = corrections.filter((c) => c.articleId === article.id).filter(isClaimCorrection);
  if (mine.length === 0) return { claims: [...claims], applied: [], stale: [] };
  const byClause = new Map(claims.map((c) => [spanKey(c.clause.start, c.clause.end), c]));
  const stale: StaleCorrection[] = [];
  const latest = new Map<string, ClaimCorrection>();
  for (const correction of mine) {
    const now = article.text.slice(correction.start, correction.end);
    const key = spanKey(correction.start, correction.end);
    if (now !== correction.text)
      stale.push({
        correction,
        problem: `the words at ${correction.start}–${correction.end} now read "${now}"`,
      });
    else if (!byClause.has(key)) stale.push({ correction, problem: 'no claim is read in these words now' });
    else latest.set(key, correction);
  }
  const deleted = new Set<string>();
  const changed = new Map<string, Claim>();
  for (const [key, correction] of latest) {
    const claim = byClause.get(key)!;
    if (correction.action === 'claim-delete') deleted.add(claim.id);
    else
      changed.set(claim.id, {
        ...claim,
        stance: correction.stance,
        review: { state: 'corrected', by: correction.by, at: correction.at, note: correction.note },
      });
  }
  const kept = claims
    .filter((c) => !deleted.has(c.id))
    .map((c) => changed.get(c.id) ?? c)
    // A reply to a claim that is no more answers nothing.
    .map((c) => (c.respondsTo !== null && deleted.has(c.respondsTo) ? { ...c, respondsTo: null } : c));
  return { claims: kept, applied: [...latest.values()], stale };
}
