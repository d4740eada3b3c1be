/**
 * What the command lines share: they take their arguments and write through an `Io`, and return their
 * exit code, so that the tests call them in-process; only when node runs the file itself do they meet
 * `process`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a command writes: standard output and standard error. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A command line: arguments in, exit code out. */
export type Main = (args: string[], io: Io) => number;

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs `main` with the process's arguments when `moduleUrl` is the script node was started with. */
export function runAsScript(moduleUrl: string, main: Main): void {
  const script = process.argv[1];
  if (script === undefined || resolve(script) !== fileURLToPath(moduleUrl)) return;
  process.exitCode = main(process.argv.slice(2), processIo);
}
