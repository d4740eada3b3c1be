/**
 * The ready-to-host site with an editor's data: the built files the desk was served with (the site kit
 * lists them, src/first-view/site-page.ts), the dataset and its script twin replaced (one file, the texts
 * in it: the build's text chunks are left out), and the first view
 * drawn again for these places in the page and its stylesheet, by the same code as the build. Zipped
 * with fflate; fonts and other packed files are stored, text is deflated.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { DATASET_PATH, storedDataset, TEXT_CHUNK_DIR, type Dataset } from '../../../geo/contract';
import { firstView } from '../../first-view/first-view-html';
import { pageWithFirstView, styleWithFirstView, type SiteKit } from '../../first-view/site-page';
import { dataScript, scriptPathOf } from '../../model/data-script';

/** The site's page, which carries the first view. */
export const SITE_PAGE = 'index.html';
/** Files already compressed: deflating them again only costs time. */
const PACKED = /\.(woff2?|png|jpe?g|gz|zip)$/i;

/** The files of the site to publish, by path: `built` holds every file of the kit as served. */
export function siteFiles(
  kit: SiteKit,
  built: ReadonlyMap<string, Uint8Array>,
  dataset: Dataset,
): Map<string, Uint8Array> {
  const text = (path: string) => {
    const bytes = built.get(path);
    if (!bytes) throw new Error(`${path}: missing from the site`);
    return new TextDecoder().decode(bytes);
  };
  const view = firstView(dataset.places.features, kit.basemap);
  const json = JSON.stringify(storedDataset(dataset));
  const replaced = new Map<string, string>([
    [SITE_PAGE, pageWithFirstView(text(SITE_PAGE), view)],
    [kit.stylesheet, styleWithFirstView(text(kit.stylesheet), view)],
    [DATASET_PATH, json],
    [scriptPathOf(DATASET_PATH), dataScript(DATASET_PATH, json)],
  ]);
  const files = new Map<string, Uint8Array>();
  for (const path of kit.files) {
    // The dataset goes in one file, every text in its article: the build's text chunks are not its.
    if (path.startsWith(`${TEXT_CHUNK_DIR}/`)) continue;
    const changed = replaced.get(path);
    const bytes = changed === undefined ? built.get(path) : strToU8(changed);
    if (!bytes) throw new Error(`${path}: missing from the site`);
    files.set(path, bytes);
  }
  return files;
}

/** The files as one zip archive, at the root of which the site's page sits. */
export function zipSite(files: ReadonlyMap<string, Uint8Array>, modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const [path, bytes] of files)
    entries[path] = [bytes, { level: PACKED.test(path) ? 0 : 6, mtime: modified }];
  return zipSync(entries);
}
