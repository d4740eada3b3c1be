/**
 * `npm run eval`: the geoparser and then the claim extractor against the hand-annotated gold (reports in
 * geo/eval/). `npm run eval:claims` runs the claims part alone; `--details` lists every disagreement of
 * the claims; `--seen-only` leaves out the claims gold kept unseen while tuning.
 *
 *     tsx geo/cli/eval.ts [places] [claims] [--details] [--seen-only]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../article';
import type { Article } from '../contract';
import { claimsReport } from '../eval/claims-report';
import { placesReport, type PlacesGoldFile } from '../eval/places-report';
import type { GoldFile } from '../eval/score-claims';
import { defaultGazetteer } from '../match/default-gazetteer';
import { runAsScript, type Io } from './command';
import { readTextFile } from './read-text-file';

const PLACES_GOLD = 'test/geo/gold';
const CLAIMS_GOLD = 'test/geo/claims/gold';
/** Gold kept apart while the rules are tuned, each set read once at the end of a round (`--seen-only`). */
const CLAIMS_UNSEEN = [
  'test/geo/claims/gold-unseen',
  'test/geo/claims/gold-unseen-2',
  'test/geo/claims/gold-unseen-3',
  'test/geo/claims/gold-unseen-4',
  'test/geo/claims/gold-unseen-5',
  'test/geo/claims/gold-unseen-6',
  'test/geo/claims/gold-unseen-7',
  'test/geo/claims/gold-unseen-8',
  'test/geo/claims/gold-unseen-9',
  'test/geo/claims/gold-unseen-10',
  'test/geo/claims/gold-unseen-11',
  'test/geo/claims/gold-unseen-12',
];
const ARTICLE_DIRS = ['geo/articles', 'test/geo/claims/articles', 'test/geo/articles'];

/** The article a gold file names: `{id}.txt` in one of ARTICLE_DIRS, or a file whose header has that id. */
export function findArticle(id: string): Article {
  const file =
    ARTICLE_DIRS.map((dir) => join(dir, `${id}.txt`)).find((f) => existsSync(f)) ??
    ARTICLE_DIRS.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((n) => join(dir, n)) : [])).find(
      (f) => f.endsWith('.txt') && readFileSync(f, 'utf8').includes(`\nid: ${id}\n`),
    );
  if (!file) throw new Error(`gold names article ${id}, found in none of ${ARTICLE_DIRS.join(', ')}`);
  return parseArticle(readTextFile(file), file);
}

/** The JSON files of a gold folder, in name order. */
function goldFiles<T>(dir: string): [string, T][] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as T]);
}

/** Every gold file of the claims with its article, the unseen ones last unless `seenOnly`. */
export function claimsGold(seenOnly = false) {
  return [CLAIMS_GOLD, ...(seenOnly ? [] : CLAIMS_UNSEEN)]
    .flatMap((dir) => goldFiles<GoldFile>(dir))
    .map(([, gold]) => ({ gold, article: findArticle(gold.article) }));
}

function placesGold() {
  return goldFiles<PlacesGoldFile>(PLACES_GOLD).map(([name, gold]) => ({
    name,
    articles: Object.entries(gold.articles).map(([id, expected]) => ({ article: findArticle(id), expected })),
  }));
}

export function main(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      details: { type: 'boolean', default: false },
      'seen-only': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const parts = positionals.length > 0 ? positionals : ['places', 'claims'];
  const unknown = parts.find((p) => p !== 'places' && p !== 'claims');
  if (unknown !== undefined) {
    io.err(`usage: tsx geo/cli/eval.ts [places] [claims] [--details] [--seen-only] (not "${unknown}")\n`);
    return 2;
  }
  const gazetteer = defaultGazetteer();
  const lines = [
    ...(parts.includes('places') ? placesReport(placesGold(), gazetteer) : []),
    ...(parts.includes('claims')
      ? claimsReport(claimsGold(values['seen-only']), gazetteer, values.details)
      : []),
  ];
  io.out(lines.join('\n') + '\n');
  return 0;
}

runAsScript(import.meta.url, main);
