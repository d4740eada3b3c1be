/** Runs one of the geo/ command lines as a user would, through tsx, and captures its output. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

export function runCli(script: string, args: string[]) {
  const result = spawnSync(TSX, [resolve(ROOT, 'geo/cli', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
