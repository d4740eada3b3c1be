/**
 * The desk's preview: the desk page frames the map (`?preview=1`) and hands it the dataset the editor is
 * making, so they see the map as readers will before anything is published. The map asks its parent for
 * the dataset, and takes it only from a parent page of its own origin: a page of another site that frames
 * it with `preview=1` gets no say, and the map reads its own data. What arrives is validated like a
 * fetched file (geo/contract.ts).
 */
import type { FetchJson } from './fetch-json';

/** The map to the desk: "I am ready for the dataset". */
export const PREVIEW_READY = 'dalil:preview-ready';
/** The desk to the map: `{ type, dataset }`. */
export const PREVIEW_DATA = 'dalil:preview-data';

export interface PreviewData {
  type: typeof PREVIEW_DATA;
  dataset: unknown;
}

const isPreviewData = (data: unknown): data is PreviewData =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PREVIEW_DATA;

/** True when the page sits in a frame of a page of its own origin (the desk). */
function framedBySameOrigin(win: Window): boolean {
  if (win.parent === win) return false;
  try {
    return win.parent.location.origin === win.location.origin;
  } catch {
    return false;
  }
}

/**
 * `fetchJson` for the preview: the file at `datasetPath` comes from the desk that frames the page; every
 * other file (the base map, its labels) from the site as usual. Not framed by the desk: the site's own.
 */
export function fetchFromDesk(fallback: FetchJson, datasetPath: string, win: Window = window): FetchJson {
  if (!framedBySameOrigin(win)) return fallback;
  return (path) => {
    if (path !== datasetPath) return fallback(path);
    return new Promise((resolve) => {
      const listen = (event: MessageEvent) => {
        if (event.source !== win.parent || event.origin !== win.location.origin) return;
        if (!isPreviewData(event.data)) return;
        win.removeEventListener('message', listen);
        resolve({ ok: true, json: event.data.dataset });
      };
      win.addEventListener('message', listen);
      win.parent.postMessage({ type: PREVIEW_READY }, win.location.origin);
    });
  };
}
