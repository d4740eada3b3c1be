/**
 * How the first view is written into the built site: into the page (index.html) and the app's stylesheet,
 * each between markers, so it can be written again for other data. The build writes it from the built
 * data (geo/site/vite-plugin.ts); the desk writes it again for an editor's data when it packages the site
 * it was served with (src/desk/project/site-package.ts). One code path, so both sites paint alike.
 *
 * The desk learns what to package from the site kit, `desk/site-kit.json`, which the build writes: every
 * file of the built site and the first view's base map.
 */
import * as v from 'valibot';
import type { BasemapPaths, FirstView } from './first-view-html.ts';

/** Where index.html (the source) takes the first view. */
export const FIRST_VIEW_SLOT = '<!-- first-view -->';
const PAGE_START = '<!-- dalil:first-view -->';
const PAGE_END = '<!-- /dalil:first-view -->';
const STYLE_START = '/* dalil:first-view */';
/**
 * The stylesheet's last rule hides the page's notice that the stylesheet is missing (index.html): a
 * stylesheet that does not arrive, or arrives cut short, leaves the notice showing.
 */
export const STYLESHEET_COMPLETE = '.page-fault--style{display:none}';

/** The page with `view` in its slot, or in place of the first view written there before. */
export function pageWithFirstView(html: string, view: FirstView): string {
  const block = `${PAGE_START}${view.html}${PAGE_END}`;
  const start = html.indexOf(PAGE_START);
  if (start >= 0) {
    const end = html.indexOf(PAGE_END, start);
    if (end < 0) throw new Error('The page opens its first view and never closes it.');
    return html.slice(0, start) + block + html.slice(end + PAGE_END.length);
  }
  if (!html.includes(FIRST_VIEW_SLOT)) throw new Error('The page has no place for the first view.');
  return html.replace(FIRST_VIEW_SLOT, () => block);
}

/** The app's stylesheet with `view`'s rules at its end, in place of any written before, then the last rule. */
export function styleWithFirstView(css: string, view: FirstView): string {
  const at = css.indexOf(STYLE_START);
  const base = at >= 0 ? css.slice(0, at) : `${css}\n`;
  return `${base}${STYLE_START}\n${view.css}\n${STYLESHEET_COMPLETE}\n`;
}

const SitePathSchema = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^(?!.*\.\.)(?!\/)[A-Za-z0-9_./-]+$/, 'is not a path inside the site'),
);

export const SiteKitSchema = v.object({
  kit: v.literal('dalil-site-kit'),
  version: v.literal(1),
  /** Every file of the built site, relative to its root. */
  files: v.pipe(v.array(SitePathSchema), v.minLength(1), v.maxLength(5000)),
  /** The app's stylesheet, which carries the first view's rules. */
  stylesheet: SitePathSchema,
  basemap: v.object({ land: v.string(), borders: v.string() }),
});
export type SiteKit = v.InferOutput<typeof SiteKitSchema>;

/** The site kit's path, relative to the site's root. */
export const SITE_KIT_PATH = 'desk/site-kit.json';

export function siteKit(files: readonly string[], stylesheet: string, basemap: BasemapPaths): SiteKit {
  return { kit: 'dalil-site-kit', version: 1, files: [...files].sort(), stylesheet, basemap };
}
