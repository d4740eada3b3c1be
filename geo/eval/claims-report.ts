/**
 * The claim extractor's report against the hand-annotated gold (test/geo/claims/gold/): precision, recall
 * and F1 of activity kind, claimant and stance per file, per group and overall, then every other metric
 * overall, every denial in the gold with whether it was found as one, and, on request, every
 * disagreement. Pure: the command line reads the files and prints the lines.
 */
import { claimsOfArticle } from '../claims/article-claims';
import type { Article } from '../contract';
import type { Gazetteer } from '../match/gazetteer';
import { geoparseArticle } from '../geoparse';
import {
  addCounts,
  addTallies,
  emptyCounts,
  emptyTallies,
  f1,
  METRICS,
  ONE_VALUE,
  scoreClaims,
  type ClaimScore,
  type Counts,
  type GoldFile,
  type Metric,
  type OneValue,
  type Tally,
} from './score-claims';

/** A gold file with its article read. */
export interface ClaimsGold {
  gold: GoldFile;
  article: Article;
}

/**
 * Groups of gold files, by article id: the seeds, English articles written for these tests, held-out
 * articles annotated before the extractor first read them, reports across theatres written and annotated
 * for the claims (the rules were tuned on the first part; the second, in its own folder, was read once,
 * at the end).
 */
export const CLAIMS_GROUPS: readonly [string, (id: string) => boolean][] = [
  ['seeds (5, Arabic)', (id) => /^\d{3}_/.test(id)],
  ['English tests (3)', (id) => id.startsWith('claims-en-')],
  ['held-out (2)', (id) => id.startsWith('held-')],
  ['theatres, tuned (10)', (id) => id.startsWith('tuned-')],
  ['theatres, unseen (4)', (id) => id.startsWith('unseen-')],
  ['theatres, unseen 2 (9)', (id) => id.startsWith('unseen2-')],
  ['theatres, unseen 3 (3)', (id) => id.startsWith('unseen3-')],
  ['theatres, unseen 4 (5)', (id) => id.startsWith('unseen4-')],
  ['theatres, unseen 5 (5)', (id) => id.startsWith('unseen5-')],
  ['theatres, unseen 6 (5)', (id) => id.startsWith('unseen6-')],
  ['theatres, unseen 7 (5)', (id) => id.startsWith('unseen7-')],
  ['theatres, unseen 8 (5)', (id) => id.startsWith('unseen8-')],
  ['theatres, unseen 9 (5)', (id) => id.startsWith('unseen9-')],
  ['theatres, unseen 10 (5)', (id) => id.startsWith('unseen10-')],
  ['theatres, unseen 11 (5)', (id) => id.startsWith('unseen11-')],
  ['theatres, unseen 12 (5)', (id) => id.startsWith('unseen12-')],
];
/** The metrics the table shows per file; the others are shown overall. */
const MAIN: readonly Metric[] = ['activity', 'claimant', 'stance'];

/** Each gold file's score: the article geoparsed with `gazetteer`, then read for claims. */
export function scoreClaimsGold(
  golds: readonly ClaimsGold[],
  gazetteer: Gazetteer,
): { gold: GoldFile; score: ClaimScore }[] {
  return golds.map(({ gold, article }) => {
    const parsed = geoparseArticle(article.text, article.id, gazetteer);
    const { claims } = claimsOfArticle(article, parsed, gazetteer);
    return { gold, score: scoreClaims(article.text, gold, claims) };
  });
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const cell = (c: Counts) => {
  const s = f1(c);
  return `${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`;
};

/** The report's lines, gold files in the order given; `details` adds every disagreement. */
export function claimsReport(golds: readonly ClaimsGold[], gazetteer: Gazetteer, details = false): string[] {
  const total = emptyCounts();
  const groups = CLAIMS_GROUPS.map(() => emptyCounts());
  const tallies = CLAIMS_GROUPS.map(() => emptyTallies());
  const allTallies = emptyTallies();
  const rows: string[] = [];
  const denials: string[] = [];
  const disagreements: string[] = [];
  for (const { gold, score } of scoreClaimsGold(golds, gazetteer)) {
    addCounts(total, score.counts);
    addTallies(allTallies, score.accuracy);
    CLAIMS_GROUPS.forEach(([, member], k) => {
      if (!member(gold.article)) return;
      addCounts(groups[k]!, score.counts);
      addTallies(tallies[k]!, score.accuracy);
    });
    rows.push(row(gold.article, score.counts));
    for (const d of score.denials)
      denials.push(
        `  ${d.found === d.gold ? 'found ' : 'MISSED'} ${d.gold.padEnd(10)} ${gold.article.slice(0, 12)} "${d.anchor}"${d.found === d.gold ? '' : ` (found ${d.found ?? 'no claim'})`}`,
      );
    for (const f of score.falseDenials)
      denials.push(`  EXTRA  denied     ${gold.article.slice(0, 12)} "${f.slice(0, 80)}"`);
    if (details) disagreements.push(`${gold.article}:`, ...score.errors.map((e) => `  ${e}`));
  }
  // A set with no file read (the unseen one, left out while tuning) shows no line.
  const shown = CLAIMS_GROUPS.map(([label], k) => ({ label, counts: groups[k]!, tally: tallies[k]! })).filter(
    ({ counts }) => counts.claims.tp + counts.claims.fn + counts.claims.fp > 0,
  );
  const header = MAIN.map((m) => m.padEnd(17)).join(' | ');
  return [
    `${''.padEnd(24)} ${header}`,
    `${'file'.padEnd(24)} ${MAIN.map(() => '    P     R    F1').join(' | ')}  claims(tp fp fn)`,
    ...rows,
    ...shown.map((g) => row(g.label, g.counts)),
    row('OVERALL', total),
    '',
    'Per gold set: clauses found (P R), activity F1, and the share right of each one-value reading',
    `(of the matched claims where gold or extraction gives one; party: who the claimant speaks for):`,
    `${'set'.padEnd(24)}  claimsP claimsR activF1 | ${ONE_VALUE.map((m) => m.padStart(12)).join(' ')}`,
    ...shown.map((g) => setRow(g.label, g.counts, g.tally)),
    setRow('OVERALL', total, allTallies),
    '',
    'Overall, every metric (P R F1, tp fp fn):',
    ...METRICS.map(
      (m) => `  ${m.padEnd(10)} ${cell(total[m])}   ${total[m].tp} ${total[m].fp} ${total[m].fn}`,
    ),
    '',
    'Denials and "no comment" in the gold:',
    ...denials,
    ...(details ? ['', 'Disagreements:', ...disagreements] : []),
  ];
}

const share = (t: Tally) =>
  t.of === 0 ? '-'.padStart(12) : `${pct(t.right / t.of)} (${t.right}/${t.of})`.padStart(12);

/** One gold set's line of the accuracy table. */
function setRow(label: string, counts: Record<Metric, Counts>, tally: Record<OneValue, Tally>): string {
  const s = f1(counts.claims);
  const shares = ONE_VALUE.map((m) => share(tally[m])).join(' ');
  return `${label.padEnd(24)}  ${pct(s.p)}   ${pct(s.r)}   ${pct(f1(counts.activity).f1)} | ${shares}`;
}

function row(label: string, counts: Record<Metric, Counts>): string {
  const c = counts.claims;
  return `${label.padEnd(24)} ${MAIN.map((m) => cell(counts[m])).join(' | ')}  ${c.tp} ${c.fp} ${c.fn}`;
}
