import { describe, expect, it } from 'vitest';
import { builtDataset } from './dist-files';
import { useBrowser } from './use-browser';

const browser = useBrowser();

const documentLanguage = () => ({ lang: document.documentElement.lang, dir: document.documentElement.dir });

describe('interface language', () => {
  it('is Arabic, right to left, by default', async () => {
    const { page } = await browser.openApp();
    expect(await page.evaluate(documentLanguage)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.title()).toBe('دليل — dalil');
    expect(await page.locator('.map-legend__title').textContent()).toBe('مفتاح الخريطة');
  });

  it('is English, left to right, with ?lang=en', async () => {
    const { page, errors } = await browser.openApp('?lang=en');
    expect(await page.evaluate(documentLanguage)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.locator('.app-header__counts').textContent()).toMatch(/^Places: \d+ · Articles: \d+$/);
    expect(await page.locator('.map-legend__title').textContent()).toBe('Legend');
    const names = new Set(builtDataset().places.features.map((f) => f.properties.name.en));
    const labels = await page
      .locator('.leaflet-marker-icon[data-place-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels.every((label) => names.has(label!))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('switches with the toggle, mirrors the page and remembers the choice in the address', async () => {
    const { page } = await browser.openApp();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.evaluate(documentLanguage)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.getByRole('button', { name: 'التبديل إلى العربية' }).click();
    expect(await page.evaluate(documentLanguage)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  });
});
