/**
 * Accessibility in both languages at phone and desktop width: axe-core finds no violation on the map,
 * with a place's evidence open (a popup, or a bottom sheet on the phone), with the list view, and with an
 * article open. Each state is also saved as a screenshot (test/artifacts/, not committed) to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AXE_SWEEP_LIMIT, axeViolations } from './axe';
import { evidenceCount } from '../../src/i18n/evidence-count';
import { artifactPath } from './artifacts';
import { NARROW, WIDE } from './chromium';
import { builtDataset, placeOf } from './dist-files';
import { choosePlace, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

async function check(page: Page, name: string) {
  await waitForStillness(page); // Popups pan and sheets rise before they are judged and pictured.
  await page.screenshot({ path: artifactPath(`a11y-${name}.png`) });
  expect(await axeViolations(page), name).toEqual([]);
}

describe('accessibility', () => {
  for (const language of ['ar', 'en'] as const) {
    for (const viewport of [NARROW, WIDE]) {
      const name = `${language}-${viewport.width}`;
      it(
        `has no axe violations in ${language} at ${viewport.width} px: map, evidence, list and article`,
        { timeout: AXE_SWEEP_LIMIT },
        async () => {
          const { page, errors } = await browser.openApp(`?lang=${language}`, { viewport });
          await check(page, `${name}-map`);

          await choosePlace(page, AIRBASE);
          await page.locator('.place-popup').waitFor();
          await check(page, `${name}-${viewport === NARROW ? 'sheet' : 'popup'}`);

          await page.locator('.place-popup .link-button').first().click();
          await page.locator('.article-panel').waitFor();
          await check(page, `${name}-article`);
          await page.keyboard.press('Escape');
          await page.locator('.article-panel').waitFor({ state: 'detached' });
          await page.keyboard.press('Escape');

          await page.locator('.list-toggle').click();
          await page.locator('.place-list .place-list__place').first().waitFor();
          await check(page, `${name}-list`);
          expect(errors).toEqual([]);
        },
      );
    }
  }

  it('announces a selected place with its evidence, in the interface language', async () => {
    const airbase = placeOf(builtDataset(), AIRBASE);
    const { mentions, name } = airbase.properties;
    const articles = new Set(mentions.map((m) => m.articleId)).size;
    const quotes = new Set(mentions.map((m) => `${m.articleId}/${m.quote.start}`)).size;
    for (const language of ['ar', 'en'] as const) {
      const { page } = await browser.openApp(`?lang=${language}`);
      const live = page.locator('.map-area [role="status"][aria-live="polite"]');
      expect(await live.textContent()).toBe('');
      await choosePlace(page, AIRBASE);
      await expect
        .poll(() => live.textContent())
        .toBe(`${name[language]}: ${evidenceCount(quotes, articles, language)}`);
    }
  });

  it('turns off zoom, fade and pan animations for readers who ask for reduced motion', async () => {
    const { page } = await browser.openApp('', { reducedMotion: 'reduce' });
    const container = page.locator('.leaflet-container');
    expect(await container.evaluate((el) => el.classList.contains('leaflet-fade-anim'))).toBe(false);
    // Leaflet makes its zoom animation proxy only when zooms animate, and hides markers during a zoom
    // when they do not follow it.
    expect(await page.locator('.leaflet-proxy').count()).toBe(0);
    expect(await page.locator('.leaflet-marker-pane.leaflet-zoom-hide').count()).toBe(1);
    // A popup opened far from the centre is panned into view at once, not over a quarter second: Leaflet
    // never starts a pan animation, and once all is still the map is where it was when the popup opened.
    const pane = page.locator('.leaflet-map-pane');
    await pane.evaluate((el) => {
      const seen = el as HTMLElement & { panAnimated?: boolean };
      new MutationObserver(() => {
        if (el.classList.contains('leaflet-pan-anim')) seen.panAnimated = true;
      }).observe(el, { attributes: true, attributeFilter: ['class'] });
    });
    // The marker farthest from the map's centre among those a reader can reach.
    const far = await page.locator('.leaflet-marker-icon[data-place-id]:not(.is-cut)').evaluateAll((els) => {
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      const away = (el: Element) => {
        const r = el.getBoundingClientRect();
        return Math.hypot(
          r.x + r.width / 2 - map.x - map.width / 2,
          r.y + r.height / 2 - map.y - map.height / 2,
        );
      };
      return [...els].sort((a, b) => away(b) - away(a)).map((el) => (el as HTMLElement).dataset.placeId!)[0];
    });
    expect(far).toBeDefined();
    await choosePlace(page, far!);
    await page.locator('.leaflet-popup').waitFor();
    const before = await pane.evaluate((el) => el.style.transform);
    await waitForStillness(page);
    expect(await pane.evaluate((el) => el.style.transform)).toBe(before);
    expect(await pane.evaluate((el) => (el as HTMLElement & { panAnimated?: boolean }).panAnimated)).toBe(
      undefined,
    );

    const moving = await browser.openApp();
    expect(await moving.page.locator('.leaflet-container.leaflet-fade-anim').count()).toBe(1);
    expect(await moving.page.locator('.leaflet-proxy').count()).toBe(1);
  });
});
