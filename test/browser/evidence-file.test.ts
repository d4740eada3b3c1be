/**
 * The evidence file of a summary first file (schema 8): the map draws from the first file alone and asks
 * for the evidence on the first popup, filter, list or export. When that file does not arrive whole, the
 * reader is told which file failed, and the map and its markers go on working; filters a link names apply
 * to the map once the evidence is there, exactly as the same filters chosen by hand.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DATASET_PATH, evidencePath } from '../../geo/contract';
import { DIST_DIR } from './dist-files';
import { choosePlace, drawnPlaceIds, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();

const AIRBASE = 'hmeimim-air-base';
const TARTUS = 'tartus-naval-facility';

/** The evidence file the built first file names, as a path from the site's root. */
const EVIDENCE = evidencePath(
  (JSON.parse(readFileSync(`${DIST_DIR}${DATASET_PATH}`, 'utf8')) as { evidence: string }).evidence,
);

type Fault = 'missing' | 'truncated';

/** Answers the evidence file with a 404, or with the first half of its bytes. */
function breakingEvidence(fault: Fault) {
  return (page: Page) =>
    page.route(`**/${EVIDENCE}`, async (route) => {
      if (fault === 'missing') return route.fulfill({ status: 404, body: 'not found' });
      const response = await route.fetch();
      const body = await response.body();
      return route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
    });
}

/** The open popup of a place on a wide screen. */
const popupOf = (page: Page, placeId: string) =>
  page.locator(`.leaflet-popup .place-popup[data-place-id="${placeId}"]`);

describe('an evidence file that does not arrive whole', () => {
  for (const fault of ['missing', 'truncated'] as const) {
    it(`names the file when it is ${fault}, and the map and its markers still work`, async () => {
      const { page } = await browser.openApp('?lang=en', { prepare: breakingEvidence(fault) });
      expect(await drawnPlaceIds(page)).toContain(AIRBASE);
      const counts = await page.locator('.app-header__counts').textContent();

      // A place's popup opens, with its name, and says the data could not be loaded and which file.
      await choosePlace(page, AIRBASE);
      const popup = popupOf(page, AIRBASE);
      await popup.waitFor();
      const failed = popup.locator('.evidence-status--failed');
      await failed.waitFor();
      expect(await failed.getAttribute('role')).toBe('alert');
      expect(await failed.textContent()).toContain('The data could not be loaded.');
      expect(await failed.textContent()).toContain(EVIDENCE);
      expect(await popup.textContent()).toContain('Hmeimim');

      // The map goes on: the popup closes, another marker opens its own, the map zooms, and it still
      // holds its places and counts.
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'detached' });
      await choosePlace(page, TARTUS);
      await popupOf(page, TARTUS).locator('.evidence-status--failed').waitFor();
      await page.keyboard.press('Escape');
      const zoom = () => Number(new URL(page.url()).searchParams.get('view')?.split(',')[2]);
      const before = zoom();
      await page.locator('.leaflet-control-zoom-out').click();
      await expect.poll(zoom).toBeLessThan(before);
      await waitForStillness(page);
      expect(await drawnPlaceIds(page)).toEqual(expect.arrayContaining([AIRBASE, TARTUS]));
      expect(await page.locator('.app-header__counts').textContent()).toBe(counts);

      // The filters panel says the same, where its menus would be.
      await page.locator('.filters-toggle').click();
      const inPanel = page.locator('.filters-panel .evidence-status--failed');
      await inPanel.waitFor();
      expect(await inPanel.textContent()).toContain(EVIDENCE);
    });
  }
});

describe('filters a link names, on a summary first file', () => {
  it('apply to the map once the evidence comes, as the same filters chosen by hand', async () => {
    // By hand: the filters panel, Diplomacy unchecked.
    const { page: byHand } = await browser.openApp('?lang=en');
    await byHand.locator('.filters-toggle').click();
    await byHand.getByRole('checkbox', { name: 'Diplomacy' }).uncheck();
    await expect.poll(() => new URL(byHand.url()).searchParams.get('kinds')).not.toBeNull();
    await byHand.keyboard.press('Escape');
    await waitForStillness(byHand);
    const kinds = new URL(byHand.url()).searchParams.get('kinds')!;
    expect(kinds.split(',')).not.toContain('diplomacy');
    const count = byHand.locator('.filter-count');
    const expected = {
      shown: await count.getAttribute('data-shown'),
      places: await count.getAttribute('data-places'),
      drawn: await drawnPlaceIds(byHand),
      arcs: await byHand.locator('path.movement-arc').count(),
    };
    expect(Number(expected.shown)).toBeLessThan(Number(await count.getAttribute('data-total')));

    // By link: the same filters, from a fresh page whose evidence comes because of them.
    const { page, errors } = await browser.openApp(`?lang=en&kinds=${kinds}`);
    const linked = page.locator('.filter-count');
    await linked.waitFor({ state: 'attached' });
    await waitForStillness(page);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe(kinds);
    expect(await linked.getAttribute('data-shown')).toBe(expected.shown);
    expect(await linked.getAttribute('data-places')).toBe(expected.places);
    expect(await drawnPlaceIds(page)).toEqual(expected.drawn);
    expect(await page.locator('path.movement-arc').count()).toBe(expected.arcs);
    await page.locator('.filters-toggle').click();
    expect(await page.getByRole('checkbox', { name: 'Diplomacy' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Air', exact: true }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });
});
