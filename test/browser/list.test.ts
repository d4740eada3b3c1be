/**
 * The list view: every place with its quotes verbatim, in step with the map both ways, ordered by kind
 * or by mentions, and printed instead of the map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE } from './chromium';
import { builtDataset, placeOf, readSeedArticle } from './dist-files';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

async function openList(viewport = WIDE, query = '') {
  const recorded = await browser.openApp(query, { viewport });
  await recorded.page.locator('.list-toggle').click();
  await recorded.page.locator('.place-list .place-list__place').first().waitFor();
  return recorded;
}

const listedIds = (page: Page) =>
  page
    .locator('.place-list__place')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.placeId));

describe('list view', () => {
  it('lists every place once, each with all its quotes verbatim and the names marked', async () => {
    const { page, errors } = await openList();
    const dataset = builtDataset();
    expect((await listedIds(page)).sort()).toEqual(
      dataset.places.features.map((f) => f.properties.id).sort(),
    );

    const airbase = placeOf(dataset, AIRBASE);
    const item = page.locator(`.place-list__place[data-place-id="${AIRBASE}"]`);
    const quotes = await item.locator('.article-mentions__quote > blockquote').evaluateAll((els) =>
      els.map((el) => ({
        start: Number((el as HTMLElement).dataset.quoteStart),
        text: el.textContent,
        marks: [...el.querySelectorAll('mark')].map((m) => m.textContent),
        articleId: el.closest<HTMLElement>('[data-article-id]')!.dataset.articleId!,
      })),
    );
    const sentences = new Set(airbase.properties.mentions.map((m) => `${m.articleId}/${m.quote.start}`));
    expect(quotes.length).toBe(sentences.size);
    for (const quote of quotes) {
      const mention = airbase.properties.mentions.find(
        (m) => m.articleId === quote.articleId && m.quote.start === quote.start,
      )!;
      expect(readSeedArticle(quote.articleId).text.slice(quote.start, mention.quote.end)).toBe(quote.text);
      expect(quote.marks).toContain(mention.text);
    }
    expect(await item.locator('time').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('groups places by kind, or sorts them by mentions when asked', async () => {
    const { page } = await openList(WIDE, '?lang=en');
    expect(await page.locator('.place-list__group-title').first().textContent()).toBe('Facility');
    await page.getByRole('radio', { name: 'By mentions' }).check();
    expect(await page.locator('.place-list__group-title').count()).toBe(0);
    const counts = (await listedIds(page)).map(
      (id) => placeOf(builtDataset(), id!).properties.mentions.length,
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('opens the popup on the map when a place is shown from the list, keeping focus in the list', async () => {
    const { page } = await openList();
    const item = page.locator(`.place-list__place[data-place-id="${AIRBASE}"]`);
    await item.locator('.place-list__show').click();
    await page.locator(`.leaflet-popup .place-popup[data-place-id="${AIRBASE}"]`).waitFor();
    expect(await page.locator(`.leaflet-marker-icon[data-place-id="${AIRBASE}"].is-selected`).count()).toBe(
      1,
    );
    expect(await item.getAttribute('aria-current')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('place-list__show'))).toBe(
      true,
    );
  });

  it('marks and scrolls to the place selected on the map', async () => {
    const { page } = await openList();
    // Among the markers a reader can reach: not those the map's edge cuts.
    const markers = await page
      .locator('.leaflet-marker-icon[data-place-id]:not(.is-cut)')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.placeId));
    const last = (await listedIds(page)).filter((id) => markers.includes(id)).at(-1)!;
    await page.locator(`.leaflet-marker-icon[data-place-id="${last}"]`).focus();
    await page.keyboard.press('Enter');
    const item = page.locator(`.place-list__place[data-place-id="${last}"]`);
    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
    await expect
      .poll(() =>
        item.evaluate((el) => {
          const list = el.closest('.place-list')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return box.top < list.bottom && box.bottom > list.top;
        }),
      )
      .toBe(true);
  });

  it('gives way to the map and the bottom sheet when a place is shown from the list on a phone', async () => {
    const { page } = await openList(NARROW);
    await page.locator(`.place-list__place[data-place-id="${AIRBASE}"] .place-list__show`).click();
    await page.locator('.place-list').waitFor({ state: 'hidden' });
    await page.locator(`.place-sheet .place-popup[data-place-id="${AIRBASE}"]`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('place-popup__name'))).toBe(
      true,
    );
  });

  it('keeps the covered map out of the tab order while the list lies over it on a phone', async () => {
    const { page } = await openList(NARROW);
    expect(await page.locator('.app__map').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    await page.locator('.place-list__show').first().focus();
    await page.keyboard.press('Escape');
    await page.locator('.place-list').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('list-toggle'))).toBe(true);
    expect(await page.locator('.app__map').evaluate((el) => (el as HTMLElement).inert)).toBe(false);
  });

  it('prints the list with its quotes and sources, and not the map', async () => {
    const { page } = await browser.openApp();
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.place-list')).toBe(true);
    // Printing asks for the texts the quotes are cut from: they come, then the quotes are shown.
    await page.locator('.place-list .article-mentions__quote > blockquote mark').first().waitFor();
    expect(await shown('.place-list .article-mentions__title')).toBe(true);
    expect(await shown('.place-list .article-mentions__date')).toBe(true);
    expect(await shown('.leaflet-container')).toBe(false);
    expect(await shown('.place-list__show')).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
