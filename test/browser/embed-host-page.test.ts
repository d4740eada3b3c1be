/**
 * The embed as a newsroom page uses it: a host page on one origin, the embed on another (a plain static
 * server under a sub-path, no CORS headers), inside a sandboxed iframe under the embed's strict CSP.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/model/embed-snippet';
import { builtDataset, placeOf } from './dist-files';
import { serveDistAt, serveHostPage, type Running } from './host-page-server';
import { useBrowser, type PageOptions, type RecordedPage } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
/** The sandbox the issue names: scripts and popups, no same-origin. */
const MINIMAL_SANDBOX = 'allow-scripts allow-popups';

const browser = useBrowser();
let embedServer: Running;
let hostServer: Running;
let hostHtml = '';

beforeAll(async () => {
  embedServer = await serveDistAt('/news/maps/dalil/');
  hostServer = await serveHostPage(() => hostHtml);
});

afterAll(async () => {
  await embedServer.close();
  await hostServer.close();
});

function story(iframe: string, column = 800): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title></head>
<body style="margin:0;font-family:sans-serif"><article style="width:${column}px;margin:0 auto">
<h1>A story</h1><p>Paragraph before the map.</p>${iframe}<p>Paragraph after the map.</p></article></body></html>`;
}

/** The story's reader: an English browser on a desktop screen. */
const READER: PageOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-US' };

interface Visit extends RecordedPage {
  frame: Frame;
  /** Errors, warnings and failed responses alike, so far: the embed must cause none of them. */
  problems: () => string[];
}

/** The page's embed frame, once the page has one. */
async function embedFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('The iframe has no frame.');
  return frame;
}

async function visit(html: string): Promise<Visit> {
  hostHtml = html;
  const recorded = await browser.open(hostServer.url, READER);
  const frame = await embedFrame(recorded.page);
  await frame.waitForLoadState('load');
  const { errors, warnings, failedResponses } = recorded;
  return { ...recorded, frame, problems: () => [...errors, ...warnings, ...failedResponses] };
}

const iframeHeight = (page: Page) => page.$eval('iframe', (el) => el.getBoundingClientRect().height);
const bodyHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** How many of a sample of the base map canvas's pixels are painted (land, borders). */
function landPainted(): number {
  const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-pane canvas');
  const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; pixels && i < pixels.length; i += 4 * 97) if (pixels[i]! > 0) painted++;
  return painted;
}

function embedUrl(search: string) {
  return `${embedServer.url}?embed=1&${search}`;
}

describe('the embed in a host page on another origin', () => {
  it('opens a deep link at its place and popup, with no errors, asking nothing of any other origin', async () => {
    const src = embedUrl(`lang=en&place=${AIRBASE}`);
    const { frame, requests, problems } = await visit(
      story(embedSnippet({ src, title: 'dalil map', height: 520 })),
    );
    const name = placeOf(builtDataset(), AIRBASE).properties.name.en;
    await expect.poll(() => frame.locator('.place-popup__name').first().textContent()).toBe(name);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    const embedOrigin = new URL(embedServer.url).origin;
    const others = requests.filter((url) => url !== hostServer.url && new URL(url).origin !== embedOrigin);
    expect(others).toEqual([]);
    expect(requests.some((url) => url.endsWith('/data/dalil.js'))).toBe(true);
    // The quotes' article texts come from their chunk's script twin, as the dataset did.
    const dataset = builtDataset();
    const mention = placeOf(dataset, AIRBASE).properties.mentions[0]!;
    const sentence = mention.quote.text;
    await expect.poll(() => frame.locator('.place-popup .quote').allTextContents()).toContain(sentence);
    expect(requests.some((url) => /\/data\/texts\/[\w-]+\.js$/.test(url))).toBe(true);
    // The base map: its world level, its tiles' index and the tiles of the view, each a script twin too,
    // drawn on the canvas.
    expect(requests.some((url) => url.endsWith('/data/basemap.js'))).toBe(true);
    await expect
      .poll(() => requests.some((url) => /\/data\/basemap\/(50m|10m)\/\d+-\d+\.js$/.test(url)))
      .toBe(true);
    expect(requests.some((url) => /\/data\/basemap\/[\w/-]+\.json$/.test(url))).toBe(false);
    await expect.poll(() => frame.evaluate(landPainted)).toBeGreaterThan(100);
    expect(problems()).toEqual([]);
  });

  it('works under the minimal sandbox too, and its CSP holds', async () => {
    const src = embedUrl(`lang=ar&place=${AIRBASE}`);
    const { frame, problems } = await visit(
      story(
        `<iframe src="${src}" sandbox="${MINIMAL_SANDBOX}" title="map" style="width:100%;height:480px;border:0"></iframe>`,
      ),
    );
    await frame.locator('.place-popup__name').first().waitFor();
    const csp = await frame.$eval('meta[http-equiv="Content-Security-Policy"]', (el) =>
      el.getAttribute('content'),
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(problems()).toEqual([]);
  });

  it('tells the host the height it needs, and the snippet’s listener applies it', async () => {
    const src = embedUrl('lang=en');
    const { page, frame } = await visit(story(embedSnippet({ src, title: 'dalil map', height: 480 })));
    await expect.poll(() => iframeHeight(page)).toBe(480);
    expect(await bodyHeight(frame)).toBe(480);
    // Squeezed below what the legend and the map need, the embed asks for more.
    await page.$eval('iframe', (el) => (el.style.height = '150px'));
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(150);
    expect(await iframeHeight(page)).toBe(await bodyHeight(frame));
  });

  it('shows the prerendered map without loading the app until the reader reaches for it', async () => {
    const src = embedUrl('lang=en');
    const { frame, requests, problems } = await visit(
      story(embedSnippet({ src, title: 'dalil map', height: 480 })),
    );
    await frame.locator('.first-view__marker').first().waitFor();
    expect(requests.some((url) => /\/assets\/app-[\w-]+\.js$/.test(url))).toBe(false);
    await frame.getByRole('button', { name: 'Explore the map' }).click();
    await frame.locator('.leaflet-marker-icon[data-place-id]').first().waitFor();
    expect(await frame.locator('#first-view').count()).toBe(0);
    expect(problems()).toEqual([]);
  });

  it('says so when it cannot load its data, instead of showing a blank map', async () => {
    const src = embedUrl(`lang=en&place=${AIRBASE}`);
    hostHtml = story(embedSnippet({ src, title: 'dalil map', height: 480 }));
    const { page } = await browser.open(hostServer.url, {
      ...READER,
      prepare: (page) =>
        page.route('**/data/dalil.js', (route) => route.fulfill({ status: 404, body: 'gone' })),
    });
    const alert = (await embedFrame(page)).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('could not be loaded');
  });

  it('follows the host’s language message and ignores malformed ones', async () => {
    const src = embedUrl('lang=en');
    const { page, frame, problems } = await visit(
      story(embedSnippet({ src, title: 'dalil map', height: 480 })),
    );
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage({ type: 'dalil:language', language: 'xx' }, '*');
      target.postMessage('<img src=x onerror=alert(1)>', '*');
      target.postMessage({ type: 'dalil:language', language: 'ar' }, '*');
    });
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await frame.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(problems()).toEqual([]);
  });

  for (const column of [360, 700, 800, 1000, 1280]) {
    it(`keeps the host’s height while an article is read in a ${column} px column, and after`, async () => {
      const src = embedUrl(`lang=en&place=${AIRBASE}`);
      const { page, frame, problems } = await visit(
        story(embedSnippet({ src, title: 'dalil map', height: 480 }), column),
      );
      const heights: number[] = [];
      await page.exposeFunction('recordHeight', (height: number) => heights.push(height));
      await page.evaluate(() => {
        const record = (window as unknown as { recordHeight: (h: number) => void }).recordHeight;
        window.addEventListener('message', (event: MessageEvent<{ 'datawrapper-height'?: object }>) => {
          const heights = event.data['datawrapper-height'];
          if (heights) for (const height of Object.values(heights)) record(Number(height));
        });
      });
      await frame.locator('.place-popup__name').first().waitFor();
      await frame.getByRole('button', { name: 'Read in context' }).first().click();
      await frame.locator('.article-panel').waitFor();
      // The article opens over the map and scrolls there: the frame keeps the height the host gave it.
      await expect.poll(() => iframeHeight(page)).toBe(480);
      await frame.locator('.article-panel').press('Escape');
      await frame.locator('.article-panel').waitFor({ state: 'detached' });
      await frame.locator('.place-popup').press('Escape');
      await expect.poll(() => frame.locator('.place-popup').count()).toBe(0);
      await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(await iframeHeight(page)).toBe(480);
      expect(heights.every((height) => height <= 480)).toBe(true);
      expect(problems()).toEqual([]);
    });
  }

  it('shrinks back to the host’s height once it no longer needs more', async () => {
    const src = embedUrl('lang=en');
    const { page, frame } = await visit(story(embedSnippet({ src, title: 'dalil map', height: 480 }), 360));
    await expect.poll(() => iframeHeight(page)).toBe(480);
    // The host squeezes the frame: the embed asks for what its legend and map need...
    await page.$eval('iframe', (el) => (el.style.height = '150px'));
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(150);
    const needed = await iframeHeight(page);
    // ...and when the host gives it room again, it takes the host's height, not what it once asked for.
    await page.$eval('iframe', (el) => (el.style.height = '600px'));
    await expect.poll(() => bodyHeight(frame)).toBe(600);
    expect(needed).toBeLessThan(600);
    expect(await iframeHeight(page)).toBe(600);
  });

  it('answers a valid message at once after a flood of others', async () => {
    const src = embedUrl('lang=en');
    const { page, frame, problems } = await visit(
      story(embedSnippet({ src, title: 'dalil map', height: 480 })),
    );
    await page.evaluate((place) => {
      const target = document.querySelector('iframe')!.contentWindow!;
      for (let i = 0; i < 20_000; i++) {
        target.postMessage({ type: 'dalil:select', place: i % 2 ? 'latakia' : 'tartus' }, '*');
        target.postMessage({ noise: i }, '*');
      }
      target.postMessage({ type: 'dalil:select', place }, '*');
    }, AIRBASE);
    const name = placeOf(builtDataset(), AIRBASE).properties.name.en;
    await expect.poll(() => frame.locator('.place-popup__name').first().textContent()).toBe(name);
    expect(problems()).toEqual([]);
  });
});
