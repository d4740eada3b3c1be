/**
 * The geoparser's report against the hand-annotated gold (test/geo/gold/*.json): place-level precision,
 * recall and F1 per article, per gold file and overall, with the places missed and the extra ones, and
 * the count of quote errors. Pure: the command line reads the files and prints the lines.
 */
import type { Article } from '../contract';
import type { Gazetteer } from '../match/gazetteer';
import { geoparse } from '../geoparse';
import { addScore, emptyScore, scorePlaces, type Score } from './score-places';

/** One gold file: the places each of its articles names, by article id. */
export interface PlacesGoldFile {
  articles: Record<string, string[]>;
}

/** A gold file with its articles read. */
export interface PlacesGold {
  name: string;
  articles: { article: Article; expected: string[] }[];
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

/** The report's lines, gold files in the order given. */
export function placesReport(golds: readonly PlacesGold[], gazetteer: Gazetteer): string[] {
  const rows: string[] = [];
  const total = emptyScore();
  const subtotals: string[] = [];
  for (const gold of golds) {
    const subtotal = emptyScore();
    for (const { article, expected } of gold.articles) {
      const { features } = geoparse(article.text, article.id, gazetteer);
      const score = scorePlaces(article.text, features, expected);
      addScore(total, score);
      addScore(subtotal, score);
      rows.push(formatRow(article.id, score));
      for (const missed of expected.filter((p) => !features.some((f) => f.properties.id === p)))
        rows.push(`    missed: ${missed}`);
      for (const extra of features.filter((f) => !expected.includes(f.properties.id)))
        rows.push(`    extra:  ${extra.properties.id} ("${extra.properties.mentions[0]?.text}")`);
    }
    subtotals.push(formatRow(`(${gold.name})`, subtotal));
  }
  return [
    `${'file'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  tp fp fn quote-errors`,
    ...rows,
    ...subtotals,
    formatRow('OVERALL', total),
  ];
}

function formatRow(label: string, s: Score): string {
  const p = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
  const r = s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${label.padEnd(28)} ${pct(p)} ${pct(r)} ${pct(f1)}  ${s.truePositives} ${s.falsePositives} ${s.falseNegatives} ${s.quoteErrors}`;
}
