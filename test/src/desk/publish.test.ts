import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATASET_PATH, parseDataset, type Dataset } from '../../../geo/contract';
import { firstView } from '../../../src/first-view/first-view-html';
import {
  FIRST_VIEW_SLOT,
  pageWithFirstView,
  siteKit,
  STYLESHEET_COMPLETE,
  styleWithFirstView,
} from '../../../src/first-view/site-page';
import { datasetOf } from '../../../src/desk/project/dataset';
import { siteFiles, zipSite } from '../../../src/desk/project/site-package';
import { createReader } from '../../../src/desk/reading/reader';
import { dataScript } from '../../../src/model/data-script';
import type { Correction } from '../../../geo/corrections/schema';
import { plainArticle } from '../../geo/plain-article';
import { smallGazetteer } from '../../geo/small-gazetteer';

const TEXT = 'أرسلت روسيا طائرات إلى اللاذقية. ووصلت سفن حربية إلى طرطوس.';
const ARTICLE = plainArticle('ships-and-jets', TEXT);
const at = (words: string) => ({
  articleId: ARTICLE.id,
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
  text: words,
});
const VERIFY_TARTUS: Correction = {
  action: 'verify',
  placeId: 'tartus',
  ...at('طرطوس'),
  by: 'Rana',
  at: '2026-12-02T10:00:00Z',
  note: null,
};

async function read(corrections: Correction[]) {
  const reader = createReader(smallGazetteer());
  return reader.read([ARTICLE], corrections, () => {});
}

const BASEMAP = { land: 'M0 0h10v10z', borders: 'M0 0l5 5' };

describe('the data an editor publishes', () => {
  it('holds all the evidence, or only the mentions and claims an editor checked, and passes the contract', async () => {
    const readings = await read([VERIFY_TARTUS]);
    const all = datasetOf([ARTICLE], readings, 'all');
    const verified = datasetOf([ARTICLE], readings, 'verified');
    if (!all.ok || !verified.ok) throw new Error('the contract refused the data');
    const ids = (d: Dataset) => d.places.features.map((f) => f.properties.id).sort();
    expect(ids(all.dataset)).toEqual(expect.arrayContaining(['latakia', 'tartus']));
    expect(ids(verified.dataset)).toEqual(['tartus']);
    expect(verified.dataset.places.features[0]!.properties.mentions.every((m) => m.review)).toBe(true);
    // No claim was checked: none is published, and none points at a place that is gone.
    expect(all.dataset.claims!.length).toBeGreaterThan(0);
    expect(verified.dataset.claims).toEqual([]);
  });

  it('keeps a checked claim with only its checked places', async () => {
    const readings = await read([VERIFY_TARTUS]);
    const claim = readings[ARTICLE.id]!.claims.find((c) => c.places.some((p) => p.placeId === 'tartus'))!;
    const stance: Correction = {
      action: 'claim-stance',
      articleId: ARTICLE.id,
      start: claim.clause.start,
      end: claim.clause.end,
      text: claim.clause.text,
      stance: 'speculative',
      by: 'Rana',
      at: '2026-12-02T10:00:00Z',
      note: null,
    };
    const withClaim = await read([VERIFY_TARTUS, stance]);
    const verified = datasetOf([ARTICLE], withClaim, 'verified');
    if (!verified.ok) throw new Error(verified.problems.join('\n'));
    expect(verified.dataset.claims).toHaveLength(1);
    expect(verified.dataset.claims![0]!.places.map((p) => p.placeId)).toEqual(['tartus']);
  });

  it('is refused while an article is still being read', () => {
    expect(datasetOf([ARTICLE], {}).ok).toBe(false);
  });
});

describe('the site package', () => {
  const PAGE = `<html><head></head><body>${FIRST_VIEW_SLOT}<div id="root"></div></body></html>`;

  it('writes the first view into the page and the stylesheet, and writes it again in its place', () => {
    const one = firstView([], BASEMAP);
    const page = pageWithFirstView(PAGE, one);
    expect(page).toContain(one.html);
    const style = styleWithFirstView('.a{color:red}', one);
    expect(style.endsWith(`${STYLESHEET_COMPLETE}\n`)).toBe(true);
    expect(style.startsWith('.a{color:red}')).toBe(true);

    const other = { html: '<div id="first-view">other</div>', css: '.first-view__marker--0{left:1%}' };
    const again = pageWithFirstView(page, other);
    expect(again).toContain(other.html);
    expect(again).not.toContain(one.html);
    expect(pageWithFirstView(again, other)).toBe(again);
    const restyled = styleWithFirstView(style, other);
    expect(restyled).toContain(other.css);
    expect(restyled.split(STYLESHEET_COMPLETE)).toHaveLength(2);
    expect(styleWithFirstView(restyled, other)).toBe(restyled);
  });

  it('refuses a page with no place for the first view', () => {
    expect(() => pageWithFirstView('<html></html>', firstView([], BASEMAP))).toThrow(/no place/);
  });

  it('replaces the data, its script twin and the first view, and zips every file of the site', async () => {
    const readings = await read([]);
    const made = datasetOf([ARTICLE], readings);
    if (!made.ok) throw new Error(made.problems.join('\n'));
    const kit = siteKit(
      ['index.html', 'assets/app.css', 'assets/app.js', 'assets/font.woff2', DATASET_PATH, 'data/dalil.js'],
      'assets/app.css',
      BASEMAP,
    );
    const seed = firstView([], BASEMAP);
    const built = new Map<string, Uint8Array>([
      ['index.html', strToU8(pageWithFirstView(PAGE, seed))],
      ['assets/app.css', strToU8(styleWithFirstView('.a{color:red}', seed))],
      ['assets/app.js', strToU8('console.log(1)')],
      ['assets/font.woff2', new Uint8Array([1, 2, 3, 4])],
      [DATASET_PATH, strToU8('{"old":true}')],
      ['data/dalil.js', strToU8('old')],
    ]);
    const files = siteFiles(kit, built, made.dataset);
    const unpacked = unzipSync(zipSite(files, new Date('2026-12-02T10:00:00Z')));
    expect(Object.keys(unpacked).sort()).toEqual([...kit.files].sort());
    const text = (path: string) => new TextDecoder().decode(unpacked[path]);
    expect(parseDataset(JSON.parse(text(DATASET_PATH))).ok).toBe(true);
    expect(text('data/dalil.js')).toBe(dataScript(DATASET_PATH, text(DATASET_PATH)));
    const view = firstView(made.dataset.places.features, BASEMAP);
    expect(text('index.html')).toContain(view.html);
    expect(text('assets/app.css')).toContain(view.css);
    expect(unpacked['assets/font.woff2']).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(text('assets/app.js')).toBe('console.log(1)');
  });

  it('names a file of the kit that the site did not serve', async () => {
    const readings = await read([]);
    const made = datasetOf([ARTICLE], readings);
    if (!made.ok) throw new Error(made.problems.join('\n'));
    const kit = siteKit(['index.html', 'assets/gone.js'], 'assets/app.css', BASEMAP);
    const built = new Map([
      ['index.html', strToU8(PAGE)],
      ['assets/app.css', strToU8('')],
    ]);
    expect(() => siteFiles(kit, built, made.dataset)).toThrow('assets/gone.js: missing from the site');
  });
});
