/**
 * Preview and publish from the desk, as an editor does it: the map previewed as readers will see it (all
 * the evidence, or only what was verified; the full page or the embed), then the whole site downloaded as
 * a zip, unpacked and served by a plain static server, where the map shows the editor's data, its first
 * view drawn for it; and the embed code for the address it will live at.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../geo/contract';
import { SiteKitSchema } from '../../src/first-view/site-page';
import * as v from 'valibot';
import { builtDataset, DIST_DIR } from './dist-files';
import { serveDirAt, type Running } from './host-page-server';
import { axeViolations } from './axe';
import { useBrowser } from './use-browser';

const browser = useBrowser();
const servers: Running[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

const TEXT =
  'Russian jets struck targets near Latakia on Monday, officials in Damascus said. Warships were deployed to Tartus.';

async function addArticle(page: Page) {
  await page.getByLabel('Article text').fill(TEXT);
  await page.getByLabel('Title').fill('Ships and jets');
  await page.getByLabel('Published').fill('2015-09-20');
  await page.getByRole('button', { name: 'Add the article' }).click();
  await page.getByRole('button', { name: 'Tartus (Automatic)' }).waitFor();
}

const PREVIEW = 'Preview of the map as readers will see it';
const placeMarkers = (frame: FrameLocator) => frame.locator('.leaflet-marker-icon[data-place-id]');
const placeIdsIn = (frame: FrameLocator) =>
  placeMarkers(frame).evaluateAll((markers) => markers.map((m) => (m as HTMLElement).dataset.placeId));

describe('preview and publish on the desk', () => {
  it('is served a site kit that lists every file of the built site', () => {
    const kit = v.parse(SiteKitSchema, JSON.parse(readFileSync(`${DIST_DIR}desk/site-kit.json`, 'utf8')));
    const built = readdirSync(DIST_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(DIST_DIR.length))
      .sort();
    expect(kit.files).toEqual(built);
    expect(built).toContain(kit.stylesheet);
  });

  it('previews the map with all the evidence or only what an editor verified, full page or embedded', async () => {
    const { page, requests, errors } = await browser.open('desk/?lang=en');
    await addArticle(page);
    await page.getByRole('button', { name: 'Tartus (Automatic)' }).click();
    await page.getByRole('button', { name: 'Verify the place' }).click();
    await page.getByRole('button', { name: 'Tartus (Verified)' }).waitFor();

    await page.getByRole('button', { name: 'Preview and publish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview and publish the map' });
    await dialog.getByRole('radio', { name: /^All evidence: 3 places/ }).waitFor();
    const frame = page.frameLocator(`iframe[title="${PREVIEW}"]`);
    await placeMarkers(frame).first().waitFor({ state: 'attached' });
    // The preview shows the desk's places, not the site's own data.
    const seedIds = new Set(builtDataset().places.features.map((f) => f.properties.id));
    expect((await placeIdsIn(frame)).every((id) => id !== undefined)).toBe(true);
    expect(await frame.locator('.leaflet-marker-icon[data-place-id="moscow"]').count()).toBe(0);
    expect(seedIds.has('moscow')).toBe(true);

    await dialog.getByRole('radio', { name: /^Only what an editor checked: 1 place,/ }).check();
    await expect.poll(() => placeIdsIn(frame)).toEqual(['tartus']);

    await dialog.getByRole('radio', { name: 'Embedded in a story' }).check();
    await frame.locator('html[data-embed]').waitFor({ state: 'attached' });
    await expect.poll(() => placeIdsIn(frame)).toEqual(['tartus']);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Preview and publish' }).waitFor();

    expect(requests.every((url) => url.startsWith(browser.baseUrl) || url.startsWith('blob:'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('downloads the site as a zip that, unpacked on a plain static host, shows the corrected map', async () => {
    const { page, requests } = await browser.open('desk/?lang=en');
    await addArticle(page);
    // Damascus is where officials spoke: the editor takes it off the map.
    await page.getByRole('button', { name: 'Damascus (Automatic)' }).click();
    await page.getByLabel('What is it?').selectOption('other');
    await page.getByRole('button', { name: 'Not a place here' }).click();
    await page.getByRole('button', { name: 'Damascus (Unresolved)' }).waitFor();

    await page.getByRole('button', { name: 'Preview and publish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview and publish the map' });
    const [file] = await Promise.all([
      // The site is some 3,300 files, most of them the base map's tiles and their script twins.
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: 'Download the site (.zip)' }).click(),
    ]);
    await dialog.getByText(/^dalil-site-\d{4}-\d{2}-\d{2}\.zip is ready/).waitFor();
    expect(file.suggestedFilename()).toMatch(/^dalil-site-.*\.zip$/);

    const files = unzipSync(readFileSync(await file.path()));
    const dir = `${mkdtempSync(join(tmpdir(), 'dalil-site-'))}/`;
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['index.html', 'data/dalil.json', 'desk/index.html']),
    );

    // The data in the zip is the editor's, and passes the contract (every quote verbatim).
    const parsed = parseDataset(JSON.parse(new TextDecoder().decode(files['data/dalil.json'])));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const ids = parsed.dataset.places.features.map((f) => f.properties.id).sort();
    expect(ids).toEqual(['latakia', 'tartus']);
    expect(parsed.dataset.unresolved.map((u) => u.text)).toContain('Damascus');

    const site = await serveDirAt(dir, '/news/maps/');
    servers.push(site);
    // The embed's first view, drawn before any script, shows the editor's places.
    const embed = await browser.open(`${site.url}?embed=1&lang=en`);
    const pictured = await embed.page
      .locator('#first-view [data-place-id]')
      .evaluateAll((markers) => markers.map((m) => (m as HTMLElement).dataset.placeId).sort());
    expect(pictured).toEqual(ids);

    // The full page runs on the zip's files alone: the editor's places on the map, nothing from elsewhere.
    const full = await browser.open(`${site.url}?lang=en`);
    await full.page.locator('.leaflet-marker-icon[data-place-id]').first().waitFor({ state: 'attached' });
    const shown = await full.page
      .locator('.leaflet-marker-icon[data-place-id]')
      .evaluateAll((markers) => markers.map((m) => (m as HTMLElement).dataset.placeId));
    expect(shown.every((id) => id !== undefined && ids.includes(id))).toBe(true);
    expect(full.requests.every((url) => url.startsWith(site.url))).toBe(true);
    expect(full.errors).toEqual([]);
    expect(full.failedResponses).toEqual([]);
    expect(requests.every((url) => url.startsWith(browser.baseUrl) || url.startsWith('blob:'))).toBe(true);
  }, 180_000);

  it('writes the embed code for the address the site will be hosted at', async () => {
    const { page } = await browser.open('desk/?lang=en');
    await addArticle(page);
    await page.getByRole('button', { name: 'Preview and publish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview and publish the map' });
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await code.inputValue()).toContain(`src="${browser.baseUrl}?embed=1&amp;lang=en"`);
    await dialog.getByLabel('Address where the site will be hosted').fill('https://news.example/maps/syria/');
    await dialog.getByLabel('Height (pixels)').fill('600');
    const written = await code.inputValue();
    expect(written).toContain('src="https://news.example/maps/syria/?embed=1&amp;lang=en"');
    expect(written).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(written).toContain('height="600"');
    // Not an address: no code to paste, and nothing to copy.
    await dialog.getByLabel('Address where the site will be hosted').fill('not an address');
    expect(await code.inputValue()).toBe('');
    expect(await dialog.getByRole('button', { name: 'Copy the code' }).isDisabled()).toBe(true);
  });
});
