/**
 * `npm run eval:external`: the geoparser on public annotated corpora (every `*.jsonl` of a folder, format
 * in geo/eval/external-corpus.ts): recognition per kind, Acc@161 and speed (geo/eval/external-report.ts).
 * The corpora are read where they lie, never copied into the project: `--corpora DIR`, else the folder
 * `DALIL_EVAL_CORPORA` names, else `../shared/eval` beside the repository.
 *
 *     tsx geo/cli/eval-external.ts [--corpora DIR]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpusLine, type CorpusDocument } from '../eval/external-corpus';
import { externalReport, type CorpusResult } from '../eval/external-report';
import { addSpanScore, emptySpanScore, scoreSpans } from '../eval/score-spans';
import { geoparse } from '../geoparse';
import { defaultGazetteer } from '../match/default-gazetteer';
import { runAsScript, type Io } from './command';

const ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_CORPORA = resolve(ROOT, '../shared/eval');

/** The documents of one corpus file; throws naming the file and line of a bad one. */
export function readCorpus(file: string): CorpusDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, k) => {
      if (line.trim() === '') return [];
      try {
        return [parseCorpusLine(line)];
      } catch (error) {
        throw new Error(`${file}: line ${k + 1}: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** The geoparser over one corpus: its score, and the time the geoparser alone took. */
function runCorpus(name: string, documents: CorpusDocument[]): CorpusResult {
  const gazetteer = defaultGazetteer();
  const score = emptySpanScore();
  let seconds = 0;
  let bytes = 0;
  for (const doc of documents) {
    const started = process.hrtime.bigint();
    const { features } = geoparse(doc.text, doc.id, gazetteer);
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    bytes += Buffer.byteLength(doc.text);
    addSpanScore(score, scoreSpans(doc.gold, features));
  }
  return { name, documents: documents.length, bytes, seconds, score };
}

/** The corpora's folder: `option`, else DALIL_EVAL_CORPORA, else DEFAULT_CORPORA; and its corpora by name. */
export function findCorpora(option: string | undefined): { dir: string; files: string[] } {
  const dir = option ?? process.env.DALIL_EVAL_CORPORA ?? DEFAULT_CORPORA;
  const files =
    existsSync(dir) && statSync(dir).isDirectory()
      ? readdirSync(dir)
          .filter((n) => n.endsWith('.jsonl'))
          .sort()
      : [];
  return { dir, files };
}

/** Why there is nothing to measure, and how to say where the corpora are. */
export const noCorpora = (dir: string) =>
  `no corpora (*.jsonl) in ${dir}: give their folder with --corpora DIR or DALIL_EVAL_CORPORA`;

export function main(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { corpora: { type: 'string' } } });
  const { dir, files } = findCorpora(values.corpora);
  if (files.length === 0) {
    io.err(`eval:external: ${noCorpora(dir)}\n`);
    return 1;
  }
  // Loaded before the clock starts: the speed is the geoparser's, not the gazetteer's loading.
  defaultGazetteer();
  try {
    const results = files.map((name) => runCorpus(name, readCorpus(join(dir, name))));
    io.out(externalReport(results).join('\n') + '\n');
    return 0;
  } catch (error) {
    io.err(`eval:external: ${(error as Error).message}\n`);
    return 1;
  }
}

runAsScript(import.meta.url, main);
