// One small interface over Playwright (Chromium) and Puppeteer (Firefox), so both browsers run the
// very same end-to-end scenario.
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';

export interface DriverPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Text of the first element matching the selector, once it exists. */
  textOf(selector: string): Promise<string>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** The viewport as a PNG, in memory (to read the colours drawn). */
  screenshotPng(): Promise<Uint8Array>;
  setViewport(width: number, height: number): Promise<void>;
  /** Moves the real mouse pointer to viewport coordinates. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key (e.g. "Escape") in the page. */
  press(key: string): Promise<void>;
  /** Runs a script's source in the page's main world (e.g. a library to inject). */
  addScript(source: string): Promise<void>;
  /** Console errors and uncaught exceptions reported by the page so far. */
  errors(): string[];
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  /** Opens a tab; `init` runs in the page's main world before any page script. */
  newPage(init?: () => void): Promise<DriverPage>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

function playwrightPage(page: PwPage): DriverPage {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    addScript: async (source) => void (await page.evaluate(source)),
    errors: () => [...errors],
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    textOf: async (selector) => (await page.locator(selector).first().textContent({ timeout: 30_000 })) ?? '',
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
    screenshotPng: () => page.screenshot({ type: 'png' }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

/**
 * Firefox never answers WebDriver BiDi's navigate command for moz-extension:// pages (the load is
 * not reported: see mozilla/firefox-devtools-mcp#87), so that navigation is started without being
 * awaited and its completion is read from the page itself.
 */
async function puppeteerGoto(page: PpPage, url: string): Promise<void> {
  if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
  page.goto(url, { timeout: 0 }).catch(() => {}); // settles (with "frame detached") when the page closes
  // Poll by hand: while the document is being replaced, BiDi's script.evaluate can fail with a
  // protocol error ("right-hand side of 'in' should be an object"), which ends waitForFunction.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const done = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (done) return;
    if (Date.now() > deadline) throw new Error(`Firefox did not finish loading ${url} within 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function puppeteerPage(page: PpPage): DriverPage {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    addScript: async (source) => void (await page.evaluate(source)),
    errors: () => [...errors],
    goto: (url) => puppeteerGoto(page, url),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    textOf: async (selector) => {
      const el = await page.waitForSelector(selector, { timeout: 30_000 });
      return (await el!.evaluate((e) => e.textContent)) ?? '';
    },
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    screenshotPng: () => page.screenshot({ type: 'png' }),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

export async function chromiumDriver(): Promise<Driver> {
  const chrome = await launchChromium();
  const context: BrowserContext = chrome.context;
  return {
    name: 'chromium',
    async newPage(init) {
      const page = await context.newPage();
      if (init) await page.addInitScript(init);
      return playwrightPage(page);
    },
    extensionUrl: (path) => `chrome-extension://${chrome.extensionId}/${path.replace(/^\//, '')}`,
    close: () => chrome.close(),
  };
}

export async function firefoxDriver(): Promise<Driver> {
  const firefox = await launchFirefox();
  return {
    name: 'firefox',
    async newPage(init) {
      const page = await firefox.browser.newPage();
      if (init) await page.evaluateOnNewDocument(init);
      return puppeteerPage(page);
    },
    extensionUrl: firefox.extensionUrl,
    close: () => firefox.close(),
  };
}
