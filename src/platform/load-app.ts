/**
 * Loads the interactive map by adding its script to the page. A classic `<script src>` (not a module,
 * not `import()`) because module scripts are fetched with CORS: inside a sandboxed iframe the page's
 * origin is opaque, and its own server would have to allow origin `null` for the map to load at all.
 */
import { APP_STARTED } from './app-ready';
import { setScriptSource } from './trusted-types';

/** Where the build wrote the app's script: `<meta name="dalil:app" content="...">` in index.html. */
const APP_META = 'meta[name="dalil:app"]';

let loading: Promise<void> | null = null;

/** Starts loading the app once; resolves when its script ran, rejects when it could not be fetched. */
export function loadApp(doc: Document = document): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const meta = doc.querySelector<HTMLMetaElement>(APP_META);
    if (!meta?.content) {
      reject(new Error('index.html names no app script.'));
      return;
    }
    const script = doc.createElement('script');
    // The dev server serves the app as modules; the build, as one classic script.
    if (meta.dataset.type === 'module') script.type = 'module';
    setScriptSource(script, meta.content);
    // A script that arrived broken (cut short, say) still fires `load`: the app marks the page as it starts.
    script.onload = () =>
      doc.documentElement.dataset[APP_STARTED] === undefined
        ? reject(new Error(`${meta.content} did not start.`))
        : resolve();
    script.onerror = () => reject(new Error(`${meta.content} could not be loaded.`));
    doc.head.append(script);
  });
  return loading;
}
