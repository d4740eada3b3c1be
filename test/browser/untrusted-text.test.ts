import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDataset } from '../../geo/contract';
import { launchChromium, openRecordedPage, waitForMarkers } from './chromium';
import { builtDataset, placeOf } from './dist-files';

const AIRBASE = 'hmeimim-air-base';
const ATTACK = '<img src=x onerror=alert(1)>';
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('untrusted text', () => {
  it('shows markup in a title and a place name as literal text and creates no img element', async () => {
    const dataset = builtDataset();
    const airbase = placeOf(dataset, AIRBASE);
    const articleId = airbase.properties.mentions[0]!.articleId;
    dataset.articles.find((a) => a.id === articleId)!.title = ATTACK;
    airbase.properties.name = { ar: ATTACK, en: ATTACK };
    // The evidence stays exact, so the dataset passes validation and reaches the page.
    expect(parseDataset(dataset).ok).toBe(true);

    const { page, errors } = await openRecordedPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/data/dalil.json', (route) => route.fulfill({ json: dataset }));
    await page.goto(baseUrl);
    await waitForMarkers(page);

    const marker = page.locator(`.leaflet-marker-icon[data-place-id="${AIRBASE}"]`);
    expect(await marker.getAttribute('aria-label')).toBe(ATTACK);
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup .place-popup').waitFor();
    expect(await page.locator('.leaflet-popup .place-popup__name').textContent()).toBe(ATTACK);
    const title = page.locator(`.leaflet-popup [data-article-id="${articleId}"] .article-mentions__title`);
    expect(await title.textContent()).toBe(ATTACK);

    await page.locator(`.leaflet-popup [data-article-id="${articleId}"] .link-button`).first().click();
    await page.locator('.article-panel').waitFor();
    expect(await page.locator('.article-panel__title').textContent()).toBe(ATTACK);

    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
