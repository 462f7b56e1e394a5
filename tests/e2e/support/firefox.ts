// Debian's Firefox ESR with the built extension, through puppeteer-core (WebDriver BiDi).
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserBinary, builtExtension, GECKO_ID } from './paths';

/** Fixed moz-extension UUID, so the tests can open the extension's pages. */
export const FIREFOX_EXTENSION_UUID = '5e7f3c2a-9b1d-4c6e-8a0f-2d4b6c8e0a13';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const ext = builtExtension('firefox-mv2');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserBinary('firefox-esr'),
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    // Firefox 153 lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  await browser.installExtension(ext);
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    close: () => browser.close(),
  };
}
