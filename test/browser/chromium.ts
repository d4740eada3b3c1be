/**
 * The one way browser tests start Chromium (the system's headless Debian build, through playwright-core),
 * and open a page that records what a reader's browser would do: every request, console error and
 * uncaught exception.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface RecordedPage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
}

export const WIDE = { width: 1280, height: 800 };
export const NARROW = { width: 375, height: 740 };

/**
 * The browser's preferred language, which picks the interface language when the URL has no `lang`:
 * Arabic unless a test says otherwise (Chromium's own default would be English).
 */
export const READER_LOCALE = 'ar';

/** A fresh page (own context: no cache shared between tests) that records requests and errors. */
export async function openRecordedPage(
  browser: Browser,
  viewport = WIDE,
  { locale = READER_LOCALE, reducedMotion = 'no-preference' as 'reduce' | 'no-preference' } = {},
): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale, reducedMotion });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return { page, requests, errors };
}

/** Waits until the map shows its markers (the dataset loaded and validated). */
export async function waitForMarkers(page: Page): Promise<void> {
  await page.locator('.leaflet-marker-icon[data-place-id]').first().waitFor({ state: 'attached' });
}
