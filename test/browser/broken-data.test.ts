import { describe, expect, it } from 'vitest';
import { builtDataset } from './dist-files';
import { drawnPlaceIds, waitForMarkers } from './map-actions';
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

  it('sets aside one article whose quote is off by one, says so in the reader’s language, and shows the rest', async () => {
    const dataset = builtDataset();
    const place = dataset.places.features.find((f) => f.properties.mentions.length > 1)!;
    const broken = place.properties.mentions[0]!;
    broken.quote = { ...broken.quote, start: broken.quote.start + 1, end: broken.quote.end + 1 };
    const onlyInBroken = new Set(
      dataset.places.features
        .filter((f) => f.properties.mentions.every((m) => m.articleId === broken.articleId))
        .map((f) => f.properties.id),
    );
    for (const [language, text] of [
      ['ar', 'نُحّي مقال واحد'],
      ['en', 'One article was set aside'],
    ] as const) {
      const { page, errors } = await browser.open(`?lang=${language}`, { dataset });
      await waitForMarkers(page);
      const notice = page.locator('.set-aside');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(text);
      await notice.locator('summary').click();
      expect(await notice.locator('li li').first().textContent()).toContain('quote is not a verbatim slice');
      // The other articles' places stay on the map, on their own markers or gathered in clusters; those
      // only the set-aside article names leave it.
      const drawn = await drawnPlaceIds(page);
      expect(drawn.length).toBeGreaterThan(3);
      expect(drawn.filter((id) => onlyInBroken.has(id))).toEqual([]);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    }
  });
});
