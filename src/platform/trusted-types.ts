/**
 * Trusted Types: a site may serve the map with `require-trusted-types-for 'script'` in its
 * Content-Security-Policy (and `trusted-types dalil default`), and the map must still work there. Under
 * it, the DOM refuses plain strings at its script-URL and markup sinks; two policies, made once by the
 * page's first script, say what the app may pass:
 *
 * - `dalil` turns a script URL into a trusted one only when it names a file of the page's own site (the
 *   app's script, the data files as scripts), never another origin;
 * - `default` lets through only the few fixed pieces of markup Leaflet writes itself (its feature test,
 *   its zoom buttons' and close button's symbols). The app's own markers, labels and attribution are
 *   built from DOM nodes and text and never reach a markup sink.
 */

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM library). */
interface TrustedTypePolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL?: (url: string) => string; createHTML?: (html: string) => string | null },
  ): TrustedTypePolicy;
}
interface TrustedTypesWindow {
  trustedTypes?: TrustedTypePolicyFactory;
  /** The page's `dalil` policy, shared by the first view's script and the app's (two bundles). */
  dalilScriptPolicy?: TrustedTypePolicy;
}

/** Markup Leaflet 1.9 assigns to `innerHTML` as fixed strings; nothing else passes the default policy. */
export const LEAFLET_MARKUP: ReadonlySet<string> = new Set([
  '<svg/>',
  '<v:shape adj="1"/>',
  '<span aria-hidden="true">+</span>',
  '<span aria-hidden="true">&#x2212;</span>',
  '<span aria-hidden="true">&#215;</span>',
]);

/** True when `url`, read against the page's address, names a file of the page's own site. */
export function isOwnFile(url: string, pageUrl: string): boolean {
  try {
    return new URL(url, pageUrl).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

function ownScriptUrl(url: string): string {
  if (!isOwnFile(url, document.baseURI)) throw new TypeError(`Not a script of this site: ${url}`);
  return url;
}

/** Makes the page's policies, once, before anything else runs; a page without Trusted Types needs none. */
export function installTrustedTypes(win: Window = window): void {
  const holder = win as TrustedTypesWindow;
  const factory = holder.trustedTypes;
  if (!factory || holder.dalilScriptPolicy) return;
  try {
    holder.dalilScriptPolicy = factory.createPolicy('dalil', { createScriptURL: ownScriptUrl });
    factory.createPolicy('default', {
      createHTML: (html) => (LEAFLET_MARKUP.has(html) ? html : null),
    });
  } catch {
    // A policy the site's CSP does not name: the sinks then refuse, and the page says it failed to load.
  }
}

/** Sets a script element's source to one of the site's own files, through the `dalil` policy if any. */
export function setScriptSource(script: HTMLScriptElement, url: string, win: Window = window): void {
  const policy = (win as TrustedTypesWindow).dalilScriptPolicy;
  // A TrustedScriptURL where the page enforces Trusted Types; the DOM takes it where it takes a string.
  script.src = (policy ? policy.createScriptURL(url) : ownScriptUrl(url)) as string;
}
