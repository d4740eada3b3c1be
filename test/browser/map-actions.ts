/** What a reader does to the map, as the browser tests do it: with the mouse, one step at a time. */
import type { Locator, Page } from 'playwright-core';

/** Wheel distance that Leaflet turns into exactly one zoom level. */
const ONE_ZOOM_LEVEL_WHEEL = -60;
/** Longer than Leaflet's zoom animation (250 ms), so each step starts from a settled map. */
const ZOOM_SETTLE_MS = 400;

/**
 * Zooms in around a marker with the mouse wheel, re-aiming at the marker after every step (a jump of
 * several levels at once would multiply the sub-pixel gap between pointer and marker off the screen).
 */
export async function zoomInOn(page: Page, marker: Locator, levels: number): Promise<void> {
  for (let i = 0; i < levels; i++) {
    const box = await marker.boundingBox();
    if (!box) throw new Error('The marker to zoom in on is not visible.');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, ONE_ZOOM_LEVEL_WHEEL);
    await page.waitForTimeout(ZOOM_SETTLE_MS);
  }
}
