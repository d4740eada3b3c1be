/**
 * The table of `npm run eval:external`: per corpus, recognition precision, recall and F1 per kind,
 * Acc@161 of the found spans with a point, and how fast the geoparser read the corpus; then one line per
 * corpus side by side. Pure: the command line reads the corpora, times the geoparser and prints the lines.
 */
import { allKinds, KIND_GROUPS, type KindCounts, type SpanScore } from './score-spans';

/** One corpus's score and the time the geoparser took over its texts. */
export interface CorpusResult {
  name: string;
  documents: number;
  /** The texts' size in UTF-8 bytes. */
  bytes: number;
  seconds: number;
  score: SpanScore;
}

const MB = 1024 * 1024;

/** `part / whole` as a percentage, or a dash when there is nothing to divide. */
function pct(part: number, whole: number): string {
  return (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`).padStart(7);
}

function f1(c: KindCounts): string {
  if (c.predicted === 0 || c.gold === 0 || c.found + c.right === 0) return '–'.padStart(7);
  const p = c.right / c.predicted;
  const r = c.found / c.gold;
  return pct(2 * p * r, p + r);
}

const num = (n: number, width: number) => String(n).padStart(width);

function kindRow(name: string, c: KindCounts): string {
  return [
    `  ${name.padEnd(17)}`,
    num(c.gold, 5),
    num(c.found, 6),
    pct(c.found, c.gold),
    num(c.predicted, 9),
    num(c.right, 6),
    pct(c.right, c.predicted),
    f1(c),
    num(c.located, 8),
    pct(c.near, c.located),
  ].join(' ');
}

function speed(r: CorpusResult): string {
  return `${(r.documents / r.seconds).toFixed(0)} documents/s, ${(r.bytes / MB / r.seconds).toFixed(2)} MB/s`;
}

/** The report's lines, corpora in the order given. */
export function externalReport(results: readonly CorpusResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const all = allKinds(r.score);
    const { demonyms } = r.score;
    lines.push(
      `${r.name}: ${r.documents} documents, ${(r.bytes / MB).toFixed(2)} MB, ${all.gold} gold spans, ${all.predicted} mentions`,
      `  ${'kind'.padEnd(17)}  gold  found  recall  mentions  right  precis.      F1  located Acc@161`,
      kindRow('all', all),
      ...KIND_GROUPS.map((kind) => kindRow(kind, r.score.byKind[kind])),
    );
    if (demonyms.gold > 0)
      lines.push(
        `  demonyms set aside: ${demonyms.gold} in the gold, ${demonyms.taken} of them taken for places`,
      );
    lines.push(`  speed: ${speed(r)}`, '');
  }
  lines.push(`${'corpus'.padEnd(24)} precis.  recall      F1  Acc@161 (of)  speed`);
  for (const r of results) {
    const all = allKinds(r.score);
    lines.push(
      `${r.name.padEnd(24)} ${pct(all.right, all.predicted)} ${pct(all.found, all.gold)} ${f1(all)} ${pct(all.near, all.located)} ${`(${all.located})`.padStart(6)}  ${speed(r)}`,
    );
  }
  return lines;
}
