/**
 * `npm run eval:claims`: precision, recall and F1 of the claim extractor against the hand-annotated gold
 * in test/geo/claims/gold/ (activity kind, claimant and stance, per file and overall, then equipment,
 * dates, from/to and place roles), and every denial in the gold with whether it was found as one.
 *
 *     tsx geo/cli/eval-claims.ts [--details]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../article';
import { extractClaims } from '../claims/extract-claims';
import {
  addCounts,
  emptyCounts,
  f1,
  METRICS,
  scoreClaims,
  type ClaimScore,
  type Counts,
  type GoldFile,
  type Metric,
} from '../claims/score-claims';
import { defaultGazetteer } from '../gazetteer/default';
import { geoparse } from '../geoparse';
import { readTextFile } from './read-text-file';

const GOLD_DIR = 'test/geo/claims/gold';
/** Groups of gold files, by article id: the seeds, English articles written for these tests, held-out articles annotated before the extractor first read them. */
const GROUPS: readonly [string, (id: string) => boolean][] = [
  ['seeds (5, Arabic)', (id) => /^\d{3}_/.test(id)],
  ['English tests (3)', (id) => id.startsWith('claims-en-')],
  ['held-out (2)', (id) => id.startsWith('held-')],
];
const ARTICLE_DIRS = ['geo/articles', 'test/geo/claims/articles', 'test/geo/articles'];
/** The metrics the table shows per file; the others are shown overall. */
const MAIN: readonly Metric[] = ['activity', 'claimant', 'stance'];

function findArticle(id: string): string {
  for (const dir of ARTICLE_DIRS) if (existsSync(join(dir, `${id}.txt`))) return join(dir, `${id}.txt`);
  const named = ARTICLE_DIRS.flatMap((dir) =>
    existsSync(dir) ? readdirSync(dir).map((n) => join(dir, n)) : [],
  ).find((file) => file.endsWith('.txt') && readFileSync(file, 'utf8').includes(`\nid: ${id}\n`));
  if (!named) throw new Error(`gold names article ${id}, found in none of ${ARTICLE_DIRS.join(', ')}`);
  return named;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const cell = (c: Counts) => {
  const s = f1(c);
  return `${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`;
};

function main() {
  const { values } = parseArgs({ options: { details: { type: 'boolean', default: false } } });
  const gazetteer = defaultGazetteer();
  const placeName = (id: string) => gazetteer.byId.get(id)?.name ?? null;
  const total = emptyCounts();
  const groups = GROUPS.map(() => emptyCounts());
  const rows: string[] = [];
  const denials: string[] = [];
  const details: string[] = [];
  for (const name of readdirSync(GOLD_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, name), 'utf8')) as GoldFile;
    const file = findArticle(gold.article);
    const article = parseArticle(readTextFile(file), file);
    const { features } = geoparse(article.text, article.id, gazetteer);
    const { claims } = extractClaims(article, features, { placeName });
    const score: ClaimScore = scoreClaims(article.text, gold, claims);
    addCounts(total, score.counts);
    GROUPS.forEach(([, member], k) => {
      if (member(gold.article)) addCounts(groups[k]!, score.counts);
    });
    rows.push(row(gold.article, score.counts));
    for (const d of score.denials)
      denials.push(
        `  ${d.found === d.gold ? 'found ' : 'MISSED'} ${d.gold.padEnd(10)} ${gold.article.slice(0, 12)} "${d.anchor}"${d.found === d.gold ? '' : ` (found ${d.found ?? 'no claim'})`}`,
      );
    for (const f of score.falseDenials)
      denials.push(`  EXTRA  denied     ${gold.article.slice(0, 12)} "${f.slice(0, 80)}"`);
    if (values.details) details.push(`${gold.article}:`, ...score.errors.map((e) => `  ${e}`));
  }
  const header = MAIN.map((m) => `${m.padEnd(17)}`).join(' | ');
  console.log(`${''.padEnd(24)} ${header}`);
  console.log(`${'file'.padEnd(24)} ${MAIN.map(() => '    P     R    F1').join(' | ')}  claims(tp fp fn)`);
  console.log(rows.join('\n'));
  for (const [k, [label]] of GROUPS.entries()) console.log(row(label, groups[k]!));
  console.log(row('OVERALL', total));
  console.log('\nOverall, every metric (P R F1, tp fp fn):');
  for (const m of METRICS) {
    const c = total[m];
    console.log(`  ${m.padEnd(10)} ${cell(c)}   ${c.tp} ${c.fp} ${c.fn}`);
  }
  console.log('\nDenials and "no comment" in the gold:');
  console.log(denials.join('\n'));
  if (values.details) console.log(`\nDisagreements:\n${details.join('\n')}`);
}

function row(label: string, counts: Record<Metric, Counts>): string {
  const c = counts.claims;
  return `${label.padEnd(24)} ${MAIN.map((m) => cell(counts[m])).join(' | ')}  ${c.tp} ${c.fp} ${c.fn}`;
}

main();
