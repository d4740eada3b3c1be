/**
 * The bottom sheet: on screens 600 px wide or less, a place's evidence opens at the bottom of the map
 * as a dialog instead of a Leaflet popup; touch targets are 44 px.
 */
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE } from './chromium';
import { builtDataset, placeOf } from './dist-files';
import { choosePlace, markerOf, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

/** The app on a phone unless said; places are chosen by keyboard, tapped only where markers stand apart. */
const open = (viewport = NARROW, query = '') => browser.openApp(query, { viewport });

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
    // Two places that stand apart in the phone's first view of the theatre.
    await markerOf(page, 'mediterranean-sea').click();
    await page.locator('.place-sheet .place-popup[data-place-id="mediterranean-sea"]').waitFor();
    await markerOf(page, 'iraq').click();
    await page.locator('.place-sheet .place-popup[data-place-id="iraq"]').waitFor();
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
    // A marker drawn smaller takes taps 44 px wide: the point 20 px west of its centre, out at sea
    // with no other marker near, still hits it.
    const box = (await markerOf(page, 'mediterranean-sea').boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) =>
        (document.elementFromPoint(x!, y!) as HTMLElement | null)?.closest<HTMLElement>('[data-place-id]')
          ?.dataset.placeId,
      [box.x + box.width / 2 - 20, box.y + box.height / 2],
    );
    expect(hit).toBe('mediterranean-sea');
  });

  it('is not used on a wide screen, where the evidence opens in a popup beside its marker', async () => {
    const { page } = await open(WIDE);
    await choosePlace(page, AIRBASE);
    await page.locator('.leaflet-popup .place-popup').waitFor();
    expect(await page.locator('.place-sheet').count()).toBe(0);
  });
});
