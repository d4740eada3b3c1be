/**
 * What a first visit to the built site downloads: the page, the scripts and styles it links, the fonts
 * its styles use (the woff2 file of each face: every browser that runs the app picks woff2 first), and
 * the data files (dataset, base map's world level, its tiles' index and its labels). Sizes raw and gzipped, as a server compressing
 * with gzip would send them.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASEMAP_PATH, BASEMAP_TILES_PATH, DATASET_PATH, LABELS_PATH } from '../../geo/contract';

export type AssetKind = 'html' | 'js' | 'css' | 'font' | 'data';

export interface Asset {
  /** Path relative to the site root. */
  path: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
}

function measure(distDir: string, path: string, kind: AssetKind): Asset {
  const bytes = readFileSync(`${distDir}${path}`);
  return { path, kind, raw: bytes.length, gzip: gzipSync(bytes).length };
}

function attributeValues(html: string, tag: RegExp, attribute: string): string[] {
  const values: string[] = [];
  for (const [element] of html.matchAll(tag)) {
    const value = new RegExp(`${attribute}="([^"]+)"`).exec(element)?.[1];
    if (value) values.push(posix.normalize(value));
  }
  return values;
}

export function firstLoadAssets(distDir: string): Asset[] {
  const html = readFileSync(`${distDir}index.html`, 'utf8');
  const scripts = [
    ...attributeValues(html, /<script\b[^>]*>/g, 'src'),
    ...attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href'),
    // The app script, which the page's first script loads at once on the full page.
    ...attributeValues(html, /<meta\b[^>]*name="dalil:app"[^>]*>/g, 'content'),
  ];
  const styles = attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href');
  const fonts = new Set<string>();
  for (const style of styles) {
    const css = readFileSync(`${distDir}${style}`, 'utf8');
    for (const [, url] of css.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)) {
      fonts.add(posix.join(posix.dirname(style), url!));
    }
  }
  return [
    measure(distDir, 'index.html', 'html'),
    ...scripts.map((path) => measure(distDir, path, 'js')),
    ...styles.map((path) => measure(distDir, path, 'css')),
    ...[...fonts].map((path) => measure(distDir, path, 'font')),
    measure(distDir, DATASET_PATH, 'data'),
    measure(distDir, BASEMAP_PATH, 'data'),
    measure(distDir, LABELS_PATH, 'data'),
    // The finer levels' tiles depend on the view (test/bench/basemap-bytes.ts measures them).
    measure(distDir, BASEMAP_TILES_PATH, 'data'),
  ];
}

export function total(assets: readonly Asset[], kind?: AssetKind): { raw: number; gzip: number } {
  const chosen = kind ? assets.filter((a) => a.kind === kind) : assets;
  return {
    raw: chosen.reduce((sum, a) => sum + a.raw, 0),
    gzip: chosen.reduce((sum, a) => sum + a.gzip, 0),
  };
}
