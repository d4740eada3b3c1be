/**
 * Long lists are drawn in parts: a place that many articles name shows its first articles and a button
 * for more, and the list view its first places; a press draws the next part and takes focus to the first
 * of it. The seeds are copied to make the lists long: their articles (each copy a new article naming the
 * same places), or their places too (each copy new places).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../geo/contract';
import { builtDataset } from './dist-files';
import { choosePlace } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();

/** The seeds `copies` times over, each copy's articles new; with `newPlaces`, each copy's places too. */
function copied(dataset: Dataset, copies: number, newPlaces: boolean): Dataset {
  const range = Array.from({ length: copies }, (_, k) => k);
  const article = (id: string, k: number) => (k === 0 ? id : `${id}-copy${k}`);
  const place = (id: string, k: number) => (k === 0 || !newPlaces ? id : `${id}-copy${k}`);
  const features = newPlaces
    ? range.flatMap((k) =>
        dataset.places.features.map((f) => ({
          ...f,
          // Each copy a little east of the last, so the map can tell them apart.
          geometry: {
            ...f.geometry,
            coordinates: [f.geometry.coordinates[0] + k * 0.01, f.geometry.coordinates[1]] as [
              number,
              number,
            ],
          },
          properties: {
            ...f.properties,
            id: place(f.properties.id, k),
            mentions: f.properties.mentions.map((m) => ({ ...m, articleId: article(m.articleId, k) })),
          },
        })),
      )
    : dataset.places.features.map((f) => ({
        ...f,
        properties: {
          ...f.properties,
          mentions: range.flatMap((k) =>
            f.properties.mentions.map((m) => ({ ...m, articleId: article(m.articleId, k) })),
          ),
        },
      }));
  return {
    ...dataset,
    articles: range.flatMap((k) => dataset.articles.map((a) => ({ ...a, id: article(a.id, k) }))),
    places: { type: 'FeatureCollection', features },
    unresolved: [],
    claims: range.flatMap((k) =>
      (dataset.claims ?? []).map((c) => ({
        ...c,
        id: `${c.id}-copy${k}`,
        articleId: article(c.articleId, k),
        places: c.places.map((p) => ({ ...p, placeId: place(p.placeId, k) })),
        from: c.from && place(c.from, k),
        to: c.to && place(c.to, k),
        respondsTo: c.respondsTo && `${c.respondsTo}-copy${k}`,
      })),
    ),
  };
}

const serving = (dataset: Dataset) => (page: Page) =>
  page.route('**/data/dalil.json', (route) => route.fulfill({ json: dataset }));

const articlesOf = (dataset: Dataset, placeId: string) =>
  new Set(
    dataset.places.features
      .find((f) => f.properties.id === placeId)!
      .properties.mentions.map((m) => m.articleId),
  ).size;

describe('long lists', () => {
  it("draw a place's first 20 articles, then the rest at a press, focus on the first of them", async () => {
    const dataset = copied(builtDataset(), 6, false);
    const total = articlesOf(dataset, 'syria');
    expect(total).toBeGreaterThan(20);
    expect(total).toBeLessThanOrEqual(40);
    const { page, errors } = await browser.openApp('?lang=en', { prepare: serving(dataset) });
    await choosePlace(page, 'syria');
    const articles = page.locator('.place-popup .place-popup__articles > li');
    await expect.poll(() => articles.count()).toBe(20);
    const more = page
      .locator('.place-popup')
      .getByRole('button', { name: `Show more articles (20 of ${total} shown)` });
    await more.click();
    await expect.poll(() => articles.count()).toBe(total);
    expect(await more.count()).toBe(0);
    expect(
      await page.evaluate(() => document.activeElement?.matches('.place-popup__articles > li:nth-child(21)')),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it("draw the list view's first 50 places, then the rest at a press, in Arabic", async () => {
    const dataset = copied(builtDataset(), 3, true);
    const total = dataset.places.features.length;
    expect(total).toBeGreaterThan(50);
    expect(total).toBeLessThanOrEqual(100);
    const { page, errors } = await browser.openApp('?lang=ar', { prepare: serving(dataset) });
    await page.locator('.list-toggle').click();
    // One list of every place, by mentions (by kind, each kind is a list of its own, drawn the same way).
    await page.locator('.place-list input[value="mentions"]').check();
    const places = page.locator('.place-list .place-list__place');
    await expect.poll(() => places.count()).toBe(50);
    const more = page.locator('.place-list').getByRole('button', { name: /عرض مزيد من الأماكن/ });
    expect(await more.textContent()).toContain(`(50 من ${total} معروضة)`);
    await more.press('Enter');
    await expect.poll(() => places.count()).toBe(total);
    expect(await page.evaluate(() => document.activeElement?.matches('.place-list__place'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
