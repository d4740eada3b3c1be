/**
 * A reader downloads what the map shows, in Arabic and in English: the Download dialog offers GeoJSON,
 * CSV and W3C Web Annotations; each file parses, and every quote in it is a verbatim slice of its
 * article's text in the built data, at the offsets the file gives (code points). A filter in the address
 * narrows the files to what it leaves. The builders' script loads only when asked for; the embed offers
 * no download.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../geo/contract';
import { STRINGS } from '../../src/i18n/strings';
import type { EvidenceCollection } from '../../src/model/export/to-geojson';
import type { AnnotationCollection } from '../../src/model/export/to-web-annotations';
import { codePointSlice, readCsvRecords, unguarded } from '../src/fixtures/export-files';
import { NARROW } from './chromium';
import { builtDataset, placeOf } from './dist-files';
import { useBrowser } from './use-browser';

const browser = useBrowser();
const dataset = builtDataset();
const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
const ARTICLE_ID = '001_8ef350c371965a55';
const DAY = /^dalil-\d{4}-\d{2}-\d{2}/;

interface Downloaded {
  name: string;
  content: string;
}

/** Opens the Download dialog with the mouse and downloads the format whose button is named `label`. */
async function download(page: Page, language: Language, label: string): Promise<Downloaded> {
  const t = STRINGS[language];
  const dialog = page.getByRole('dialog', { name: t.downloadTitle });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: t.download, exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: new RegExp(`^${label}`) }).click(),
  ]);
  return { name: file.suggestedFilename(), content: readFileSync(await file.path(), 'utf8') };
}

/** The three files, parsed, each row with the quote and offsets it gives. */
async function downloadAll(page: Page, language: Language) {
  const t = STRINGS[language];
  const geojson = await download(page, language, t.downloadGeoJson);
  const csv = await download(page, language, t.downloadCsv);
  const annotations = await download(page, language, t.downloadAnnotations);
  expect(geojson.name).toMatch(new RegExp(`${DAY.source}\\.geojson$`));
  expect(csv.name).toMatch(new RegExp(`${DAY.source}\\.csv$`));
  expect(annotations.name).toMatch(new RegExp(`${DAY.source}-annotations\\.jsonld$`));
  expect(csv.content.startsWith('\uFEFF')).toBe(true);
  return {
    features: (JSON.parse(geojson.content) as EvidenceCollection).features,
    records: readCsvRecords(csv.content.slice(1)),
    annotations: (JSON.parse(annotations.content) as AnnotationCollection).first.items,
  };
}

type Files = Awaited<ReturnType<typeof downloadAll>>;

/** Every quote of every file, with its article and offsets as the file gives them. */
function quotesOf({ features, records, annotations }: Files) {
  const urn = /^urn:dalil:article:/;
  return [
    ...features.map(({ properties: p }) => ({
      articleId: p.article_id,
      quote: p.quote,
      start: p.quote_start,
      end: p.quote_end,
    })),
    ...records.map((r) => ({
      articleId: r.article_id!,
      quote: unguarded(r.quote!),
      start: Number(r.quote_start),
      end: Number(r.quote_end),
    })),
    ...annotations.map(({ target }) => {
      const [quote, position] = target.selector;
      expect(target.source).toMatch(urn);
      return { articleId: target.source.replace(urn, ''), quote: quote.exact, ...position };
    }),
  ];
}

function expectVerbatim(files: Files) {
  const quotes = quotesOf(files);
  expect(quotes.length).toBeGreaterThan(0);
  for (const { articleId, quote, start, end } of quotes) {
    const text = texts.get(articleId);
    expect(text, `article ${articleId}`).toBeDefined();
    expect(codePointSlice(text!, start, end)).toBe(quote);
  }
}

describe('export', () => {
  for (const language of ['ar', 'en'] as const) {
    it(`downloads the map's evidence in ${language} as three files whose quotes are verbatim`, async () => {
      const { page, errors, requests } = await browser.openApp(language === 'en' ? '?lang=en' : '');
      expect(requests.some((url) => url.includes('/assets/export-'))).toBe(false);
      const files = await downloadAll(page, language);
      expect(requests.filter((url) => url.includes('/assets/export-'))).toHaveLength(1);
      expectVerbatim(files);
      expect(files.records).toHaveLength(files.features.length);
      expect(new Set(files.annotations.map((a) => a.id)).size).toBe(files.annotations.length);
      expect(files.features.length).toBeGreaterThan(50);
      // [lng, lat], as the data has them (RFC 7946).
      for (const { geometry, properties } of files.features)
        expect(geometry.coordinates).toEqual(placeOf(dataset, properties.place_id).geometry.coordinates);
      expect(errors).toEqual([]);
    });
  }

  it('holds only what a filter in the address leaves', async () => {
    const { page, errors } = await browser.openApp(`?lang=en&article=${ARTICLE_ID}`);
    await page.getByRole('button', { name: STRINGS.en.download, exact: true }).click();
    await expect.poll(() => page.getByText(STRINGS.en.downloadFiltered).isVisible()).toBe(true);
    const files = await downloadAll(page, 'en');
    expectVerbatim(files);
    const articles = quotesOf(files).map((q) => q.articleId);
    expect(new Set(articles)).toEqual(new Set([ARTICLE_ID]));
    const mentions = dataset.places.features.flatMap((f) => f.properties.mentions);
    expect(files.features.length).toBeLessThan(mentions.length);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard on a phone, and gives focus back to its button', async () => {
    const { page, errors } = await browser.openApp('', { viewport: NARROW });
    const t = STRINGS.ar;
    const button = page.getByRole('button', { name: t.download, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: t.downloadTitle });
    await dialog.waitFor();
    const csv = dialog.getByRole('button', { name: new RegExp(`^${t.downloadCsv}`) });
    await csv.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is not offered in the embed', async () => {
    const { page } = await browser.openApp('?embed=1&place=hmeimim-air-base');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    expect(await page.getByRole('button', { name: STRINGS.ar.download }).count()).toBe(0);
  });
});
