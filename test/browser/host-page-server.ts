/**
 * Two local origins for the embed tests: a plain static server for `dist/` under a sub-path (no CORS
 * headers, like the simplest static host), and a "newsroom" server that serves one host page.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { DIST_DIR } from './dist-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

export interface Running {
  url: string;
  close: () => Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    }),
  );
}

function closer(server: Server) {
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/**
 * Serves dist/ at `prefix` (e.g. `/news/maps/dalil/`), as any static host would; `page`, when given,
 * rewrites each HTML page on its way out (a host that adds to its policy, say).
 */
export function serveDistAt(prefix: string, page?: (html: string) => string): Promise<Running> {
  return serveDirAt(DIST_DIR, prefix, page);
}

/** Serves the site in `root` (a folder, ending in `/`) at `prefix`, as serveDistAt serves dist/. */
export async function serveDirAt(
  root: string,
  prefix: string,
  page?: (html: string) => string,
): Promise<Running> {
  const server = createServer((request, response) => void serveFile(request, response));
  async function serveFile(request: IncomingMessage, response: ServerResponse) {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (file.endsWith('/') || file === normalize(root)) file = join(file, 'index.html');
    try {
      const bytes = await readFile(file);
      const body = page && file.endsWith('.html') ? page(bytes.toString('utf8')) : bytes;
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }
  return { url: `${await listen(server)}${prefix}`, close: closer(server) };
}

/** Serves `html` at `/story.html` on another origin. */
export async function serveHostPage(html: () => string): Promise<Running> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/story.html')) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html());
    } else if (request.url === '/favicon.ico') {
      // The story's own favicon is not the embed's concern; answered so it logs no error.
      response.writeHead(204).end();
    } else response.writeHead(404).end();
  });
  return { url: `${await listen(server)}/story.html`, close: closer(server) };
}
