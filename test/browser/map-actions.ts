/**
 * What a reader does to the map, as the browser tests do it, and the conditions they wait for: the
 * markers drawn, the map at rest. Every wait is for something the page does, never for a length of time,
 * so a slow machine only makes the tests slower.
 */
import type { Locator, Page } from 'playwright-core';

/** Wheel distance that Leaflet turns into exactly one zoom level. */
const ONE_ZOOM_LEVEL_WHEEL = -60;

export function markerOf(page: Page, placeId: string): Locator {
  return page.locator(`.leaflet-marker-icon[data-place-id="${placeId}"]`);
}

/** Waits until the map shows its markers (the dataset loaded and validated), places or clusters. */
export async function waitForMarkers(page: Page): Promise<void> {
  await page
    .locator('.leaflet-marker-icon[data-place-id], .leaflet-marker-icon.place-cluster')
    .first()
    .waitFor({ state: 'attached' });
}

/** The cluster marker that holds a place at the map's current zoom. */
export function clusterOf(page: Page, placeId: string): Locator {
  return page.locator(`.place-cluster[data-place-ids~="${placeId}"]`);
}

/**
 * Opens, from the keyboard, the clusters that hold a place until its own marker is drawn: focus on the
 * cluster, Enter, and the map zooms in to where its places part.
 */
export async function revealPlace(page: Page, placeId: string): Promise<void> {
  await waitForMarkers(page);
  for (let opened = 0; (await markerOf(page, placeId).count()) === 0; opened++) {
    if (opened > 12) throw new Error(`No cluster opens onto ${placeId}.`);
    const before = await zoomInAddress(page);
    await clusterOf(page, placeId).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (zoom) => Number(new URLSearchParams(window.location.search).get('view')?.split(',')[2]) > zoom,
      before,
    );
    await waitForStillness(page);
  }
}

/**
 * Chooses a place from the keyboard: its marker (opening the clusters that hold it first), then Enter.
 */
export async function choosePlace(page: Page, placeId: string): Promise<void> {
  await revealPlace(page, placeId);
  await markerOf(page, placeId).focus();
  await page.keyboard.press('Enter');
}

/**
 * Waits until nothing moves: no Leaflet pan or zoom under way, no CSS transition or animation running
 * (popups fading in, the bottom sheet rising), and the map, its popup and the panels where they were on
 * the frame before. Judged frame by frame, so however slowly frames come the map is at rest after it.
 */
export async function waitForStillness(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const memory = window as unknown as { dalilTestsLastFrame?: string };
      const moving =
        document.querySelector('.leaflet-pan-anim, .leaflet-zoom-anim') !== null ||
        document
          .getAnimations()
          .some((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      const frame = [
        document.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform,
        ...[...document.querySelectorAll('.leaflet-popup, .place-sheet, .article-panel, .place-list')].map(
          (el) => {
            const r = el.getBoundingClientRect();
            return `${r.x},${r.y},${r.width},${r.height}`;
          },
        ),
      ].join('|');
      const still = !moving && memory.dalilTestsLastFrame === frame;
      memory.dalilTestsLastFrame = moving ? undefined : frame;
      return still;
    },
    undefined,
    { polling: 'raf' },
  );
}

/** The zoom level the address records, written when a move by the reader ends (`view=lat,lng,zoom`). */
async function zoomInAddress(page: Page): Promise<number> {
  return page.evaluate(() => {
    const view = new URLSearchParams(window.location.search).get('view');
    return view ? Number(view.split(',')[2]) : -Infinity;
  });
}

/**
 * Zooms in around a marker with the mouse wheel, re-aiming at the marker after every step (a jump of
 * several levels at once would multiply the sub-pixel gap between pointer and marker off the screen).
 * Each step waits until the map records the deeper zoom in the address, then until the map is at rest.
 */
export async function zoomInOn(page: Page, marker: Locator, levels: number): Promise<void> {
  await waitForStillness(page);
  for (let i = 0; i < levels; i++) {
    const before = await zoomInAddress(page);
    const box = await marker.boundingBox();
    if (!box) throw new Error('The marker to zoom in on is not visible.');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, ONE_ZOOM_LEVEL_WHEEL);
    await page.waitForFunction(
      (zoom) => Number(new URLSearchParams(window.location.search).get('view')?.split(',')[2]) > zoom,
      before,
    );
    await waitForStillness(page);
  }
}
