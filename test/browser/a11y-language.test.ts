/**
 * The interface language a reader gets without asking: the URL's `lang`, else the first of Arabic or
 * English among the browser's languages, else Arabic; and the page mirrors with it.
 */
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE } from './chromium';
import { useBrowser } from './use-browser';

const browser = useBrowser();

async function languageFor(locale: string, query = '') {
  const { page } = await browser.openApp(query, { locale });
  const result = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
  return { page, ...result };
}

describe('language without asking', () => {
  it('follows an English browser', async () => {
    const { page, lang, dir } = await languageFor('en-GB');
    expect({ lang, dir }).toEqual({ lang: 'en', dir: 'ltr' });
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  });

  it('is Arabic for a browser that prefers neither Arabic nor English', async () => {
    const { lang } = await languageFor('fr-FR');
    expect(lang).toBe('ar');
  });

  it('lets ?lang= from the host page win over the browser, and keeps a switch in the address', async () => {
    const { page, lang } = await languageFor('en-US', '?lang=ar');
    expect(lang).toBe('ar');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'التبديل إلى العربية' }).click();
    // This reader's browser would open in English, so the address must say Arabic.
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
  });
});

describe('direction', () => {
  for (const viewport of [NARROW, WIDE]) {
    it(`mirrors the controls and panels at ${viewport.width} px: zoom and legend at the inline start`, async () => {
      for (const [query, dir] of [
        ['?lang=ar', 'rtl'],
        ['?lang=en', 'ltr'],
      ] as const) {
        const { page } = await browser.openApp(query, { viewport });
        const map = (await page.locator('.leaflet-container').boundingBox())!;
        const zoom = (await page.locator('.leaflet-control-zoom').boundingBox())!;
        const middle = map.x + map.width / 2;
        if (dir === 'rtl') expect(zoom.x).toBeGreaterThan(middle);
        else expect(zoom.x + zoom.width).toBeLessThan(middle);
        const title = (await page.locator('.app-header__title').boundingBox())!;
        if (dir === 'rtl') expect(title.x).toBeGreaterThan(viewport.width / 2);
        else expect(title.x + title.width).toBeLessThan(viewport.width / 2);
      }
    });
  }
});
