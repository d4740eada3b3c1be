/**
 * The files the app reads first, asked for by the page's first script as the page starts, so they arrive
 * while the first view paints and the app's script downloads, instead of after the app has started (a
 * waterfall: picture, then script, then data). The first script and the app are separate scripts: the
 * responses on their way are handed over on `window`, each taken once by `fetchJson` (fetch-json.ts).
 */

/** Where the responses wait, on the global object (`window`): one key that both scripts know. */
const EARLY = Symbol.for('dalil.earlyFetches');

type Holder = { [EARLY]?: Map<string, Promise<Response>> };

/** Fetches `paths` (relative to the page) now, as `fetchJson` would, for the app to take later. */
export function fetchEarly(paths: readonly string[], win: typeof globalThis = globalThis): void {
  const holder = win as Holder;
  const waiting = (holder[EARLY] ??= new Map());
  for (const path of paths) {
    if (waiting.has(path)) continue;
    // Low: what the first view paints with (its styles, fonts and picture) comes first.
    const response = win.fetch(path, { credentials: 'same-origin', priority: 'low' });
    // A failure is the taker's to report; one never taken is no error of the page's.
    response.catch(() => undefined);
    waiting.set(path, response);
  }
}

/** The response to `path` fetched early, once: a second call (a retry) fetches again. */
export function takeEarlyFetch(
  path: string,
  win: typeof globalThis = globalThis,
): Promise<Response> | undefined {
  const waiting = (win as Holder)[EARLY];
  const response = waiting?.get(path);
  waiting?.delete(path);
  return response;
}
