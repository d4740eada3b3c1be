import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE, type Viewport } from './chromium';
import { choosePlace, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

async function open(viewport: Viewport, query = '') {
  return (await browser.openApp(query, { viewport })).page;
}

/** Opens the airbase's evidence (a popup, or a bottom sheet on phones) from the keyboard. */
async function openAirbasePopup(page: Page) {
  await choosePlace(page, AIRBASE);
  await page.locator('.place-popup').waitFor();
  await waitForStillness(page); // Leaflet pans the map to fit the popup; the sheet rises.
}

/**
 * Visible elements of the interface that stick out of the viewport sideways. The page itself cannot
 * scroll (the layout clips), so each element is measured, not just the document.
 */
const outOfViewport = () => {
  const width = document.documentElement.clientWidth;
  const parts = document.querySelectorAll(
    '.app-header *, .leaflet-popup *, .place-sheet *, .place-list *, .article-panel *, .map-legend *',
  );
  return [...parts]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < -0.5 || r.right > width + 0.5);
    })
    .map((el) => `${el.tagName}.${el.className}`);
};
const horizontalOverflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

describe('layout', () => {
  for (const query of ['', '?lang=en']) {
    it(`overflows nowhere horizontally at 320 px, sheet, list and article open (${query || 'Arabic'})`, async () => {
      const page = await open({ width: 320, height: 640 }, query);
      expect(await page.evaluate(horizontalOverflow)).toBe(0);
      expect(await page.evaluate(outOfViewport)).toEqual([]);
      await openAirbasePopup(page);
      expect(await page.evaluate(outOfViewport)).toEqual([]);
      await page.locator('.list-toggle').click();
      expect(await page.evaluate(horizontalOverflow)).toBe(0);
      expect(await page.evaluate(outOfViewport)).toEqual([]);
      await page.locator('.list-toggle').click();
      await page.locator('.place-popup .link-button').first().click();
      await page.locator('.article-panel').waitFor();
      expect(await page.evaluate(horizontalOverflow)).toBe(0);
      expect(await page.evaluate(outOfViewport)).toEqual([]);
    });
  }

  it('shows the evidence in a bottom sheet as wide as a 375 px screen, scrolling its content', async () => {
    const page = await open(NARROW);
    await openAirbasePopup(page);
    const sheet = (await page.locator('.place-sheet').boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(NARROW.width);
    expect(sheet.y + sheet.height).toBe(NARROW.height);
    const scroll = await page
      .locator('.place-sheet')
      .evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, max: getComputedStyle(el).maxHeight }));
    expect(scroll.overflow).toBe('auto');
    expect(scroll.max).not.toBe('none');
  });

  it('gives the article the whole width on a 375 px screen', async () => {
    const page = await open(NARROW);
    await openAirbasePopup(page);
    await page.locator('.place-sheet .link-button').first().click();
    const panel = (await page.locator('.article-panel').boundingBox())!;
    expect(panel.x).toBe(0);
    expect(panel.width).toBe(NARROW.width);
  });

  for (const [query, side] of [
    ['', 'left'],
    ['?lang=en', 'right'],
  ] as const) {
    it(`puts the article panel at the inline end on a wide screen: the ${side} in ${query ? 'English' : 'Arabic'}`, async () => {
      const page = await open(WIDE, query);
      await openAirbasePopup(page);
      await page.locator('.leaflet-popup .link-button').first().click();
      const panel = (await page.locator('.article-panel').boundingBox())!;
      const map = (await page.locator('.app__map').boundingBox())!;
      expect(panel.width).toBeLessThan(WIDE.width / 2);
      if (side === 'left') expect(panel.x + panel.width).toBeLessThanOrEqual(map.x + 1);
      else expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    });
  }

  it('frames the theatre on load: Latakia, its air base and Tartus inside the map', async () => {
    const page = await open(WIDE);
    const map = (await page.locator('.app__map').boundingBox())!;
    const boxes = await page.locator('.leaflet-marker-icon').evaluateAll((els) =>
      els
        .filter((el) => {
          const { placeId, placeIds } = (el as HTMLElement).dataset;
          const ids = placeId ? [placeId] : (placeIds?.split(' ') ?? []);
          return ids.some((id) => ['latakia', 'hmeimim-air-base', 'tartus-naval-facility'].includes(id));
        })
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const { x, y } of boxes) {
      expect(x).toBeGreaterThanOrEqual(map.x);
      expect(x).toBeLessThanOrEqual(map.x + map.width);
      expect(y).toBeGreaterThanOrEqual(map.y);
      expect(y).toBeLessThanOrEqual(map.y + map.height);
    }
  });
});
