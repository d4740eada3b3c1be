/**
 * What the reader sees when part of the built site does not arrive, or arrives cut short: each asset in
 * turn answered with a 404 and with its first half only. Every time, a message says so in words the
 * reader reads (their language, or both where the page cannot know it); the map shows what it still can.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './dist-files';
import { useBrowser } from './use-browser';

const browser = useBrowser();

const html = readFileSync(`${DIST_DIR}index.html`, 'utf8');
const assets = readdirSync(`${DIST_DIR}assets`);
const stylesheet = /href="\.\/(assets\/app-[\w-]+\.css)"/.exec(html)![1]!;
const bootScript = /<script src="\.\/(assets\/[\w-]+\.js)"/.exec(html)![1]!;
const appScript = /name="dalil:app" content="\.\/(assets\/app-[\w-]+\.js)"/.exec(html)![1]!;
if (![stylesheet, bootScript, appScript].every((path) => assets.includes(path.slice('assets/'.length))))
  throw new Error('The built page names assets that dist/ does not have.');

type Fault = 'missing' | 'truncated';

interface Case {
  asset: string;
  /** What the reader must see, in the language of the page opened (`?lang=`). */
  message: (language: 'ar' | 'en') => string;
  /** The element that says it. */
  where: string;
}

const CASES: Case[] = [
  {
    asset: stylesheet,
    message: () => 'This page did not load fully: its stylesheet is missing.',
    where: '.page-fault--style',
  },
  {
    asset: bootScript,
    message: () => "The map's script could not be loaded",
    where: '.page-fault--boot',
  },
  {
    asset: appScript,
    message: (l) =>
      l === 'ar' ? 'تعذّر تحميل الخريطة التفاعلية.' : 'The interactive map could not be loaded.',
    where: '.first-view__status',
  },
  {
    asset: 'data/dalil.json',
    message: (l) => (l === 'ar' ? 'البيانات' : 'data'),
    where: '.load-status--error',
  },
  {
    asset: 'data/basemap.json',
    message: (l) => (l === 'ar' ? 'الخريطة الأساسية' : 'base map'),
    where: '.load-status--notice',
  },
  {
    asset: 'data/labels.json',
    message: (l) => (l === 'ar' ? 'أسماء الدول والبحار' : 'names of countries and seas'),
    where: '.load-status--notice',
  },
];

/** Answers `asset` with a 404, or with the first half of its bytes. */
function breaking(asset: string, fault: Fault) {
  return (page: Page) =>
    page.route(`**/${asset}`, async (route) => {
      if (fault === 'missing') return route.fulfill({ status: 404, body: 'not found' });
      const response = await route.fetch();
      const body = await response.body();
      return route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
    });
}

describe('a built asset that does not arrive whole', () => {
  for (const { asset, message, where } of CASES) {
    for (const [fault, language] of [
      ['missing', 'en'],
      ['truncated', 'ar'],
    ] as const) {
      it(`says so when ${asset} is ${fault} (${language})`, async () => {
        const { page } = await browser.open(`?lang=${language}`, { prepare: breaking(asset, fault) });
        const notice = page.locator(where).filter({ hasText: message(language) });
        await notice.first().waitFor({ state: 'visible' });
        expect(await notice.first().isVisible()).toBe(true);
      });
    }
  }

  it('shows neither fault notice when every asset arrives', async () => {
    const { page } = await browser.openApp('?lang=en');
    expect(await page.locator('.page-fault--style').isVisible()).toBe(false);
    expect(await page.locator('.page-fault--boot').isVisible()).toBe(false);
  });
});
