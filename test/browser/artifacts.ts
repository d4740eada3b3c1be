/** Pictures the browser tests save for people to look at, in test/artifacts/ (not committed). */
import { fileURLToPath } from 'node:url';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Where the artifact `name` goes; Playwright makes the folder when it first writes there. */
export function artifactPath(name: string): string {
  return `${ARTIFACTS}${name}`;
}
