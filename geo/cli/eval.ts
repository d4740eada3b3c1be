/**
 * `npm run eval`: place-level precision, recall and F1 of the geoparser against hand-annotated articles
 * (test/geo/gold/*.json), per file and overall, and the number of quote errors (a quote that is not a
 * verbatim slice of its article, or does not contain its mention).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../article';
import { defaultGazetteer } from '../gazetteer/default';
import { geoparse } from '../geoparse';
import { scorePlaces, type Score } from '../score';
import { readTextFile } from './read-text-file';

const GOLD_DIR = 'test/geo/gold';
const ARTICLE_DIRS = ['geo/articles', 'test/geo/articles'];

interface GoldFile {
  articles: Record<string, string[]>;
}

function findArticle(id: string): string {
  for (const dir of ARTICLE_DIRS) {
    const file = join(dir, `${id}.txt`);
    try {
      readFileSync(file);
      return file;
    } catch {
      // not in this folder
    }
  }
  throw new Error(`gold names article ${id}, found in none of ${ARTICLE_DIRS.join(', ')}`);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

function main() {
  const gazetteer = defaultGazetteer();
  const rows: string[] = [];
  const total = emptyScore();
  const subtotals: string[] = [];
  for (const name of readdirSync(GOLD_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, name), 'utf8')) as GoldFile;
    const subtotal = emptyScore();
    for (const [id, expected] of Object.entries(gold.articles)) {
      const file = findArticle(id);
      const article = parseArticle(readTextFile(file), file);
      const { features } = geoparse(article.text, article.id, gazetteer);
      const score = scorePlaces(article.text, features, expected);
      addScore(total, score);
      addScore(subtotal, score);
      rows.push(formatRow(id, score));
      for (const missed of expected.filter((p) => !features.some((f) => f.properties.id === p)))
        rows.push(`    missed: ${missed}`);
      for (const extra of features.filter((f) => !expected.includes(f.properties.id)))
        rows.push(`    extra:  ${extra.properties.id} ("${extra.properties.mentions[0]?.text}")`);
    }
    subtotals.push(formatRow(`(${name})`, subtotal));
  }
  console.log(
    `${'file'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  tp fp fn quote-errors`,
  );
  console.log(rows.join('\n'));
  console.log(subtotals.join('\n'));
  console.log(formatRow('OVERALL', total));
}

const emptyScore = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, quoteErrors: 0 });

function addScore(into: Score, score: Score) {
  for (const key of Object.keys(into) as (keyof Score)[]) into[key] += score[key];
}

function formatRow(label: string, s: Score): string {
  const p = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
  const r = s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${label.padEnd(28)} ${pct(p)} ${pct(r)} ${pct(f1)}  ${s.truePositives} ${s.falsePositives} ${s.falseNegatives} ${s.quoteErrors}`;
}

main();
