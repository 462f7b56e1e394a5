// Debian's Chromium with the built extension, through playwright-core.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserBinary, builtExtension } from './paths';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromium({ headless = true } = {}): Promise<ChromiumWithExtension> {
  const ext = builtExtension('chrome-mv3');
  const profile = await mkdtemp(join(tmpdir(), 'factlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserBinary('chromium'),
    // Playwright's headless: true is Chromium's new headless mode, the one that runs extensions.
    headless,
    viewport: { width: 1100, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
