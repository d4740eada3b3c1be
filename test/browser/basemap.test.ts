/**
 * The base map: country and sea names in the interface language, kept apart and hidden from assistive
 * technology; its levels of detail, the world whole and the finer tiles only for the view; the towns
 * of its tiles; and optional online tiles that give way to the built-in map when they fail.
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

/** How many pairs of the visible labels overlap. */
const overlappingLabels = (page: Page) =>
  page.locator('.map-label:not([hidden])').evaluateAll((els) => {
    const boxes = els.map((el) => el.getBoundingClientRect());
    let count = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
      }
    return count;
  });

/** The base map's files the page asked for, as paths under the site (`data/basemap/10m/43-10.json`). */
const basemapRequests = (requests: readonly string[]) =>
  requests.map((url) => new URL(url).pathname.slice(1)).filter((path) => path.startsWith('data/basemap'));

/**
 * Whether the base map canvas is painted at a point `dx` CSS pixels right of the map's middle (land, or
 * a line), from its pixels' alpha: the sea is the map's own background, under a clear canvas.
 */
function paintedAt(page: Page, dx: number): Promise<boolean> {
  return page.evaluate((dx) => {
    const map = document.querySelector('.dalil-map')!.getBoundingClientRect();
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-pane canvas')!;
    const box = canvas.getBoundingClientRect();
    const [x, y] = [map.left + map.width / 2 + dx, map.top + map.height / 2];
    const ratio = canvas.width / box.width;
    const pixel = canvas
      .getContext('2d')!
      .getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data;
    return pixel[3]! > 0;
  }, dx);
}

/** The Syrian coast at zoom 9: the map's middle is inland of Latakia, 0.4° west of it the sea. */
const SYRIAN_COAST = 'view=35.45,35.9,9';
/** 0.4° of longitude at zoom 9, in CSS pixels: 256 · 2⁹ / 360 · 0.4. */
const WEST_OF_THE_COAST_PX = -((256 * 2 ** 9) / 360) * 0.4;

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
    const overlaps = await overlappingLabels(page);
    expect(overlaps).toBe(0);
  });

  it('fetches the world level alone at world zoom', async () => {
    const { page, requests } = await browser.openApp('?lang=en&view=30,30,2');
    await expect.poll(() => page.locator('.leaflet-basemap-pane canvas').count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(basemapRequests(requests).sort()).toEqual(['data/basemap.json', 'data/basemap/index.json']);
  });

  it('fetches the 1:10m tiles of a view on the Syrian coast alone, and draws its land and sea', async () => {
    const { page, requests } = await browser.openApp(`?lang=en&${SYRIAN_COAST}`);
    await expect.poll(() => basemapRequests(requests)).toContain('data/basemap/10m/43-10.json');
    await page.waitForLoadState('networkidle');
    const tiles = basemapRequests(requests).filter((path) => /^data\/basemap\/\d/.test(path));
    // The view, 1280 by 760 px at zoom 9 around 35.9° E 35.45° N, spans 34.1°–37.7° E and 34.4°–36.5° N:
    // the four 5° cells at 35° E, 35° N, and no tile of the 1:50m level.
    expect(tiles.sort()).toEqual(
      ['42-10', '42-11', '43-10', '43-11'].map((cell) => `data/basemap/10m/${cell}.json`),
    );
    await expect.poll(() => paintedAt(page, 0)).toBe(true);
    expect(await paintedAt(page, WEST_OF_THE_COAST_PX)).toBe(false);
  });

  it('names the towns of the Syrian coast in the interface language, clear of every other label', async () => {
    for (const [query, jableh, baniyas] of [
      ['?lang=ar', 'جبلة', 'بانياس'],
      ['?lang=en', 'Jableh', 'Baniyas'],
    ] as const) {
      const { page } = await browser.openApp(`${query}&${SYRIAN_COAST}`);
      await expect.poll(() => visibleLabels(page)).toContain(jableh);
      expect(await visibleLabels(page)).toContain(baniyas);
      const town = page.locator('.map-label--town', { hasText: jableh });
      expect(await town.evaluate((el) => el.closest('[aria-hidden="true"]') !== null)).toBe(true);
      expect(await town.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
      expect(await town.evaluate((el) => el.tabIndex)).toBe(-1);
      expect(await overlappingLabels(page)).toBe(0);
    }
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
