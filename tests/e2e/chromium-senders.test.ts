// What a compromised renderer can send: a message from the content script's own world of a page
// (reached through the DevTools protocol, as code running there would) asking the background for
// the fact base or to change it is refused; a check is answered. The built Chrome MV3 extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { PAGES_DIR, screenshotPath } from './support/paths';
import { servePages, type PageServer } from './support/server';

describe('Chromium: messages from a page\'s content script', () => {
  let browser: ChromiumWithExtension;
  let server: PageServer;
  let page: Page;
  let cdp: CDPSession;
  let contentWorld = 0;

  /** Sends a background message, in the wire format of lib/ext/guarded-messaging.ts, from the content script's world. */
  const sendFromContentScript = async (type: string, data?: unknown) => {
    const expression = `chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data: ${JSON.stringify(data ?? null)}, timestamp: Date.now() })`;
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: contentWorld, awaitPromise: true, returnByValue: true })) as { result: { value?: { res?: unknown; err?: { message: string } } } };
    return r.result.value;
  };
  const stats = async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // the counts, the table's "N of N facts", and the settings' choices
    await options.locator('dl.counts').first().waitFor();
    await options.getByText(/of \d+ facts/).first().waitFor();
    const text = [await options.locator('dl.counts').first().innerText(), await options.getByText(/of \d+ facts/).first().innerText()];
    const checked = await options.locator('input:checked').evaluateAll((els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e.closest('label')?.textContent ?? '').trim()}`));
    await options.close();
    return [...text, ...checked].join(' | ');
  };

  beforeAll(async () => {
    server = await servePages(PAGES_DIR);
    browser = await launchChromium();
    page = await browser.context.newPage();
    cdp = await browser.context.newCDPSession(page);
    const worlds: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    await page.goto(server.url('001-en.html'));
    // the content script has run once the page is marked
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, undefined, { timeout: 30_000 });
    const own = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${browser.extensionId}`);
    if (!own) throw new Error(`no content script world among ${JSON.stringify(worlds.map((w) => [w.name, w.origin]))}`);
    contentWorld = own.id;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the background refuses to list, replace, reset or reconfigure the fact base; it answers checks', async () => {
    const before = await stats();
    expect(before).toMatch(/^documents\s+5\s+facts\s+\d+[^|]*\| \d+ of \d+ facts \| .*fl-match-colour=Teal.*fl-conflict-colour=Red/s);
    for (const [type, data] of [
      ['listFacts', undefined],
      ['documentTexts', ['000_3d9744cf5ae48081.txt']],
      ['importFacts', { facts: [], mode: 'replace' }],
      ['resetToCorpus', undefined],
      ['setDisplaySettings', { kinds: [], showMatches: false, matchColour: 'blue', conflictColour: 'orange', uiLang: 'fr' }],
      ['setSitePaused', { url: 'https://other.example/', paused: true }],
    ] as const) {
      const reply = await sendFromContentScript(type, data);
      expect([type, reply?.res, reply?.err?.message]).toEqual([type, undefined, `"${type}" is accepted only from the extension's own pages, not from a page's content script`]);
    }
    for (const type of ['__proto__', 'constructor']) expect(await sendFromContentScript(type, {})).toBeUndefined();
    const check = await sendFromContentScript('checkPage', { text: 'The Hanoi Convention was signed in Hanoi.', url: page.url() });
    expect(check?.err).toBeUndefined();
    expect((check?.res as { lang: string }).lang).toBe('en');
    expect(await stats()).toBe(before);
    await page.screenshot({ path: screenshotPath('chromium-senders-page') });
  }, 120_000);
});
