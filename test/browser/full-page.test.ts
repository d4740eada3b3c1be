/**
 * The full page: its first view is a picture of the map that paints before any of the app's script has
 * arrived, and is the page's largest paint; then the live map takes over by itself, with no input, and
 * only once its base map is drawn, so the reader never sees a bare map in between.
 */
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE } from './chromium';
import type { Page } from 'playwright-core';
import { useBrowser } from './use-browser';

const browser = useBrowser();

/** How many of a sample of the base map canvas's pixels are painted (land, borders). */
function landPainted(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-pane canvas');
    const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; pixels && i < pixels.length; i += 4 * 97) if (pixels[i]! > 0) painted++;
    return painted;
  });
}

describe('full page', () => {
  for (const [language, viewport] of [
    ['ar', NARROW],
    ['en', WIDE],
  ] as const) {
    it(`paints the map picture first, then hands over to the live map by itself (${language}, ${viewport.width} px)`, async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const { page, errors } = await browser.newPage({
        viewport,
        prepare: async (page) => {
          // The app's script waits until the picture has been looked at.
          await page.route('**/assets/app-*.js', async (route) => {
            await held;
            await route.continue();
          });
          await page.addInitScript(() => {
            const entries: string[] = [];
            Object.assign(window, { largestPaints: entries });
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries())
                entries.push(
                  (entry as PerformanceEntry & { element: Element | null }).element?.className ?? '',
                );
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          });
        },
      });
      // Not waiting for `load`: the app's script, held, keeps it from firing.
      await page.goto(`${browser.baseUrl}?lang=${language}`, { waitUntil: 'commit' });
      const picture = page.locator('#first-view img.first-view__basemap');
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
      // The picture covers the map around the frame, and it is what the browser counts as the main paint.
      const box = await picture.evaluate((img) => {
        const map = img.closest('.first-view__map')!.getBoundingClientRect();
        const own = img.getBoundingClientRect();
        return { covers: own.left <= map.left && own.right >= map.right, alt: img.getAttribute('alt') };
      });
      expect(box).toEqual({ covers: true, alt: '' });
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { largestPaints: string[] }).largestPaints.at(-1)),
        )
        .toBe('first-view__basemap');

      release();
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      // Handed over with its base map already on the canvas.
      const drawn = await landPainted(page);
      expect(drawn).toBeGreaterThan(100);
      expect(await page.locator('#first-view').count()).toBe(0);
      // Still the picture's largest paint: the live map drew nothing larger.
      expect(
        await page.evaluate(() => (window as unknown as { largestPaints: string[] }).largestPaints.at(-1)),
      ).toBe('first-view__basemap');
      expect(errors).toEqual([]);
    });
  }

  it('opens a linked place on the full page, by itself, its land drawn, and keeps it drawn as the map moves', async () => {
    // A link to a country frames it anew after the base map is on the map: Leaflet clears its canvas
    // then, and once left the sea bare.
    const { page, errors } = await browser.open('?lang=en&place=syria');
    await page.locator('.place-popup').waitFor();
    expect(await page.locator('.place-popup').textContent()).toContain('Syria');
    await expect.poll(() => landPainted(page)).toBeGreaterThan(100);
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Minus');
    await expect.poll(() => landPainted(page)).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});
