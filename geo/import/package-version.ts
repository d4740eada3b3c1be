/** The installed version of an npm package, for source strings that say exactly which data was used. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}
