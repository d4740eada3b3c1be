/**
 * `npm run bench:geoparse-batch`: throughput of `npm run geoparse -- --jsonl`, the batch form, over the
 * texts of the public corpora `npm run eval:external` reads (their gold left out), in this one Node
 * process: the command's own `main`, its input streamed in 64 KB chunks, its output counted and let go.
 * The gazetteer is loaded before the clock starts; each round is timed on its own, by the wall clock and
 * by the CPU time of the process (the steadier figure on a machine busy with other work). Pin it to one
 * core with `taskset -c 0` to measure one core.
 *
 *     tsx test/bench/geoparse-batch.ts [--corpora DIR] [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { findCorpora, noCorpora, readCorpus } from '../../geo/cli/eval-external';
import { main as geoparse } from '../../geo/cli/geoparse';
import { defaultGazetteer } from '../../geo/match/default-gazetteer';

const MB = 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;

async function* chunks(input: Buffer) {
  for (let at = 0; at < input.length; at += CHUNK_BYTES) yield input.subarray(at, at + CHUNK_BYTES);
}

/** One run of the batch form over `input`: seconds, and the lines and bytes it wrote. */
async function round(input: Buffer) {
  let lines = 0;
  let written = 0;
  let errors = '';
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const status = await geoparse(['--jsonl'], {
    out: (text) => {
      lines++;
      written += text.length;
    },
    err: (text) => void (errors += text),
    input: chunks(input),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  if (status !== 0) throw new Error(`the batch failed:\n${errors}`);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, lines, written };
}

async function run() {
  const { values } = parseArgs({
    options: { corpora: { type: 'string' }, rounds: { type: 'string', default: '3' } },
  });
  const { dir, files } = findCorpora(values.corpora);
  if (files.length === 0) {
    console.error(`bench:geoparse-batch: ${noCorpora(dir)}`);
    process.exitCode = 1;
    return;
  }
  const docs = files.flatMap((name) => readCorpus(join(dir, name)));
  const input = Buffer.from(docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n');
  const textBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const loading = process.hrtime.bigint();
  defaultGazetteer();
  const loadSeconds = Number(process.hrtime.bigint() - loading) / 1e9;
  console.log(
    `${docs.length} documents from ${files.length} corpora in ${dir}: ${(textBytes / MB).toFixed(2)} MB of text, ${(input.length / MB).toFixed(2)} MB of JSON lines`,
  );
  console.log(`gazetteer loaded in ${loadSeconds.toFixed(2)} s (before the clock)`);
  console.log(
    'round    time   documents/s   MB/s of text   MB/s of input   CPU time   MB/s of text per CPU s',
  );
  for (let k = 1; k <= Number(values.rounds); k++) {
    const r = await round(input);
    if (r.lines !== docs.length) throw new Error(`${r.lines} lines written for ${docs.length} documents`);
    console.log(
      `${String(k).padStart(5)} ${r.seconds.toFixed(2).padStart(6)} s ${(docs.length / r.seconds).toFixed(0).padStart(10)} ${(textBytes / MB / r.seconds).toFixed(2).padStart(14)} ${(input.length / MB / r.seconds).toFixed(2).padStart(15)} ${r.cpuSeconds.toFixed(2).padStart(8)} s ${(textBytes / MB / r.cpuSeconds).toFixed(2).padStart(24)}`,
    );
  }
}

await run();
