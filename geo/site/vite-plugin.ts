/**
 * How the page is built for any host, including a sandboxed iframe on someone else's site:
 *
 * - The page's scripts are classic scripts (`<script src>`), not modules: module scripts are fetched with
 *   CORS, which a sandboxed frame (opaque origin) would need its server to grant. The page script is the
 *   small first-view boot (this build, as one IIFE); the app is built separately, also as one IIFE, and
 *   loaded by the boot when wanted (src/platform/load-app.ts). The export builders are a third IIFE,
 *   loaded by the app when a reader first downloads (src/platform/load-export.ts): one IIFE cannot be
 *   split, so `import()` would put them in every reader's app script.
 * - The first view (map picture, markers, legend) is prerendered into index.html from the built data.
 * - Each data file in public/data/ also ships as a script (`data/dalil.js`), read where `fetch` cannot be
 *   used.
 *
 * The app's stylesheet is linked from the page's head, so the first view and the app share one file.
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { basemapPaths } from './basemap-paths.ts';
import { firstView, type BasemapPaths, type FirstView } from '../../src/first-view/first-view-html.ts';
import {
  pageWithFirstView,
  SITE_KIT_PATH,
  siteKit,
  styleWithFirstView,
} from '../../src/first-view/site-page.ts';
import { dataScript } from '../../src/model/data-script.ts';
import { dataFiles, publicFiles, readDataset, readPublicFile } from './read-built-data.ts';
const APP_ENTRY = 'src/main.tsx';
/** The desk, the editors' page: its own build, as modules (it is never embedded), served at `desk/`. */
const DESK_ROOT = 'src/desk';
const DESK_PATH = 'desk/';
const EXPORT_ENTRY = 'src/export-builders.ts';

function renderFirstView(publicDir: string, basemap: BasemapPaths): FirstView {
  return firstView(readDataset(publicDir).places.features, basemap);
}

function isOutput(value: unknown): value is Rolldown.RolldownOutput {
  return typeof value === 'object' && value !== null && 'output' in value;
}

/**
 * Builds one part of the site in memory, its files emitted with the page's by the plugins below. One
 * stylesheet file: split CSS in a non-module build would be injected as <style> tags, which the pages'
 * Content-Security-Policy forbids.
 */
async function buildInMemory(
  root: string,
  rollupOptions: Rolldown.InputOptions & { output?: Rolldown.OutputOptions },
): Promise<Rolldown.OutputBundle[number][]> {
  const result = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      write: false,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      cssCodeSplit: false,
      rollupOptions,
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.filter(isOutput).flatMap((output) => output.output);
}

/** `entry` as one classic script, `assets/<name>-[hash].js`: the app, and the export builders it loads. */
const buildScript = (root: string, entry: string, name: string) =>
  buildInMemory(root, {
    input: resolve(root, entry),
    output: {
      format: 'iife',
      entryFileNames: `assets/${name}-[hash].js`,
      assetFileNames: (asset) =>
        asset.names.some((name) => name.endsWith('.css'))
          ? 'assets/app-[hash][extname]'
          : 'assets/[name]-[hash][extname]',
    },
  });

/**
 * The desk as modules, with its worker; its files are emitted under `desk/`. Only the desk's page loads
 * them: the reader's page and the embed do not grow.
 */
const buildDesk = (root: string) =>
  buildInMemory(resolve(root, DESK_ROOT), { input: resolve(root, DESK_ROOT, 'index.html') });

/** The site's own pages get the first view; others (the desk) are left as they are. */
const isSitePage = (path: string) => path === '/index.html' || path === '/';

export function firstViewPlugin(): Plugin[] {
  let root = process.cwd();
  let publicDir = resolve(root, 'public');
  let rendered: FirstView | null = null;
  let basemap: BasemapPaths | null = null;
  let app: Rolldown.OutputBundle[number][] = [];
  let exportScript: Rolldown.OutputBundle[number][] = [];
  const picture = () => (basemap ??= basemapPaths());
  const view = () => (rendered ??= renderFirstView(publicDir, picture()));

  const prerender: Plugin = {
    name: 'dalil-first-view',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir || resolve(root, 'public');
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => (isSitePage(context.path) ? pageWithFirstView(html, view()) : html),
    },
  };

  let desk: Rolldown.OutputBundle[number][] = [];
  const deskPage: Plugin = {
    name: 'dalil-desk',
    async buildStart() {
      if (this.meta.watchMode) return;
      desk = await buildDesk(root);
    },
    generateBundle() {
      for (const file of desk)
        this.emitFile({
          type: 'asset',
          fileName: DESK_PATH + file.fileName,
          source: file.type === 'chunk' ? file.code : file.source,
        });
    },
    configureServer(server) {
      // In development the desk is served from its source folder.
      server.middlewares.use((request, _response, next) => {
        const [path = '', query] = (request.url ?? '').split('?');
        if (path === `/${DESK_PATH}` || path === `/${DESK_PATH.slice(0, -1)}`)
          request.url = `/${DESK_ROOT}/index.html${query ? `?${query}` : ''}`;
        else if (path.startsWith(`/${DESK_PATH}`))
          request.url = `/${DESK_ROOT}/${request.url!.slice(DESK_PATH.length + 1)}`;
        next();
      });
    },
  };

  const dataScripts: Plugin = {
    name: 'dalil-data-scripts',
    generateBundle() {
      for (const path of dataFiles(publicDir)) {
        const source = dataScript(path, readPublicFile(publicDir, path));
        this.emitFile({ type: 'asset', fileName: path.replace(/\.json$/, '.js'), source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = dataFiles(publicDir).find((p) =>
          request.url?.split('?')[0]?.endsWith(p.replace(/\.json$/, '.js')),
        );
        if (!path) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(dataScript(path, readPublicFile(publicDir, path)));
      });
    },
  };

  const classicScripts: Plugin = {
    name: 'dalil-classic-scripts',
    apply: 'build',
    config: () => ({
      build: { modulePreload: false, rollupOptions: { output: { format: 'iife' } } },
    }),
    async buildStart() {
      rendered = null;
      [app, exportScript] = await Promise.all([
        buildScript(root, APP_ENTRY, 'app'),
        buildScript(root, EXPORT_ENTRY, 'export'),
      ]);
    },
    generateBundle() {
      for (const file of [...app, ...exportScript]) {
        const source =
          file.type === 'chunk'
            ? file.code
            : file.fileName.endsWith('.css')
              ? styleWithFirstView(String(file.source), view())
              : file.source;
        this.emitFile({ type: 'asset', fileName: file.fileName, source });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const script = app.find((file) => file.type === 'chunk' && file.isEntry);
        const style = app.find((file) => file.fileName.endsWith('.css'));
        const builders = exportScript.find((file) => file.type === 'chunk' && file.isEntry);
        if (!script || !style) throw new Error('The app build produced no script or no stylesheet.');
        if (!builders) throw new Error('The export build produced no script.');
        return html
          .replace(/<script type="module" crossorigin src=/g, '<script src=')
          .replace(/ crossorigin(?=[ >])/g, '')
          .replace(
            '</title>',
            `</title>\n    <link rel="stylesheet" href="./${style.fileName}">\n    <meta name="dalil:app" content="./${script.fileName}">\n    <meta name="dalil:export" content="./${builders.fileName}">`,
          );
      },
    },
  };

  /**
   * The dev server serves the app as modules and the markers' positions as an inline style. Its styles
   * arrive with the modules, after the page paints, so the page's fault notices are left out there.
   */
  const devApp: Plugin = {
    name: 'dalil-dev-app',
    apply: 'serve',
    transformIndexHtml: (html, context) =>
      !isSitePage(context.path)
        ? html
        : html
            // The prerender (order 'pre') has already put the first view in place of its slot.
            .replace(/ *<!-- Shown only when part of the site[\s\S]*?page-fault--boot[\s\S]*?<\/div>\n/, '')
            .replace(
              '</title>',
              `</title>\n    <meta name="dalil:app" content="/${APP_ENTRY}" data-type="module">\n    <meta name="dalil:export" content="/${EXPORT_ENTRY}" data-type="module">\n    <style>${view().css}</style>`,
            ),
  };

  /**
   * The site kit: every file of the built site and the first view's base map, so the desk can package
   * this site with an editor's data (src/first-view/site-page.ts).
   */
  const kit: Plugin = {
    name: 'dalil-site-kit',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const style = app.find((file) => file.fileName.endsWith('.css'));
        if (!style) throw new Error('The app build produced no stylesheet.');
        const files = new Set([...Object.keys(bundle), ...publicFiles(publicDir), SITE_KIT_PATH]);
        this.emitFile({
          type: 'asset',
          fileName: SITE_KIT_PATH,
          source: JSON.stringify(siteKit([...files], style.fileName, picture())),
        });
      },
    },
  };

  return [prerender, deskPage, dataScripts, classicScripts, devApp, kit];
}
