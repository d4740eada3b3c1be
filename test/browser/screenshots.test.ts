/**
 * Screenshots for people to look at (test/artifacts/, not committed): Arabic and English, phone and
 * desktop width, the map, a popup (a bottom sheet on the phone), the article view, the header and the
 * download dialog. The list view's
 * screenshots come from the accessibility tests, which check each of these states too.
 */
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings';
import { artifactPath } from './artifacts';
import { NARROW, WIDE } from './chromium';
import { markerOf, revealPlace, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

describe('screenshots', () => {
  for (const language of ['ar', 'en'] as const) {
    for (const viewport of [NARROW, WIDE]) {
      it(`captures the ${language} map, popup and article at ${viewport.width} px`, async () => {
        const { page, errors } = await browser.openApp(language === 'en' ? '?lang=en' : '', { viewport });
        const name = `${language}-${viewport.width}`;
        await page.screenshot({ path: artifactPath(`${name}-map.png`) });

        const marker = markerOf(page, AIRBASE);
        await revealPlace(page, AIRBASE);
        await marker.click();
        await page.locator('.place-popup').waitFor();
        await waitForStillness(page);
        await page.screenshot({
          path: artifactPath(`${name}-${viewport === NARROW ? 'sheet' : 'popup'}.png`),
        });

        await page.locator('.place-popup .link-button').first().click();
        await page.locator('.article-panel').waitFor();
        await waitForStillness(page);
        await page.screenshot({ path: artifactPath(`${name}-article.png`) });
        expect(errors).toEqual([]);
      });

      it(`captures the ${language} header and download dialog at ${viewport.width} px`, async () => {
        const { page, errors } = await browser.openApp(language === 'en' ? '?lang=en' : '', { viewport });
        const name = `${language}-${viewport.width}`;
        await page.locator('.app-header').screenshot({ path: artifactPath(`${name}-header.png`) });
        await page.getByRole('button', { name: STRINGS[language].download, exact: true }).click();
        await page.getByRole('dialog', { name: STRINGS[language].downloadTitle }).waitFor();
        await waitForStillness(page);
        await page.screenshot({ path: artifactPath(`${name}-download.png`) });
        expect(errors).toEqual([]);
      });
    }
  }
});
