/** What a reader does to the map, as the browser tests do it, and the conditions they wait for. */
import type { Locator, Page } from 'playwright-core';

export function markerOf(page: Page, placeId: string): Locator {
  return page.locator(`.leaflet-marker-icon[data-place-id="${placeId}"]`);
}

/** Waits until the map shows its markers (the dataset loaded and validated). */
export async function waitForMarkers(page: Page): Promise<void> {
  await page.locator('.leaflet-marker-icon[data-place-id]').first().waitFor({ state: 'attached' });
}

/**
 * Chooses a place from the keyboard: focus on its marker, then Enter. Zoomed out on a phone, neighbouring
 * markers overlap (the air base lies under its port), so a tap could hit the wrong one.
 */
export async function choosePlace(page: Page, placeId: string): Promise<void> {
  await markerOf(page, placeId).focus();
  await page.keyboard.press('Enter');
}

/** Wheel distance that Leaflet turns into exactly one zoom level. */
const ONE_ZOOM_LEVEL_WHEEL = -60;
/** Longer than Leaflet's wheel debounce (40 ms), so the zoom has started before we wait for its end. */
const WHEEL_DEBOUNCE_MS = 120;

/** Waits until Leaflet's zoom animation is over and the marker stays where it is for a moment. */
async function waitUntilSettled(page: Page, marker: Locator): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.leaflet-zoom-anim') === null);
  let before = await marker.boundingBox();
  for (;;) {
    await page.waitForTimeout(60);
    const after = await marker.boundingBox();
    if (before && after && before.x === after.x && before.y === after.y) return;
    before = after;
  }
}

/**
 * Zooms in around a marker with the mouse wheel, re-aiming at the marker after every step (a jump of
 * several levels at once would multiply the sub-pixel gap between pointer and marker off the screen).
 */
export async function zoomInOn(page: Page, marker: Locator, levels: number): Promise<void> {
  await waitUntilSettled(page, marker);
  for (let i = 0; i < levels; i++) {
    const box = await marker.boundingBox();
    if (!box) throw new Error('The marker to zoom in on is not visible.');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, ONE_ZOOM_LEVEL_WHEEL);
    await page.waitForTimeout(WHEEL_DEBOUNCE_MS);
    await waitUntilSettled(page, marker);
  }
}
