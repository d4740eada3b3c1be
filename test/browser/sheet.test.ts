/**
 * The bottom sheet: on screens 600 px wide or less, a place's evidence opens at the bottom of the map
 * as a dialog instead of a Leaflet popup; touch targets are 44 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE } from './chromium';
import { builtDataset, placeOf } from './dist-files';
import { choosePlace, markerOf, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

/** The app on a phone unless said; places are chosen by keyboard, tapped only where markers stand apart. */
const open = (viewport = NARROW, query = '') => browser.openApp(query, { viewport });

/**
 * The places whose own markers stand wholly in the view above `bottom`, with no other marker's centre
 * within 50 px of theirs: where a finger tapping them cannot hit a neighbour.
 */
async function loneMarkers(page: Page, bottom = NARROW.height): Promise<string[]> {
  return page.locator('.leaflet-marker-icon').evaluateAll(
    (els, [width, bottom]) => {
      const centres = els
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { el: el as HTMLElement, r, x: r.x + r.width / 2, y: r.y + r.height / 2 };
        })
        .filter(({ r }) => r.width > 0);
      return centres
        .filter(
          ({ el, r }) =>
            el.dataset.placeId && r.x >= 0 && r.y >= 0 && r.right <= width! && r.bottom <= bottom!,
        )
        .filter((m) => centres.every((o) => o === m || Math.hypot(o.x - m.x, o.y - m.y) > 50))
        .map(({ el }) => el.dataset.placeId!);
    },
    [NARROW.width, bottom],
  );
}

describe('bottom sheet', () => {
  it('opens as a dialog named by the place, with focus on its name, and no Leaflet popup', async () => {
    const { page, errors } = await open();
    await choosePlace(page, AIRBASE);
    const sheet = page.getByRole('dialog', { name: placeOf(builtDataset(), AIRBASE).properties.name.ar });
    await sheet.waitFor();
    expect(await page.locator('.leaflet-popup').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('place-popup__name'))).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it('closes with Escape and with its close button, giving focus back to the marker', async () => {
    const { page } = await open(NARROW, '?lang=en');
    await choosePlace(page, AIRBASE);
    await page.locator('.place-sheet').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.place-sheet').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.placeId)).toBe(AIRBASE);

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('.place-sheet').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.placeId)).toBe(AIRBASE);
  });

  it('opens on a tap, and shows another place when its marker is tapped with the sheet open', async () => {
    const { page } = await open();
    const [first] = await loneMarkers(page);
    expect(first, 'a marker standing apart in the first view').toBeDefined();
    await markerOf(page, first!).click();
    await page.locator(`.place-sheet .place-popup[data-place-id="${first}"]`).waitFor();
    // Once the sheet has risen and the map has centred the place above it, another place there, the
    // map zoomed out with its buttons until one shows.
    let second: string | undefined;
    for (let zoomedOut = 0; second === undefined && zoomedOut < 4; zoomedOut++) {
      if (zoomedOut > 0) await page.locator('.leaflet-control-zoom-out').click();
      await waitForStillness(page);
      const sheetTop = (await page.locator('.place-sheet').boundingBox())!.y;
      second = (await loneMarkers(page, sheetTop)).find((id) => id !== first);
    }
    expect(second, 'another marker standing apart above the sheet').toBeDefined();
    await markerOf(page, second!).click();
    await page.locator(`.place-sheet .place-popup[data-place-id="${second}"]`).waitFor();
    expect(await page.locator('.place-sheet').count()).toBe(1);
  });

  it('keeps the selected place visible above the sheet', async () => {
    const { page } = await open();
    await choosePlace(page, 'iraq');
    await page.locator('.place-sheet').waitFor();
    // Measured once it has risen.
    await waitForStillness(page);
    const sheet = (await page.locator('.place-sheet').boundingBox())!;
    await expect
      .poll(async () => {
        const box = (await markerOf(page, 'iraq').boundingBox())!;
        return box.y + box.height <= sheet.y && box.x >= 0 && box.x + box.width <= NARROW.width;
      })
      .toBe(true);
  });

  it('gives every control in the sheet, the header and the zoom bar a 44 px touch target', async () => {
    const { page } = await open();
    await choosePlace(page, AIRBASE);
    await page.locator('.place-sheet').waitFor();
    // Measured once the sheet has risen and the map has made room for the place.
    await waitForStillness(page);
    const small = await page
      .locator('.place-sheet button, .app-header button, .leaflet-control-zoom a')
      .evaluateAll((els) =>
        els
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
          .map(({ el, r }) => `${el.getAttribute('class') ?? ''} ${r.width}×${r.height}`),
      );
    expect(small).toEqual([]);
    // A marker drawn smaller takes taps 44 px wide: the point 20 px beside its centre, with no other
    // marker near, still hits it.
    const sheetTop = (await page.locator('.place-sheet').boundingBox())!.y;
    const [lone] = await loneMarkers(page, sheetTop);
    expect(lone, 'a marker standing apart above the sheet').toBeDefined();
    const box = (await markerOf(page, lone!).boundingBox())!;
    const centre = box.x + box.width / 2;
    const beside = centre - 20 >= 0 ? centre - 20 : centre + 20;
    const hit = await page.evaluate(
      ([x, y]) =>
        (document.elementFromPoint(x!, y!) as HTMLElement | null)?.closest<HTMLElement>('[data-place-id]')
          ?.dataset.placeId,
      [beside, box.y + box.height / 2],
    );
    expect(hit).toBe(lone);
  });

  it('is not used on a wide screen, where the evidence opens in a popup beside its marker', async () => {
    const { page } = await open(WIDE);
    await choosePlace(page, AIRBASE);
    await page.locator('.leaflet-popup .place-popup').waitFor();
    expect(await page.locator('.place-sheet').count()).toBe(0);
  });
});
