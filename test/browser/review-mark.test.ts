import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../geo/contract';
import { builtDataset } from './dist-files';
import { choosePlace } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();

const HOSTILE_NAME = '<img src=x onerror="window.dalilOwned=1">Rana';

/** The built data with the air base's first mention verified by an editor, signed with markup for a name. */
function reviewedDataset(): Dataset {
  const dataset = builtDataset();
  const base = dataset.places.features.find((f) => f.properties.id === 'hmeimim-air-base')!;
  const [first, ...rest] = base.properties.mentions;
  base.properties.mentions = [
    {
      ...first!,
      review: {
        state: 'verified',
        by: HOSTILE_NAME,
        at: '2026-12-01T09:30:00Z',
        note: 'seen on the satellite image',
      },
    },
    ...rest,
  ];
  return dataset;
}

describe('evidence an editor checked', () => {
  for (const [lang, mark, date] of [
    ['ar', 'تحقّق منه محرر', '1 ديسمبر 2026'],
    ['en', 'Checked by an editor', 'December 1, 2026'],
  ] as const) {
    it(`carries a discreet mark, its editor and date on demand, as text (${lang})`, async () => {
      const { page, errors } = await browser.openApp(`?lang=${lang}`, { dataset: reviewedDataset() });
      await choosePlace(page, 'hmeimim-air-base');
      const popup = page.locator('.place-popup');
      const summary = popup.getByText(mark, { exact: true });
      await summary.waitFor();
      expect(await popup.locator('.review-mark').count()).toBe(1);
      const details = popup.locator('.review-mark li');
      expect(await details.isVisible()).toBe(false);
      await summary.click();
      const shown = await details.textContent();
      expect(shown).toContain(HOSTILE_NAME);
      expect(shown).toContain(date);
      expect(shown).toContain('seen on the satellite image');
      expect(await popup.locator('.review-mark img').count()).toBe(0);
      expect(await page.evaluate(() => (window as { dalilOwned?: number }).dalilOwned)).toBeUndefined();
      expect(errors).toEqual([]);
    });
  }

  it('shows no mark on an automatic reading', async () => {
    const { page } = await browser.openApp('?lang=en');
    await choosePlace(page, 'hmeimim-air-base');
    await page.locator('.place-popup .quote').first().waitFor();
    expect(await page.locator('.review-mark').count()).toBe(0);
  });
});
