import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
// Code the config loads runs under Node's own module resolution, hence the explicit .ts extensions.
import { firstViewPlugin } from './geo/site/vite-plugin.ts';

/**
 * The pages' Content-Security-Policy allows styles only from files and workers only from the site. Vite's
 * dev server injects CSS as inline <style> tags and starts workers from blobs, so the dev pages alone
 * relax style-src and worker-src; the built site keeps the strict policy.
 */
const devInlineStyles: Plugin = {
  name: 'dalil-dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("worker-src 'self'", "worker-src 'self' blob:"),
};

export default defineConfig({
  // Relative asset URLs, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [react(), devInlineStyles, ...firstViewPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/serve-dist.ts'],
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
          // Limits that catch a hang, not a slow machine: on a busy two-core machine one page load can take
          // seconds. A test that must do much more than open a page and act on it sets its own limit.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits on the page as long as Playwright's own waits do (30 s), not 1 s.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
