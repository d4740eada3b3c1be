/**
 * What the command lines share: they take their arguments and write through an `Io`, and return their
 * exit code, so that the tests call them in-process; only when node runs the file itself do they meet
 * `process`.
 */
import { once } from 'node:events';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a command reads and writes: standard input, output and error. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as it arrives, for the commands that read it (`--jsonl`). */
  input?: AsyncIterable<Uint8Array | string>;
  /** Resolves once what `out` was given has gone on, so a command that streams keeps its memory flat. */
  drained?(): Promise<void>;
}

/** A command line: arguments in, exit code out (once its input is read, for those that read one). */
export type Main = (args: string[], io: Io) => number | Promise<number>;

let stdoutFull: Promise<unknown> | null = null;

const processIo: Io = {
  out: (text) => {
    if (!process.stdout.write(text)) stdoutFull ??= once(process.stdout, 'drain');
  },
  err: (text) => process.stderr.write(text),
  // A getter: standard input is opened only by a command that reads it.
  get input() {
    return process.stdin;
  },
  drained: async () => {
    await stdoutFull;
    stdoutFull = null;
  },
};

/** Runs `main` with the process's arguments when `moduleUrl` is the script node was started with. */
export function runAsScript(moduleUrl: string, main: Main): void {
  const script = process.argv[1];
  if (script === undefined || resolve(script) !== fileURLToPath(moduleUrl)) return;
  void Promise.resolve(main(process.argv.slice(2), processIo)).then((code) => {
    process.exitCode = code;
  });
}
