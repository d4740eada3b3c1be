/**
 * What a reader does to the map, as the browser tests do it, and the conditions they wait for: the
 * markers drawn, the map at rest. Every wait is for something the page does, never for a length of time,
 * so a slow machine only makes the tests slower.
 */
import type { Locator, Page } from 'playwright-core';

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

/** The ids of every place drawn, on its own marker or in a cluster, sorted. */
export function drawnPlaceIds(page: Page): Promise<string[]> {
  return page
    .locator('.leaflet-marker-icon[data-place-id], .leaflet-marker-icon.place-cluster')
    .evaluateAll((els) =>
      els.flatMap((el) => {
        const { placeId, placeIds } = (el as HTMLElement).dataset;
        return placeId ? [placeId] : (placeIds?.split(' ') ?? []);
      }),
    )
    .then((ids) => ids.sort());
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
 * Brings a marker that the map's edge cuts (no target for a pointer until wholly in view) into view from
 * the keyboard without focusing it, as a reader would: focus on the map, and the arrow keys pan it
 * towards the marker.
 */
export async function panToMarker(page: Page, placeId: string): Promise<void> {
  const marker = markerOf(page, placeId);
  for (let pressed = 0; await marker.evaluate((el) => el.classList.contains('is-cut')); pressed++) {
    if (pressed > 40) throw new Error(`The arrow keys do not bring ${placeId} into view.`);
    const key = await marker.evaluate((el) => {
      const map = el.closest('.leaflet-container')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const dx = (r.left + r.right - map.left - map.right) / 2;
      const dy = (r.top + r.bottom - map.top - map.bottom) / 2;
      if (Math.abs(dx) / map.width > Math.abs(dy) / map.height) return dx > 0 ? 'ArrowRight' : 'ArrowLeft';
      return dy > 0 ? 'ArrowDown' : 'ArrowUp';
    });
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press(key);
    await waitForStillness(page);
    // The marker is marked on the frame after the move ends.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
}

/**
 * Chooses a place from the keyboard: its marker (opening the clusters that hold it first, and panning it
 * wholly into view), then Enter.
 */
export async function choosePlace(page: Page, placeId: string): Promise<void> {
  await revealPlace(page, placeId);
  await panToMarker(page, placeId);
  await markerOf(page, placeId).focus();
  await page.keyboard.press('Enter');
}

/**
 * Waits until nothing moves: no Leaflet pan or zoom under way, no CSS transition or animation running
 * (popups fading in, the bottom sheet rising), and the map, its popup, the panels and which markers the
 * edge cuts as they were on the two frames before. Judged frame by frame, so however slowly frames come the
 * map is at rest after it; two frames, not one, because the app marks cut markers on the frame after a
 * move ends, and this frame's check may run before that mark.
 */
export async function waitForStillness(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const memory = window as unknown as { dalilTestsLastFrame?: string; dalilTestsStillFrames?: number };
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
        document.querySelectorAll('.leaflet-marker-icon.is-cut').length,
      ].join('|');
      const same = !moving && memory.dalilTestsLastFrame === frame;
      memory.dalilTestsStillFrames = same ? (memory.dalilTestsStillFrames ?? 0) + 1 : 0;
      memory.dalilTestsLastFrame = moving ? undefined : frame;
      if (memory.dalilTestsStillFrames < 2) return false;
      memory.dalilTestsLastFrame = undefined;
      memory.dalilTestsStillFrames = 0;
      return true;
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
