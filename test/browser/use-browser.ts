/**
 * How every browser test file reaches Chromium. `useBrowser()`, called at the top of a file, launches one
 * Chromium for the file's tests and closes it after them. Each page opens in a context of its own (no
 * cache, storage or permissions shared between tests), closed when the test that opened it ends, and
 * records what a reader's browser would see: every request, error, warning, failed response and dialog.
 * The site is the production build in `dist/`, served by the global setup (serve-dist.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Dataset } from '../../geo/contract';
import { launchChromium, READER_LOCALE, WIDE, type Viewport } from './chromium';
import { waitForMarkers } from './map-actions';

export interface PageOptions {
  viewport?: Viewport;
  /** The browser's preferred language: READER_LOCALE unless a test says otherwise. */
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Served in place of the built `data/dalil.json`. */
  dataset?: Dataset;
  /** Done before the page loads anything: routes to answer, functions to expose, listeners. */
  prepare?: (page: Page) => Promise<unknown>;
}

export interface RecordedPage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
  /** Console messages of type warning. */
  warnings: string[];
  /** Responses with an HTTP error status, with their URL. */
  failedResponses: string[];
  /** The message of every dialog (alert, confirm, prompt) the page opened; each is dismissed. */
  dialogs: string[];
}

export interface BrowserSession {
  /** The built site's URL, ending in `/`. */
  readonly baseUrl: string;
  /** A fresh page in a fresh context, not yet loaded. */
  newPage(options?: PageOptions): Promise<RecordedPage>;
  /** A fresh page loaded at `address`: a query or path under the site, or an absolute URL. */
  open(address?: string, options?: PageOptions): Promise<RecordedPage>;
  /** The app at `query` (e.g. `?lang=en`), once its markers are on the map and its fonts are loaded. */
  openApp(query?: string, options?: PageOptions): Promise<RecordedPage>;
}

function record(page: Page): RecordedPage {
  const recorded: RecordedPage = {
    page,
    requests: [],
    errors: [],
    warnings: [],
    failedResponses: [],
    dialogs: [],
  };
  page.on('request', (request) => recorded.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning') recorded.warnings.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => recorded.errors.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      recorded.failedResponses.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    recorded.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return recorded;
}

export function useBrowser(): BrowserSession {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function newPage({
    viewport = WIDE,
    locale = READER_LOCALE,
    reducedMotion = 'no-preference',
    dataset,
    prepare,
  }: PageOptions = {}): Promise<RecordedPage> {
    if (!browser) throw new Error('Pages open inside tests: Chromium starts in the beforeAll hook.');
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale, reducedMotion });
    contexts.push(context);
    const recorded = record(await context.newPage());
    if (dataset) await recorded.page.route('**/data/dalil.json', (route) => route.fulfill({ json: dataset }));
    await prepare?.(recorded.page);
    return recorded;
  }

  async function open(address = '', options?: PageOptions): Promise<RecordedPage> {
    const recorded = await newPage(options);
    await recorded.page.goto(/^[a-z]+:/i.test(address) ? address : `${baseUrl}${address}`);
    return recorded;
  }

  async function openApp(query = '', options?: PageOptions): Promise<RecordedPage> {
    const recorded = await open(query, options);
    await waitForMarkers(recorded.page);
    // The app has taken over from the first view (the base map drawn): what a reader does now, it answers.
    await recorded.page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await recorded.page.evaluate(() => document.fonts.ready);
    return recorded;
  }

  return { baseUrl, newPage, open, openApp };
}
