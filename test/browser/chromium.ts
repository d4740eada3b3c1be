/**
 * The one way the tests and the benchmarks start Chromium: the system's headless Debian build, with the
 * same flags whoever drives it (playwright-core here, chrome-launcher for Lighthouse).
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, no sandbox (containers), and none of the background traffic a fresh profile starts. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

export interface Viewport {
  width: number;
  height: number;
}

export const WIDE: Viewport = { width: 1280, height: 800 };
export const NARROW: Viewport = { width: 375, height: 740 };

/**
 * The browser's preferred language, which picks the interface language when the URL has no `lang`:
 * Arabic unless a test says otherwise (Chromium's own default would be English).
 */
export const READER_LOCALE = 'ar';
