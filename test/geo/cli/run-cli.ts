/**
 * Two ways to run a geo/ command line in a test: in-process through its `main` (fast: what most tests
 * need), or as a user would, through tsx in a process of its own (slow: only for the exit code and the
 * stdout/stderr contract themselves).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Main } from '../../../geo/cli/command';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/**
 * A real process starts tsx and compiles the command and the gazetteer: 7 to 9 seconds on a busy
 * two-core machine, so the tests that spawn one allow this long.
 */
export const PROCESS_TIMEOUT_MS = 120_000;

/**
 * In-process, a command still geoparses every seed article (the first call also loads the gazetteer):
 * about a second, but many on a machine busy with other work, so these tests allow a minute each.
 */
export const IN_PROCESS = { timeout: 60_000 };

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `geo/cli/{script}` through tsx and captures its output; `input` is its standard input. */
export function runCli(script: string, args: string[], input = ''): CliResult {
  const result = spawnSync(TSX, [resolve(ROOT, 'geo/cli', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Calls a command's `main` that answers in its own time (the build) in-process, and captures what it writes. */
export async function callCliAsync(main: Main, args: string[]): Promise<CliResult> {
  const io = capture();
  const status = await main(args, io);
  return { status, ...io.written() };
}

/** Calls a command's `main` in-process with `args`, and captures what it writes (a command that reads none). */
export function callCli(main: Main, args: string[]): CliResult {
  const io = capture();
  const status = main(args, io);
  if (typeof status !== 'number') throw new Error('the command reads its input: call it with callCliReading');
  return { status, ...io.written() };
}

/**
 * Calls a command's `main` in-process with `args` and `input` on its standard input, given in chunks of
 * `chunkBytes` bytes (a line may be cut anywhere, even inside a character), and captures what it writes.
 */
export async function callCliReading(
  main: Main,
  args: string[],
  input: string | Buffer,
  chunkBytes = 1000,
): Promise<CliResult> {
  const bytes = Buffer.from(input);
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
  }
  const io = { ...capture(), input: chunks() };
  const status = await main(args, io);
  return { status, ...io.written() };
}

function capture() {
  let stdout = '';
  let stderr = '';
  return {
    out: (text: string) => void (stdout += text),
    err: (text: string) => void (stderr += text),
    written: () => ({ stdout, stderr }),
  };
}
