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

/** Runs `geo/cli/{script}` through tsx and captures its output. */
export function runCli(script: string, args: string[]): CliResult {
  const result = spawnSync(TSX, [resolve(ROOT, 'geo/cli', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Calls a command's `main` in-process with `args`, and captures what it writes. */
export function callCli(main: Main, args: string[]): CliResult {
  let stdout = '';
  let stderr = '';
  const status = main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}
