/**
 * An address can name what the data does not have (an unknown article or claimant, days outside the
 * data) or filters that leave nothing: the map never goes blank without a word, and a way back is one
 * press away. The Embed dialog writes only the view.
 */
import { describe, expect, it } from 'vitest';
import { builtDataset } from './dist-files';
import { waitForMarkers } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();

/** A day between the claims' first and last on which no claim is dated: filtering to it leaves nothing. */
function emptyDay(): string {
  const days = new Set(builtDataset().claims!.map((c) => c.eventDate ?? c.published));
  const sorted = [...days].sort();
  for (let day = sorted[0]!; day < sorted.at(-1)!;) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (!days.has(day)) return day;
  }
  throw new Error('Every day of the seed data has a claim.');
}

const NOTICE = { ar: 'لا يطابق التصفية شيء على الخريطة.', en: 'Nothing on the map matches these filters.' };
const CLEAR = { ar: 'ألغِ التصفية', en: 'Clear the filters' };

describe('an address the data cannot honour', () => {
  for (const embed of [false, true]) {
    it(`falls back to the defaults for values the data does not have${embed ? ', embedded' : ''}`, async () => {
      const query = `?lang=en&article=nope&claimant=no-one&from=2031-01-01${embed ? '&embed=1&place=latakia' : ''}`;
      const { page, errors } = await browser.openApp(query);
      await expect.poll(() => new URL(page.url()).searchParams.has('article')).toBe(false);
      const params = new URL(page.url()).searchParams;
      expect(params.has('claimant')).toBe(false);
      expect(params.has('from')).toBe(false);
      expect(await page.locator('.leaflet-marker-icon[data-place-id]').count()).toBeGreaterThan(1);
      expect(await page.getByText(NOTICE.en).count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  for (const [language, embed] of [
    ['ar', false],
    ['en', true],
  ] as const) {
    it(`says so when the filters leave nothing, with a way back (${language}${embed ? ', embedded' : ''})`, async () => {
      const day = emptyDay();
      const query = `?lang=${language}&from=${day}&to=${day}${embed ? '&embed=1&place=latakia' : ''}`;
      const { page, errors } = await browser.open(query);
      const notice = page.getByRole('status').filter({ hasText: NOTICE[language] });
      await notice.waitFor();
      expect(await page.locator('.leaflet-marker-icon[data-place-id]').count()).toBe(0);
      await page.getByRole('button', { name: CLEAR[language] }).click();
      await waitForMarkers(page);
      await expect.poll(() => notice.count()).toBe(0);
      const params = new URL(page.url()).searchParams;
      expect(params.has('from') || params.has('to')).toBe(false);
      expect(errors).toEqual([]);
    });
  }
});

describe('the Embed dialog', () => {
  it('writes the view and the filters, and none of the address’s other parameters', async () => {
    const { page } = await browser.openApp('?lang=en&utm_source=newsletter&stance=denied&place=latakia');
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1];
    expect(src).toBeDefined();
    const params = new URL(src!.replaceAll('&amp;', '&')).searchParams;
    expect([...params.keys()].sort()).toEqual(['embed', 'lang', 'place', 'stance', 'view']);
    expect(params.get('stance')).toBe('denied');
  });
});
