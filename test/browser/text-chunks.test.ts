/**
 * The articles' texts load apart from the first file (CONTRACT.md, "Text chunks"): a small map fetches
 * them all once it is shown; a larger one fetches a chunk when a quote needs it, and shows each quote
 * verbatim; a chunk that cannot be had leaves the reason in the quotes' place, in the reader's language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TextChunk } from '../../geo/contract';
import { splitFiles } from '../src/fixtures/split-files';
import { builtDataset, placeOf } from './dist-files';
import { choosePlace } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();
const AIRBASE = 'hmeimim-air-base';
const isChunk = (url: string) => /\/data\/texts\/[\w-]+\.json$/.test(url);

/**
 * The seeds served as a larger map's data is: one chunk file per article, `spoil`t first if given, and
 * the evidence file the first file names.
 */
async function servePerArticle(page: Page, spoil: (chunks: TextChunk[]) => void = () => {}) {
  const { first, chunks, files } = splitFiles(builtDataset(), { units: 1, articles: 1 });
  spoil(chunks);
  await page.route('**/data/dalil.json', (route) => route.fulfill({ json: first }));
  for (const [path, json] of files) await page.route(`**/${path}`, (route) => route.fulfill({ json }));
}

describe('article texts in chunk files', () => {
  it('are left out of the first file, and a small map fetches them once it is shown', async () => {
    const { page, requests } = await browser.openApp('?lang=en');
    const articles = await page.evaluate(async () => {
      const first = (await (await fetch('data/dalil.json')).json()) as { evidence: string };
      const evidence = await fetch(`data/evidence/${first.evidence}.json`);
      return ((await evidence.json()) as { articles: object[] }).articles;
    });
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((article) => 'text' in article)).toEqual([]);
    await expect.poll(() => requests.filter(isChunk).length).toBe(1);
  });

  it('are fetched for a larger map only when a quote needs them, each quote verbatim', async () => {
    const { page, requests } = await browser.openApp('?lang=en', { prepare: servePerArticle });
    expect(requests.filter(isChunk)).toEqual([]);
    await choosePlace(page, AIRBASE);
    const place = placeOf(builtDataset(), AIRBASE);
    const sentences = [...new Set(place.properties.mentions.map((m) => m.quote.text))];
    await expect
      .poll(() => page.locator('.place-popup .quote').allTextContents())
      .toEqual(expect.arrayContaining(sentences));
    const articles = new Set(place.properties.mentions.map((m) => m.articleId));
    expect(new Set(requests.filter(isChunk)).size).toBe(articles.size);
  });

  for (const language of ['en', 'ar'] as const)
    it(`say why in place of the quotes when their chunk cannot be had (${language})`, async () => {
      const { page } = await browser.openApp(`?lang=${language}`, {
        prepare: (p) => p.route('**/data/texts/*.json', (route) => route.fulfill({ status: 404, body: '' })),
      });
      await choosePlace(page, AIRBASE);
      const failed = page.locator('.place-popup .article-slice--failed').first();
      await failed.waitFor({ state: 'visible' });
      const words = language === 'en' ? "This article's text could not be read" : 'تعذّرت قراءة نص هذا المقال';
      expect(await failed.textContent()).toContain(words);
      expect(await failed.textContent()).toMatch(/data\/texts\/[\w-]+\.json: HTTP 404/);
      expect(await page.locator('.place-popup .quote__name').count()).toBe(0);
    });

  it('say why in place of an article’s quotes when the words of its detail are not its text’s', async () => {
    const mention = placeOf(builtDataset(), AIRBASE).properties.mentions[0]!;
    const { page } = await browser.openApp('?lang=en', {
      prepare: (p) =>
        servePerArticle(p, (chunks) => {
          const entry = chunks.flatMap((c) => c.texts).find((t) => t.id === mention.articleId)!;
          const detail = entry.mentions!.find((m) => m.placeId === AIRBASE && m.start === mention.start)!;
          detail.text = `${detail.text.slice(0, -1)}${detail.text.endsWith('x') ? 'y' : 'x'}`;
        }),
    });
    await choosePlace(page, AIRBASE);
    const failed = page.locator(
      `.place-popup .article-mentions[data-article-id="${mention.articleId}"] .article-slice--failed`,
    );
    await failed.first().waitFor({ state: 'visible' });
    expect(await failed.first().textContent()).toContain('mention is not a verbatim slice');
  });
});
