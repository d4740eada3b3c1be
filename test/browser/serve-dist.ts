/**
 * Global setup of the browser tests: serves the production build in `dist/` with Vite's preview server
 * on a free port and provides its URL to the tests (`inject('baseUrl')`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's URL, ending in `/`. */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function serveDist(project: TestProject) {
  if (!existsSync(`${root}dist/index.html`)) {
    throw new Error(
      'dist/index.html is missing: build the app first (`npx vite build`, or `npm test` which builds).',
    );
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL.');
  project.provide('baseUrl', url.endsWith('/') ? url : `${url}/`);
  return async function stopServing() {
    await server.close();
  };
}
