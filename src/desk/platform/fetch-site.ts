/**
 * The built site the desk was served with, read back from its own origin: the site kit first (the build
 * writes it: every file of the site, src/first-view/site-page.ts), then each file it lists. The dev server
 * serves the sources, not a site, and has no kit: the editor is told to build the site.
 */
import * as v from 'valibot';
import { SITE_KIT_PATH, SiteKitSchema, type SiteKit } from '../../first-view/site-page';

export type FetchedSite =
  | { ok: true; kit: SiteKit; built: Map<string, Uint8Array> }
  | { ok: false; problem: 'no-kit' | 'bad-kit' | 'missing-file'; detail: string };

/** How many of the site's files are fetched at once. */
const FETCHES_AT_ONCE = 16;

/** Reads the site whose root is `root` (the desk lives at `desk/` below it). */
export async function fetchSite(root: URL, fetcher: typeof fetch = fetch): Promise<FetchedSite> {
  const kitResponse = await fetcher(new URL(SITE_KIT_PATH, root)).catch(() => null);
  if (!kitResponse?.ok) return { ok: false, problem: 'no-kit', detail: SITE_KIT_PATH };
  const parsed = v.safeParse(SiteKitSchema, await kitResponse.json().catch(() => null));
  if (!parsed.success) return { ok: false, problem: 'bad-kit', detail: SITE_KIT_PATH };
  const kit = parsed.output;
  const built = new Map<string, Uint8Array>();
  const waiting = [...kit.files];
  const missing: string[] = [];
  // A few fetches at a time: the base map's tiles make the site thousands of small files.
  const fetchSome = async () => {
    for (let path = waiting.shift(); path !== undefined && missing.length === 0; path = waiting.shift()) {
      const response = await fetcher(new URL(path, root)).catch(() => null);
      if (!response?.ok) missing.push(path);
      else built.set(path, new Uint8Array(await response.arrayBuffer()));
    }
  };
  await Promise.all(Array.from({ length: FETCHES_AT_ONCE }, fetchSome));
  if (missing[0] !== undefined) return { ok: false, problem: 'missing-file', detail: missing[0] };
  return { ok: true, kit, built };
}
