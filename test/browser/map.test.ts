import { describe, expect, it } from 'vitest';
import { builtDataset, placeOf, readSeedArticle } from './dist-files';
import { drawnPlaceIds, markerOf, revealPlace, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

/** Opens the app, opens the clusters that hold the Latakia airbase until it stands apart, and clicks it. */
async function openAirbasePopup() {
  const recorded = await browser.openApp();
  const { page } = recorded;
  const marker = markerOf(page, AIRBASE);
  await revealPlace(page, AIRBASE);
  await marker.click();
  await page.locator('.leaflet-popup .place-popup').waitFor();
  return { ...recorded, marker };
}

describe('the built app', () => {
  it('shows a marker per site and venue, and every place when actors and context are asked for', async () => {
    // The whole world in view: markers are made only in and around the view.
    const { page, errors } = await browser.openApp('?view=20,0,1');
    const dataset = builtDataset();
    const markerIds = () => drawnPlaceIds(page);
    const sitesAndVenues = dataset.places.features.filter((f) =>
      f.properties.mentions.some((m) => m.role === 'site' || m.role === 'venue'),
    );
    expect(await markerIds()).toEqual(sitesAndVenues.map((f) => f.properties.id).sort());
    await page.locator('.filters-toggle').click();
    await page.locator('.filter-option--switch input').check();
    await expect.poll(markerIds).toEqual(dataset.places.features.map((f) => f.properties.id).sort());
    await expect
      .poll(() => page.locator('.app-header__counts').textContent())
      .toContain(String(dataset.places.features.length));
    expect(errors).toEqual([]);
  });

  it('names each marker for screen readers and keyboard users in the interface language', async () => {
    const { page } = await browser.openApp();
    const airbase = placeOf(builtDataset(), AIRBASE);
    await revealPlace(page, AIRBASE);
    const marker = page.getByRole('button', { name: airbase.properties.name.ar, exact: true });
    await expect.poll(() => marker.getAttribute('tabindex')).toBe('0');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.leaflet-popup .place-popup__name').textContent())
      .toBe(airbase.properties.name.ar);
  });

  it('opens the airbase popup with quotes that are exact sentences of the seed articles', async () => {
    const { page } = await openAirbasePopup();
    const airbase = placeOf(builtDataset(), AIRBASE);
    const shown = await page.locator('.leaflet-popup blockquote.quote').evaluateAll((quotes) =>
      quotes.map((q) => ({
        articleId: q.closest<HTMLElement>('[data-article-id]')!.dataset.articleId!,
        start: Number((q as HTMLElement).dataset.quoteStart),
        text: q.textContent,
        marks: [...q.querySelectorAll('mark')].map((m) => m.textContent),
      })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const quote of shown) {
      const body = readSeedArticle(quote.articleId).text;
      const mentions = airbase.properties.mentions.filter(
        (m) => m.articleId === quote.articleId && m.quote.start === quote.start,
      );
      expect(mentions.length).toBeGreaterThan(0);
      expect(body.slice(quote.start, mentions[0]!.quote.end)).toBe(quote.text);
      expect(quote.marks).toEqual(mentions.sort((a, b) => a.start - b.start).map((m) => m.text));
      for (const mention of mentions) expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('opens the article at the sentence with "read in context", and closes it with Escape', async () => {
    const { page } = await openAirbasePopup();
    const first = page.locator('.leaflet-popup .article-mentions__quote').first();
    const quoteText = await first.locator('blockquote').textContent();
    const articleId = await page
      .locator('.leaflet-popup [data-article-id]')
      .first()
      .getAttribute('data-article-id');
    const button = first.getByRole('button', { name: 'اقرأ في السياق' });
    await button.click();

    const panel = page.locator('.article-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-article-id')).toBe(articleId);
    const highlighted = panel.locator('mark.article-body__quote');
    expect(await highlighted.textContent()).toBe(quoteText);
    expect(await panel.locator('.article-body').textContent()).toBe(
      readSeedArticle(articleId!).text.replace(/\n/g, ''),
    );
    // Scrolled into view inside the panel, and focus moved into the panel.
    const [markBox, panelBox] = [await highlighted.boundingBox(), await panel.boundingBox()];
    expect(markBox!.y).toBeGreaterThanOrEqual(panelBox!.y);
    expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(panelBox!.y + panelBox!.height);
    expect(await page.evaluate(() => document.activeElement?.closest('.article-panel') !== null)).toBe(true);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('اقرأ في السياق');
  });

  it('pans a popup opened near the map edge wholly into view once its quotes are drawn', async () => {
    // The sea's marker stands near the map's west edge at the opening view. Leaflet pans to a popup as
    // it opens, before React draws the quotes into it.
    const { page } = await browser.openApp('?lang=en');
    await waitForStillness(page);
    await markerOf(page, 'mediterranean-sea').click();
    await page.locator('.leaflet-popup .article-mentions__quote').first().waitFor();
    const inside = () =>
      page.evaluate(() => {
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        const popup = document.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
        return popup.left >= map.left && popup.right <= map.right;
      });
    await expect.poll(inside).toBe(true);
  });

  it('makes no request outside its own origin, and logs no errors', async () => {
    const { page, requests, errors } = await openAirbasePopup();
    await page.locator('.leaflet-popup .link-button').first().click();
    await page.locator('.article-panel').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[dir="ltr"]').waitFor();
    const origin = new URL(browser.baseUrl).origin;
    const outside = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(outside).toEqual([]);
    expect(requests.some((url) => url.endsWith('data/dalil.json'))).toBe(true);
    expect(requests.some((url) => url.endsWith('data/basemap.json'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
