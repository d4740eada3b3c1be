/**
 * Screenshots for people to look at (test/artifacts/, not committed): Arabic and English, phone and
 * desktop width, the map, a popup (a bottom sheet on the phone), and the article view. The list view's
 * screenshots come from the accessibility tests, which check each of these states too.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, NARROW, openRecordedPage, waitForMarkers, WIDE } from './chromium';
import { zoomInOn } from './map-actions';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const AIRBASE = 'hmeimim-air-base';
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('screenshots', () => {
  for (const language of ['ar', 'en'] as const) {
    for (const viewport of [NARROW, WIDE]) {
      it(`captures the ${language} map, popup and article at ${viewport.width} px`, async () => {
        const { page, errors } = await openRecordedPage(browser, viewport);
        await page.goto(`${baseUrl}${language === 'en' ? '?lang=en' : ''}`);
        await waitForMarkers(page);
        await page.evaluate(() => document.fonts.ready);
        const name = `${language}-${viewport.width}`;
        await page.screenshot({ path: `${ARTIFACTS}${name}-map.png` });

        const marker = page.locator(`.leaflet-marker-icon[data-place-id="${AIRBASE}"]`);
        await zoomInOn(page, marker, 5);
        await marker.click();
        await page.locator('.place-popup').waitFor();
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${ARTIFACTS}${name}-${viewport === NARROW ? 'sheet' : 'popup'}.png` });

        await page.locator('.place-popup .link-button').first().click();
        await page.locator('.article-panel').waitFor();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${ARTIFACTS}${name}-article.png` });
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }
});
