/**
 * Random and hostile addresses: a few hundred generated query strings never crash the page and never run
 * anything they carry; whatever is invalid falls back to its default.
 *
 * Each batch opens two pages as a reader opens a link, at its first full-page address and at its first
 * embed address; the app is then taken through the batch's other addresses by the history, as back and
 * forward take it (the address changes, then `popstate`), so every address is read by the running app and
 * applied to its loaded data without a page load of its own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './use-browser';

const browser = useBrowser();

const PAYLOADS = [
  '<img src=x onerror=pwned()>',
  '"><script>pwned()</script>',
  'javascript:pwned()',
  "');pwned();//",
  '${pwned()}',
  '%00',
  '\u202e\u0000',
  '../../etc/passwd',
  '1e308,1e308,1e308',
  'NaN,NaN,NaN',
  '-0,-0,-0',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
  '٣٥٫٤,٣٥٫٩,٧',
];
const NAMES = [
  'place',
  'quote',
  'view',
  'lang',
  'embed',
  'kinds',
  'from',
  'to',
  'claimant',
  'stance',
  '__proto__',
];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function queries(count: number): string[] {
  const next = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(next() * 4);
    for (let j = 0; j < n; j++) {
      const value =
        next() < 0.5
          ? pick(PAYLOADS)
          : String.fromCharCode(
              ...Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * 0x3000)),
            );
      parts.push(`${encodeURIComponent(pick(NAMES))}=${encodeURIComponent(value)}`);
    }
    // Every other address is an embed, so both first views are exercised.
    if (i % 2 === 0) parts.push('embed=1');
    out.push(`?${parts.join('&')}`);
  }
  return out;
}

const ALL = queries(300);
/** Addresses per test: two page loads, and the others through the history. */
const BATCH = 30;

/** The interface language the page shows: whatever the address says, Arabic or English. */
const documentLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Waits until the page has drawn twice since now: what an address changed is rendered, effects run. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));

/**
 * Opens the first address as a link, shows the interactive map (a reader reaches for an embed's picture),
 * then moves through the others by the history, checking the language after each.
 */
async function tryAddresses([first, ...others]: string[]) {
  let ran = 0;
  const { page, errors, dialogs } = await browser.open(first, {
    prepare: (page) => page.exposeFunction('pwned', () => ran++),
  });
  await page.locator('#first-view, [data-app="ready"]').first().waitFor({ state: 'attached' });
  expect(['ar', 'en']).toContain(await documentLanguage(page));
  await page.evaluate(() => document.querySelector<HTMLElement>('.first-view__explore')?.click());
  await page.locator('[data-app="ready"]').waitFor({ state: 'attached' });
  for (const query of others) {
    await page.evaluate((search) => {
      window.history.pushState(null, '', `${window.location.pathname}${search}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    await twoFrames(page);
    expect(['ar', 'en'], query).toContain(await documentLanguage(page));
  }
  expect(ran).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors.filter((e) => e.startsWith('page:'))).toEqual([]);
}

describe('hostile addresses', () => {
  for (let start = 0; start < ALL.length; start += BATCH) {
    it(`never crash the page nor run what they carry (addresses ${start + 1}–${start + BATCH})`, async () => {
      const batch = ALL.slice(start, start + BATCH);
      // Every other address is an embed (queries()); an embed stays one, so each kind has its own page.
      await tryAddresses(batch.filter((_, i) => (start + i) % 2 === 1));
      await tryAddresses(batch.filter((_, i) => (start + i) % 2 === 0));
    });
  }
});
