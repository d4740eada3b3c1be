import { describe, expect, it } from 'vitest';
import { waitForMarkers } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();

/** Opens the app with `data/dalil.json` (or another data file) answered by `fulfil`. */
function openWith(file: string, fulfil: { status?: number; body: string }) {
  return browser.open('', {
    prepare: (page) =>
      page.route(`**/data/${file}`, (route) =>
        route.fulfill({ status: fulfil.status ?? 200, contentType: 'application/json', body: fulfil.body }),
      ),
  });
}

describe('broken data', () => {
  it('says the data is invalid when data/dalil.json is not JSON, and shows no markers', async () => {
    const { page } = await openWith('dalil.json', { body: '{"schemaVersion": 1, "articles": [' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('البيانات غير صالحة');
    expect(await alert.locator('li').first().textContent()).toContain('data/dalil.json');
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(0);
    expect(await page.locator('.leaflet-container').count()).toBe(1);
  });

  it('lists the contract problems when data/dalil.json has the wrong shape', async () => {
    const { page } = await openWith('dalil.json', {
      body: JSON.stringify({
        schemaVersion: 1,
        articles: 'none',
        places: { type: 'FeatureCollection', features: [] },
      }),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const problems = await alert.locator('li').allTextContents();
    expect(problems.some((p) => p.startsWith('articles'))).toBe(true);
    expect(problems.some((p) => p.startsWith('unresolved'))).toBe(true);
  });

  it('says the data could not be loaded when data/dalil.json is missing', async () => {
    const { page } = await openWith('dalil.json', { status: 404, body: 'not found' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('تعذّر تحميل البيانات');
    expect(await alert.textContent()).toContain('HTTP 404');
  });

  it('still shows the markers, with a notice, when the base map is missing', async () => {
    const { page } = await openWith('basemap.json', { status: 404, body: 'not found' });
    await waitForMarkers(page);
    const notice = page.locator('.load-status--notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('الخريطة الأساسية');
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
  });
});
