import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../geo/contract';
import { builtDataset, placeOf } from './dist-files';
import { markerOf, panToMarker, revealPlace } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const ATTACK = '<img src=x onerror=alert(1)>';
const browser = useBrowser();

describe('untrusted text', () => {
  it('shows markup in a title and a place name as literal text and creates no img element', async () => {
    const dataset = builtDataset();
    const airbase = placeOf(dataset, AIRBASE);
    const articleId = airbase.properties.mentions[0]!.articleId;
    dataset.articles.find((a) => a.id === articleId)!.title = ATTACK;
    airbase.properties.name = { ar: ATTACK, en: ATTACK };
    // The evidence stays exact, so the dataset passes validation and reaches the page.
    expect(parseDataset(dataset).ok).toBe(true);

    const { page, errors, dialogs } = await browser.openApp('', { dataset });

    // The base shares a cluster with its neighbours until the cluster is opened.
    await revealPlace(page, AIRBASE);
    await panToMarker(page, AIRBASE);
    const marker = markerOf(page, AIRBASE);
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
  });
});
