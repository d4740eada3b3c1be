/**
 * Random and hostile addresses: a few hundred generated query strings never crash the page and never run
 * anything they carry; whatever is invalid falls back to its default.
 */
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
const BATCH = 75;

describe('hostile addresses', () => {
  for (let start = 0; start < ALL.length; start += BATCH) {
    it(`never crash the page nor run what they carry (addresses ${start + 1}–${start + BATCH})`, async () => {
      let ran = 0;
      const { page, errors, dialogs } = await browser.newPage({
        prepare: (page) => page.exposeFunction('pwned', () => ran++),
      });
      for (const query of ALL.slice(start, start + BATCH)) {
        await page.goto(`${browser.baseUrl}${query}`, { waitUntil: 'load' });
        await page.locator('#first-view, [data-app="ready"]').first().waitFor({ state: 'attached' });
        const lang = await page.evaluate(() => document.documentElement.lang);
        expect(['ar', 'en']).toContain(lang);
      }
      expect(ran).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors.filter((e) => e.startsWith('page:'))).toEqual([]);
    });
  }
});
