/**
 * Reads a data file inside a sandboxed iframe. There the page's origin is opaque, so `fetch` of its own
 * `data/dalil.json` is a cross-origin request that the server would have to allow (CORS for origin
 * `null`). A classic `<script src>` needs no such permission, so the build writes each data file a second
 * time as a script (`data/dalil.js`) that hands the same JSON to `self.dalilData`. What arrives is still
 * untrusted: the caller validates it exactly as a fetched file (geo/contract.ts).
 */
import type { FetchJson, FetchJsonResult } from './fetch-json';
import { scriptPathOf } from '../model/data-script';
import { setScriptSource } from './trusted-types';

/** The global the data scripts fill, keyed by the JSON file's path (`data/dalil.json`). */
interface DataHolder {
  dalilData?: Record<string, unknown>;
}

export const fetchViaScript: FetchJson = (path) =>
  new Promise<FetchJsonResult>((resolve) => {
    const holder = window as DataHolder;
    const src = scriptPathOf(path);
    const script = document.createElement('script');
    setScriptSource(script, src);
    script.onload = () => {
      const json = holder.dalilData?.[path];
      if (holder.dalilData) Reflect.deleteProperty(holder.dalilData, path);
      script.remove();
      resolve(
        json === undefined
          ? { ok: false, reason: 'not-json', detail: `${src}: holds no ${path}` }
          : { ok: true, json },
      );
    };
    script.onerror = () => {
      script.remove();
      resolve({ ok: false, reason: 'unreachable', detail: `${src}: could not be loaded` });
    };
    document.head.append(script);
  });

/** True in a sandboxed frame without `allow-same-origin`: the document's origin is the string "null". */
export function hasOpaqueOrigin(win: Window = window): boolean {
  return win.origin === 'null';
}
