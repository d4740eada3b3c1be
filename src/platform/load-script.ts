/**
 * Loads one of the site's own scripts, named by a `<meta name=... content=...>` of index.html that the
 * build writes. A classic `<script src>` (not a module, not `import()`) because module scripts are fetched
 * with CORS: inside a sandboxed iframe the page's origin is opaque, and its own server would have to allow
 * origin `null`. The source passes the Trusted Types policy `dalil`, which takes only the site's own files.
 */
import { setScriptSource } from './trusted-types';

const loads = new Map<string, Promise<void>>();

/**
 * Starts loading the script once; resolves when it ran, rejects when it could not be fetched (to try
 * again) or, given `started`, when it arrived but did not start (cut short, say: it still fires `load`).
 */
export function loadScriptOf(
  metaName: string,
  doc: Document = document,
  started: () => boolean = () => true,
): Promise<void> {
  let loading = loads.get(metaName);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`);
      if (!meta?.content) {
        reject(new Error(`index.html names no ${metaName} script.`));
        return;
      }
      const script = doc.createElement('script');
      // The dev server serves the scripts as modules; the build, as classic scripts.
      if (meta.dataset.type === 'module') script.type = 'module';
      setScriptSource(script, meta.content);
      script.onload = () => (started() ? resolve() : reject(new Error(`${meta.content} did not start.`)));
      script.onerror = () => {
        script.remove();
        reject(new Error(`${meta.content} could not be loaded.`));
      };
      doc.head.append(script);
    });
    loads.set(metaName, loading);
    loading.catch(() => loads.delete(metaName));
  }
  return loading;
}

/**
 * Asks for the script named by `metaName` now without running it (`<link rel=preload>`), so that
 * `loadScriptOf` later finds it downloaded. Nothing when index.html names no such script.
 */
export function preloadScriptOf(metaName: string, doc: Document = document): void {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`);
  if (!meta?.content) return;
  const link = doc.createElement('link');
  // The dev server serves the scripts as modules, fetched in CORS mode: a module preload matches them.
  if (meta.dataset.type === 'module') link.rel = 'modulepreload';
  else {
    link.rel = 'preload';
    link.as = 'script';
  }
  // After what the first view needs to paint: the script runs only once it has painted.
  link.fetchPriority = 'low';
  link.href = meta.content;
  doc.head.append(link);
}
