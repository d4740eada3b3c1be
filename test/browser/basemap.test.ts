/**
 * The base map: country and sea names in the interface language, kept apart and hidden from assistive
 * technology; and optional online tiles that give way to the built-in map when they fail.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './use-browser';

const browser = useBrowser();

/** A 1×1 PNG, served as every tile when tiles load. */
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Serves the page with online tiles configured at `test-tiles/` of its own origin. */
async function withTiles(page: Page, tile: (route: Route) => Promise<void>) {
  await page.route(browser.baseUrl, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '<head>',
      '<head><meta name="dalil-tiles" content="test-tiles/{z}/{x}/{y}.png">' +
        '<meta name="dalil-tiles-attribution" content="Test <b>Tiles</b>">',
    );
    await route.fulfill({ response, body: html });
  });
  await page.route('**/test-tiles/**', tile);
}

const visibleLabels = (page: Page) =>
  page.locator('.map-label:not([hidden])').evaluateAll((els) => els.map((el) => el.textContent));

describe('base map', () => {
  it('names countries and seas in the interface language, hidden from screen readers', async () => {
    for (const [query, country, sea] of [
      ['?lang=ar', 'روسيا', 'البحر الأبيض المتوسط'],
      ['?lang=en', 'Russia', 'Mediterranean Sea'],
    ] as const) {
      const { page } = await browser.openApp(query);
      await expect.poll(() => visibleLabels(page)).toContain(country);
      expect(await visibleLabels(page)).toContain(sea);
      expect(await page.locator('.leaflet-labels-pane').getAttribute('aria-hidden')).toBe('true');
      expect(
        await page.locator('.leaflet-labels-pane').evaluate((el) => getComputedStyle(el).pointerEvents),
      ).toBe('none');
    }
  });

  it('shows no two labels overlapping', async () => {
    const { page } = await browser.openApp();
    await expect.poll(async () => (await visibleLabels(page)).length).toBeGreaterThan(10);
    const overlaps = await page.locator('.map-label:not([hidden])').evaluateAll((els) => {
      const boxes = els.map((el) => el.getBoundingClientRect());
      let count = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
        }
      return count;
    });
    expect(overlaps).toBe(0);
  });

  it('draws configured online tiles over the built-in map, with their credit as text', async () => {
    const { page, errors } = await browser.openApp('', {
      prepare: (page) =>
        withTiles(page, (route) => route.fulfill({ contentType: 'image/png', body: TILE_PNG })),
    });
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Test <b>Tiles</b>');
    // The built-in map is drawn once its data has loaded, which may come after the first tile.
    await expect.poll(() => page.locator('.leaflet-basemap-pane canvas').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('falls back to the built-in map when the tiles fail', async () => {
    let failedTiles = 0;
    const { page } = await browser.openApp('', {
      prepare: (page) =>
        withTiles(page, (route) => {
          failedTiles++;
          return route.fulfill({ status: 503, body: '' });
        }),
    });
    // The layer gives up after several failed tiles; until it has asked for any, nothing has failed yet.
    await expect.poll(() => failedTiles).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.leaflet-tile-pane img').count()).toBe(0);
    await expect.poll(() => page.locator('.leaflet-control-attribution').textContent()).not.toContain('Test');
    await expect.poll(() => page.locator('.leaflet-basemap-pane canvas').isVisible()).toBe(true);
  });
});
