/**
 * A site may serve the map under Trusted Types (`require-trusted-types-for 'script'`), where the DOM
 * refuses plain strings as script URLs and markup. The map still loads, draws, opens a place and zooms,
 * full page and sandboxed embed alike, and downloads an export, with no violation reported.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/model/embed-snippet';
import { serveDistAt, serveHostPage, type Running } from './host-page-server';
import { choosePlace } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types dalil default";

const browser = useBrowser();
let embedServer: Running;
let hostServer: Running;

beforeAll(async () => {
  embedServer = await serveDistAt('/maps/', withTrustedTypes);
  const src = `${embedServer.url}?embed=1&lang=en&place=${AIRBASE}`;
  hostServer = await serveHostPage(
    () =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title></head><body>${embedSnippet(
        { src, title: 'dalil map', height: 480 },
      )}</body></html>`,
  );
});

afterAll(async () => {
  await embedServer.close();
  await hostServer.close();
});

/** The site's page with Trusted Types enforced, added to its own policy. */
function withTrustedTypes(html: string): string {
  const enforced = html.replace(
    'http-equiv="Content-Security-Policy"\n      content="',
    `http-equiv="Content-Security-Policy"\n      content="${TRUSTED_TYPES}; `,
  );
  if (!enforced.includes(TRUSTED_TYPES)) throw new Error('The page’s policy was not found to extend.');
  return enforced;
}

/** True when the page refuses markup that is not its own: Trusted Types are enforced, not only allowed. */
function innerHtmlIsRefused(): boolean {
  try {
    document.createElement('div').innerHTML = '<b>not ours</b>';
    return false;
  } catch {
    return true;
  }
}

/** Serves the page of the built site with Trusted Types enforced. */
async function enforceTrustedTypes(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withTrustedTypes(await response.text()) });
    },
  );
}

describe('under Trusted Types', () => {
  it('loads the full page, opens a place and zooms, with no violation', async () => {
    const { page, errors } = await browser.openApp('?lang=en', { prepare: enforceTrustedTypes });
    await choosePlace(page, AIRBASE);
    await page.locator('.place-popup__name').first().waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Natural Earth');
    expect(errors).toEqual([]);
    // Last, as it is itself reported as a violation.
    expect(await page.evaluate(innerHtmlIsRefused)).toBe(true);
  });

  it('downloads an export, its builders’ script passed by the policy, with no violation', async () => {
    const { page, errors } = await browser.openApp('?lang=en', { prepare: enforceTrustedTypes });
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^GeoJSON/ }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.geojson$/);
    expect(errors).toEqual([]);
    expect(await page.evaluate(innerHtmlIsRefused)).toBe(true);
  });

  it('loads the sandboxed embed and its data scripts, with no violation', async () => {
    const { page, errors } = await browser.open(hostServer.url, { locale: 'en-US' });
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('The iframe has no frame.');
    await frame.locator('.place-popup__name').first().waitFor();
    expect(await frame.locator('.leaflet-marker-icon[data-place-id]').count()).toBeGreaterThan(1);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    expect(errors).toEqual([]);
    expect(await frame.evaluate(innerHtmlIsRefused)).toBe(true);
  });
});
