/**
 * Two editors' corrections made one: every decision of both, once, in the order they were made, so the
 * latest decision on a span wins wherever it was made. Spans on which the two decided differently are
 * listed, for the editors to look at again.
 */
import type { Correction } from './schema';

export interface MergedCorrections {
  corrections: Correction[];
  /** The spans both sides decided on differently: the side that decided last wins. */
  conflicts: { ours: Correction; theirs: Correction; kept: Correction }[];
}

const spanOf = (c: Correction) => `${c.articleId}\u0000${c.start}:${c.end}`;
/** A value as JSON with its objects' keys in order, so equal decisions give equal text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
/** The fields of a correction that say who, when, why and on which words: not the decision. */
const PROVENANCE = new Set(['by', 'at', 'note', 'articleId', 'start', 'end', 'text']);
/** What is decided, apart from who, when, why and on which words. */
const decisionOf = (c: Correction) =>
  canonical(Object.fromEntries(Object.entries(c).filter(([key]) => !PROVENANCE.has(key))));
const identity = (c: Correction) => `${spanOf(c)}\u0000${c.at}\u0000${c.by}\u0000${decisionOf(c)}`;

export function mergeCorrections(
  ours: readonly Correction[],
  theirs: readonly Correction[],
): MergedCorrections {
  const seen = new Set<string>();
  const all: Correction[] = [];
  for (const c of [...ours, ...theirs]) {
    const key = identity(c);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(c);
  }
  // Stable: decisions made at the same instant keep the order of their files.
  const corrections = all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const lastOf = (list: readonly Correction[]) => new Map(list.map((c) => [spanOf(c), c]));
  const ourLast = lastOf(ours);
  const theirLast = lastOf(theirs);
  const kept = lastOf(corrections);
  const conflicts = [...ourLast].flatMap(([span, our]) => {
    const their = theirLast.get(span);
    return their && decisionOf(their) !== decisionOf(our)
      ? [{ ours: our, theirs: their, kept: kept.get(span)! }]
      : [];
  });
  return { corrections, conflicts };
}
