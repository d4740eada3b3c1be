/**
 * A reader with a keyboard only (Tab, Enter, Escape), in both languages at phone and desktop width,
 * reaches every quote of every place: through each marker's evidence (a popup, or a bottom sheet on
 * the phone), and through the list view; opens an article in context, closes it, and finds focus back
 * where it was. Every stop shows a focus ring.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE, type Viewport } from './chromium';
import { markerOf, revealPlace, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();

/** Most Tab presses any one step may take: more means something is unreachable. */
const MAX_TABS = 80;
/**
 * Reaching every quote takes some hundreds of key presses, each a round trip to the browser and a look
 * at what has focus: on a busy two-core machine that is a minute or more, so these are allowed three.
 */
const EVERY_QUOTE_LIMIT = 180_000;

/** What has focus: its place, its role in the page, and whether a focus ring is drawn. */
const focused = () => {
  const el = document.activeElement as HTMLElement | null;
  const style = el ? getComputedStyle(el) : null;
  return {
    placeId: el?.dataset.placeId ?? el?.closest<HTMLElement>('[data-place-id]')?.dataset.placeId ?? null,
    marker: el?.classList.contains('leaflet-marker-icon') ?? false,
    heading: el?.classList.contains('place-popup__name') ?? false,
    // The "read in context" under a quote (the evidence may hold other buttons).
    readInContext:
      (el?.classList.contains('link-button') && el.closest('.article-mentions__quote') != null) ?? false,
    inEvidence: el?.closest('.place-popup') != null,
    inList: el?.closest('.place-list') != null,
    className: el?.className ?? '',
    ring: style !== null && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
};
type Focused = ReturnType<typeof focused>;

async function tabUntil(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<Focused> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(focused);
    if (wanted(now)) return now;
  }
  throw new Error(`${MAX_TABS} presses of Tab did not reach ${what}`);
}

const open = (viewport: Viewport, language: string) => browser.openApp(`?lang=${language}`, { viewport });

describe('keyboard only', () => {
  it("reaches a marker the map's edge cuts, which takes no tap, and brings it wholly into view", async () => {
    const first = await open(NARROW, 'ar');
    // The place marker nearest the map's right edge, and the view the address records after a move.
    await first.page.locator('.leaflet-container').focus();
    await first.page.keyboard.press('ArrowUp');
    await waitForStillness(first.page);
    const { placeId, dx, view } = await first.page.evaluate(() => {
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      const [nearest] = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-place-id]')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(
          ({ r }) => r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom,
        )
        .sort((a, b) => b.r.right - a.r.right);
      return {
        placeId: nearest!.el.dataset.placeId!,
        // How far the markers must move right for this one to stick out 8 px past the edge.
        dx: map.right + 8 - nearest!.r.right,
        view: new URLSearchParams(window.location.search).get('view')!.split(',').map(Number),
      };
    });
    const [lat, lng, zoom] = view as [number, number, number];
    const west = lng - (dx * 360) / (256 * 2 ** zoom);
    const { page, errors } = await browser.openApp(`?lang=ar&view=${lat},${west.toFixed(6)},${zoom}`, {
      viewport: NARROW,
    });
    // As on a slow phone: tabbing on while the map still glides to the last marker reached must not bring
    // back a view the map has already left (the store hands each recorded view back a moment later).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const marker = markerOf(page, placeId);
    await expect.poll(() => marker.evaluate((el) => el.classList.contains('is-cut'))).toBe(true);
    // A tap on the sliver in view reaches the map beneath, not the marker.
    const hit = await marker.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const under = document.elementFromPoint(r.left + 2, (r.top + r.bottom) / 2);
      return { inView: r.left + 2 < innerWidth, onMarker: el.contains(under) };
    });
    expect(hit).toEqual({ inView: true, onMarker: false });

    await page.locator('.leaflet-container').focus();
    const reached = await tabUntil(page, (f) => f.marker && f.placeId === placeId, `marker ${placeId}`);
    expect(reached.ring).toBe(true);
    await waitForStillness(page);
    const after = await marker.evaluate((el) => {
      const map = el.closest('.leaflet-container')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return {
        cut: el.classList.contains('is-cut'),
        whole: r.left >= map.left - 1 && r.right <= map.right + 1,
      };
    });
    expect(after).toEqual({ cut: false, whole: true });
    expect(errors).toEqual([]);
  });

  for (const language of ['ar', 'en']) {
    for (const viewport of [NARROW, WIDE]) {
      const where = `in ${language} at ${viewport.width} px`;

      it(`reaches every quote through the markers ${where}`, { timeout: EVERY_QUOTE_LIMIT }, async () => {
        const placeIds = await (
          await open(viewport, language)
        ).page
          .locator('.leaflet-marker-icon[data-place-id]')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.placeId!));
        expect(placeIds.length).toBeGreaterThan(0);
        // Each marker from the opening view: a popup pans the map to its place, and a marker the view
        // then leaves is no longer drawn until the reader pans back.
        for (const placeId of placeIds) {
          const { page, errors } = await open(viewport, language);
          // Tabbing past a marker off screen pans the map to it, which may leave this one cut by the
          // map's edge: Tab still reaches it, and brings it wholly into view.
          const marker = await tabUntil(page, (f) => f.marker && f.placeId === placeId, `marker ${placeId}`);
          expect(marker.ring, `focus ring on marker ${placeId}`).toBe(true);
          await page.keyboard.press('Enter');
          await expect.poll(() => page.evaluate(focused)).toMatchObject({ heading: true, placeId });
          // The quotes come with the evidence file, which may still be on its way when the heading has focus.
          const quoteList = page.locator(
            `.place-popup[data-place-id="${placeId}"] .article-mentions__quote > blockquote`,
          );
          await expect.poll(() => quoteList.count()).toBeGreaterThan(0);
          const quotes = await quoteList.count();
          const close = await tabUntil(page, (f) => f.inEvidence, 'the close button');
          expect(close.ring).toBe(true);
          for (let q = 0; q < quotes; q++) {
            const stop = await tabUntil(
              page,
              (f) => f.readInContext || !f.inEvidence,
              `quote ${q} of ${placeId}`,
            );
            expect(stop).toMatchObject({ readInContext: true, inEvidence: true, placeId, ring: true });
          }
          await page.keyboard.press('Escape');
          await expect.poll(() => page.evaluate(focused)).toMatchObject({ marker: true, placeId });
          expect(errors).toEqual([]);
        }
      });

      it(`opens an article in context from a marker and returns focus on closing ${where}`, async () => {
        const { page } = await open(viewport, language);
        // The base shares a cluster with the coast's other places until Enter on it parts them.
        await revealPlace(page, 'hmeimim-air-base');
        await tabUntil(page, (f) => f.marker && f.placeId === 'hmeimim-air-base', 'the air base marker');
        await page.keyboard.press('Enter');
        await tabUntil(page, (f) => f.readInContext, '"read in context"');
        const button = await page.evaluate(() => document.activeElement?.closest('li')?.textContent);
        await page.keyboard.press('Enter');
        await page.locator('.article-panel').waitFor();
        expect(await page.evaluate(() => document.activeElement?.closest('.article-panel') != null)).toBe(
          true,
        );
        await page.keyboard.press('Escape');
        await page.locator('.article-panel').waitFor({ state: 'detached' });
        expect(await page.evaluate(focused)).toMatchObject({ readInContext: true, ring: true });
        expect(await page.evaluate(() => document.activeElement?.closest('li')?.textContent)).toBe(button);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.evaluate(focused)).toMatchObject({ marker: true });
      });

      it(`reaches every quote through the list view ${where}`, { timeout: EVERY_QUOTE_LIMIT }, async () => {
        const { page } = await open(viewport, language);
        const toggle = await tabUntil(page, (f) => f.className.includes('list-toggle'), 'the list toggle');
        expect(toggle.ring).toBe(true);
        await page.keyboard.press('Enter');
        // The list draws its places once the evidence file has come: count them then, not before.
        await page.locator('.place-list .place-list__place').first().waitFor();
        const total = await page.locator('.place-list .article-mentions__quote > blockquote').count();
        const places = await page.locator('.place-list__place').count();
        let reached = 0;
        let shown = 0;
        while (reached < total) {
          const stop = await tabUntil(
            page,
            (f) => f.readInContext || f.className.split(' ').includes('place-list__show'),
            'a quote',
          );
          expect(stop).toMatchObject({ inList: true, ring: true });
          if (stop.readInContext) reached++;
          else shown++;
        }
        expect(shown).toBe(places);

        // The last quote reached opens in context, and focus comes back to it.
        await page.keyboard.press('Enter');
        await page.locator('.article-panel').waitFor();
        await page.keyboard.press('Escape');
        await page.locator('.article-panel').waitFor({ state: 'detached' });
        expect(await page.evaluate(focused)).toMatchObject({ readInContext: true, inList: true });
      });
    }
  }
});
