import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE, type Viewport } from './chromium';
import { artifactPath } from './artifacts';
import { choosePlace, waitForMarkers, waitForStillness } from './map-actions';
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

/** A box on the screen, in CSS pixels. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the map, the things drawn over it (legend, zoom buttons, attribution) and an open popup are. */
function mapBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const { left, top, right, bottom } = el.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const map = box(document.querySelector('.leaflet-container')!);
    const overlays = [...document.querySelectorAll('.map-legend, .leaflet-control')]
      .map((el) => ({ name: el.className, ...box(el) }))
      .filter((b) => b.right > b.left && b.bottom > b.top);
    const popup = document.querySelector('.leaflet-popup');
    return { map, overlays, popup: popup && box(popup) };
  });
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Web Mercator at a zoom level: degrees to Leaflet's world pixels and back. */
const worldSize = (zoom: number) => 256 * 2 ** zoom;
const toPixels = (lat: number, lng: number, zoom: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * worldSize(zoom),
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize(zoom),
  };
};
const toDegrees = (x: number, y: number, zoom: number) => ({
  lat: (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / worldSize(zoom)))) * 180) / Math.PI,
  lng: (x / worldSize(zoom)) * 360 - 180,
});

/**
 * Opens the app at `view` (`lat,lng,zoom`), then again at the same zoom with the map moved so that the
 * element `selector` stands at the point `where` chooses, from the boxes of the map and what covers it.
 */
async function openWithMarkerAt(
  query: string,
  viewport: Viewport,
  view: [number, number, number],
  pick: string | ((page: Page) => Promise<string>),
  where: (boxes: Awaited<ReturnType<typeof mapBoxes>>) => { x: number; y: number },
) {
  const [lat, lng, zoom] = view;
  const recorded = await browser.openApp(`${query}&view=${view.join(',')}`, { viewport });
  const { page } = recorded;
  await waitForStillness(page);
  const selector = typeof pick === 'string' ? pick : await pick(page);
  const target = where(await mapBoxes(page));
  const now = (await page.locator(selector).boundingBox())!;
  const centre = toPixels(lat, lng, zoom);
  const moved = toDegrees(
    centre.x + now.x + now.width / 2 - target.x,
    centre.y + now.y + now.height / 2 - target.y,
    zoom,
  );
  await page.goto(`${browser.baseUrl}${query}&view=${moved.lat.toFixed(5)},${moved.lng.toFixed(5)},${zoom}`);
  await waitForMarkers(page);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await waitForStillness(page);
  // Where it was meant to be, or the test would prove nothing.
  const there = (await page.locator(selector).boundingBox())!;
  expect(Math.abs(there.x + there.width / 2 - target.x)).toBeLessThan(2);
  expect(Math.abs(there.y + there.height / 2 - target.y)).toBeLessThan(2);
  return { ...recorded, selector };
}

/** The first movement arrowhead drawn (not hidden as crowded), by its claim. */
async function firstArrowhead(page: Page): Promise<string> {
  const claimId = await page
    .locator('.movement-head[data-claim-id]:not(.is-crowded)')
    .first()
    .getAttribute('data-claim-id');
  return `.movement-head[data-claim-id="${claimId}"]`;
}

/**
 * Checks that the open popup, and the marker it points at, lie wholly inside the map and meet nothing
 * drawn over it.
 */
async function expectPopupClear(page: Page, marker: string) {
  const { map, overlays, popup } = await mapBoxes(page);
  const pointedAt = (await page.locator(marker).boundingBox())!;
  const markerBox = {
    left: pointedAt.x,
    top: pointedAt.y,
    right: pointedAt.x + pointedAt.width,
    bottom: pointedAt.y + pointedAt.height,
  };
  expect(overlays.filter((o) => overlaps(o, popup!)).map((o) => o.name)).toEqual([]);
  expect(overlays.filter((o) => overlaps(o, markerBox)).map((o) => o.name)).toEqual([]);
  expect(popup!.left).toBeGreaterThanOrEqual(map.left);
  expect(popup!.right).toBeLessThanOrEqual(map.right);
  expect(popup!.top).toBeGreaterThanOrEqual(map.top);
  expect(popup!.bottom).toBeLessThanOrEqual(map.bottom);
}

describe('popups clear of what covers the map', () => {
  for (const language of ['en', 'ar'] as const) {
    const name = language === 'en' ? 'English' : 'Arabic';

    it(`opens a place's popup beside the legend clear of it, at 1280 px in ${name}`, async () => {
      const { page, errors } = await openWithMarkerAt(
        `?lang=${language}`,
        WIDE,
        [35.45, 35.9, 9],
        `.leaflet-marker-icon[data-place-id="${AIRBASE}"]`,
        ({ overlays }) => {
          // Level with the legend's lower part, just past its inline end: the popup, wider than the gap,
          // would open over the legend.
          const legend = overlays.find((o) => o.name.includes('map-legend'))!;
          return { x: language === 'en' ? legend.right + 40 : legend.left - 40, y: legend.bottom - 30 };
        },
      );
      await page.locator(`.leaflet-marker-icon[data-place-id="${AIRBASE}"]`).click();
      await page.locator('.leaflet-popup .place-popup').waitFor();
      await waitForStillness(page);
      await page.screenshot({ path: artifactPath(`popup-clear-${language}-1280.png`) });
      await expectPopupClear(page, `.leaflet-marker-icon[data-place-id="${AIRBASE}"]`);
      expect(errors).toEqual([]);
    });

    for (const viewport of [NARROW, WIDE]) {
      it(`opens a movement's popup by the zoom buttons clear of them, at ${viewport.width} px in ${name}`, async () => {
        const { page, errors, selector } = await openWithMarkerAt(
          `?lang=${language}`,
          viewport,
          [35, 36, 4],
          firstArrowhead,
          ({ overlays }) => {
            // Just past the zoom buttons' inline end, level with their lower half: the popup opens upwards,
            // out of the map, and must come down into it without sliding under the buttons.
            const zoom = overlays.find((o) => o.name.includes('leaflet-control-zoom'))!;
            return { x: language === 'en' ? zoom.right + 24 : zoom.left - 24, y: zoom.bottom - 10 };
          },
        );
        await page.locator(selector).click();
        await page.locator('.leaflet-popup .movement-popup').waitFor();
        await waitForStillness(page);
        await page.screenshot({
          path: artifactPath(`popup-clear-movement-${language}-${viewport.width}.png`),
        });
        await expectPopupClear(page, selector);
        expect(errors).toEqual([]);
      });
    }
  }
});
