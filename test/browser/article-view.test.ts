import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../geo/contract';
import { builtDataset } from './dist-files';
import { choosePlace } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

/** Serves `dataset`, opens the airbase popup from the keyboard and reads its first article in context. */
async function openFirstAirbaseArticle(dataset: Dataset, query = '') {
  const { page, errors } = await browser.openApp(query, { dataset });
  await choosePlace(page, AIRBASE);
  await page.locator('.leaflet-popup .link-button').first().click();
  const panel = page.locator('.article-panel');
  await panel.waitFor();
  return { page, errors, panel, articleId: (await panel.getAttribute('data-article-id'))! };
}

describe('article view', () => {
  it('shows the date, outlet and note, and links to the original in a new tab without a referrer', async () => {
    const dataset = builtDataset();
    // Every article that quotes the airbase gets the same metadata, whichever the popup lists first.
    for (const article of dataset.articles) {
      article.outlet = 'Agence Test';
      article.url = `https://example.org/news/${article.id}`;
      article.note = 'Date inferred by an editor.';
    }
    const { errors, panel, articleId: shown } = await openFirstAirbaseArticle(dataset, '?lang=en');
    const article = dataset.articles.find((a) => a.id === shown)!;

    expect(await panel.locator('.article-panel__meta time').getAttribute('datetime')).toBe(article.published);
    expect(await panel.locator('.article-panel__meta').textContent()).toContain('Outlet: Agence Test');
    expect(await panel.locator('.article-panel__note').textContent()).toBe(
      'Editor’s note: Date inferred by an editor.',
    );
    const link = panel.getByRole('link', { name: 'Original article' });
    expect(await link.getAttribute('href')).toBe(article.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(errors).toEqual([]);
  });

  it('offers no link to the original when the article has no URL', async () => {
    const dataset = builtDataset();
    for (const article of dataset.articles) article.url = null;
    const { panel } = await openFirstAirbaseArticle(dataset);
    expect(await panel.locator('a').count()).toBe(0);
  });

  it('closes with its button and gives focus back to "read in context"', async () => {
    const { page, panel } = await openFirstAirbaseArticle(builtDataset());
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('article-panel__title')),
    ).toBe(true);
    await panel.getByRole('button', { name: 'إغلاق المقال' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('اقرأ في السياق');
  });
});
