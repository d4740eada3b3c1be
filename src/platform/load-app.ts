/** Loads the interactive map by adding its script to the page (load-script.ts says why a classic script). */
import { APP_STARTED } from './app-ready';
import { loadScriptOf, preloadScriptOf } from './load-script';

/** Where the build wrote the app's script: `<meta name="dalil:app" content="...">` in index.html. */
export const APP_META = 'dalil:app';

/** Starts loading the app once; resolves when its script ran, rejects when it could not be fetched. */
export function loadApp(doc: Document = document): Promise<void> {
  return loadScriptOf(APP_META, doc, () => doc.documentElement.dataset[APP_STARTED] !== undefined);
}

/** Downloads the app's script without running it, for `loadApp` to run at once when called. */
export function preloadApp(doc: Document = document): void {
  preloadScriptOf(APP_META, doc);
}
