// The extension's own pages and what a reader does with a card, in both browsers: the shortcuts
// the browser really assigned (commands.getAll()) shown in the popup and the welcome page (opened
// on install), pages that read at normal size and fit French and Vietnamese, no serious axe-core
// violation on the popup, options, welcome page and card, the popup following the page live, and
// "This mark is wrong" / "Edit this fact" from a card reached by keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Driver, DriverPage } from './driver';
import { PAGES_DIR, ROOT, screenshotPath } from './paths';
import { pollUntil } from './poll';
import { readHighlights } from './probes';
import { askBackground, askTab, tabIdOf, type CardState } from './reading-probes';
import { servePages, type PageServer } from './server';
import type { DismissedFinding, Shortcut } from '@/lib/ext/messaging';
import { t } from '@/components/strings';

/** A bundled page by an outlet not in the corpus that disagrees with the fact base (the demo's). */
const PAGE = '026-vi.html';
const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');

/** Runs in an extension page: the extension's commands as the browser reports them. */
async function commandsGetAll(): Promise<Shortcut[]> {
  const g = globalThis as unknown as { browser?: { commands: { getAll(): Promise<Shortcut[]> } }; chrome?: { commands: { getAll(): Promise<Shortcut[]> } } };
  return ((await (g.browser ?? g.chrome)!.commands.getAll()) as Shortcut[]).map((c) => ({ name: c.name, description: c.description, shortcut: c.shortcut ?? '' }));
}

/** Runs in an extension page: every open tab's address. */
async function tabUrls(): Promise<string[]> {
  const g = globalThis as unknown as { browser?: { tabs: { query(q: object): Promise<{ url?: string }[]> } }; chrome?: { tabs: { query(q: object): Promise<{ url?: string }[]> } } };
  return (await (g.browser ?? g.chrome)!.tabs.query({})).map((t) => t.url ?? '');
}

/** Runs in the page (axe injected): serious and critical violations of WCAG 2 A/AA, with where. */
async function axeSerious(selector: string | null): Promise<string[]> {
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
  const r = await axe.run(selector ? { include: [[selector]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Runs in the page: the body's font size and the smallest font size of any visible text. */
function fontSizes(): { body: number; smallest: number; smallestText: string } {
  let smallest = Infinity;
  let smallestText = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !(n as Text).data.trim() || !el.checkVisibility?.()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < smallest) (smallest = size), (smallestText = (n as Text).data.trim().slice(0, 40));
  }
  return { body: parseFloat(getComputedStyle(document.body).fontSize), smallest, smallestText };
}

/** Runs in the page: buttons and table headers whose text does not fit (cut or overflowing). */
function cutTexts(): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll('button, th, legend, label')) {
    const h = el as HTMLElement;
    if (!h.checkVisibility?.() || !h.textContent?.trim()) continue;
    // A long value cut on purpose, whose whole text is in a title (the fact table's subjects).
    if (getComputedStyle(h).textOverflow === 'ellipsis' && h.closest('[title]')?.getAttribute('title')?.includes(h.textContent.trim())) continue;
    if (h.scrollWidth > h.clientWidth + 1 && getComputedStyle(h).overflow !== 'visible') out.push(`${h.tagName.toLowerCase()} “${h.textContent.trim()}” (${h.scrollWidth} > ${h.clientWidth})`);
  }
  return out;
}

export function describePages(makeDriver: () => Promise<Driver>) {
  let driver: Driver;
  let server: PageServer;
  let ext: DriverPage;
  let name = '';

  beforeAll(async () => {
    server = await servePages(PAGES_DIR);
    driver = await makeDriver();
    name = driver.name;
    ext = await driver.newPage();
    await ext.goto(driver.extensionUrl('popup.html'));
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const setLang = (uiLang: string) =>
    ext.evaluate(async (l) => {
      const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown }> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown }> } } };
      const api = (g.browser ?? g.chrome)!;
      const send = async (type: string, data?: unknown) => (await api.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }))?.res;
      const s = (await send('getDisplaySettings')) as Record<string, unknown>;
      await send('setDisplaySettings', { ...s, uiLang: l });
    }, uiLang);

  /** A bundled page, open and marked; its tab id; and a reader of its card. */
  async function openPage(query = '', need: 'conflict' | 'any' = 'conflict') {
    const url = `${server.url(PAGE)}${query}`;
    const page = await driver.newPage();
    await page.goto(url);
    const tabId = await ext.evaluate(tabIdOf, url);
    await pollUntil(() => page.evaluate(readHighlights), (h) => (h.conflict?.length ?? 0) > 0 || (need === 'any' && (h.match?.length ?? 0) > 0), { what: `marks on ${PAGE}` });
    const card = () => ext.evaluate(askTab, { tabId, type: 'getCardState' }) as Promise<CardState>;
    return { page, url, tabId, card };
  }

  /** Opens the first conflict's card as the next-mark shortcut does (it takes focus). */
  async function openByKeyboard(tabId: number, card: () => Promise<CardState>) {
    await ext.evaluate(askBackground, { type: 'navigateTab', data: { tabId, direction: 'next' } });
    return (await pollUntil(card, (c) => c.open && c.focused, { what: 'a focused card' })) as Extract<CardState, { open: true }>;
  }

  /** Tabs through the card until `label` has the focus. */
  async function tabTo(page: DriverPage, card: () => Promise<CardState>, label: string) {
    for (let i = 0; i < 12; i++) {
      const c = await card();
      if (c.open && c.focusedText === label) return;
      await page.press('Tab');
    }
    throw new Error(`could not reach “${label}” with Tab`);
  }

  it('the browser assigns both shortcuts; the popup lists them as assigned', async () => {
    const commands = await ext.evaluate(commandsGetAll);
    console.log(`[${name}] commands.getAll(): ${commands.map((c) => `${c.name}=${c.shortcut || '(not set)'}`).join(', ')}`);
    const get = (n: string) => commands.find((c) => c.name === n)?.shortcut;
    expect(get('next-mark')).toMatch(/J$/);
    expect(get('previous-mark')).toMatch(/K$/);
    const popup = await driver.newPage();
    await popup.goto(driver.extensionUrl('popup.html'));
    expect(await popup.textOf('.fl-shortcuts [data-command="next-mark"] kbd')).toBe(get('next-mark'));
    expect(await popup.textOf('.fl-shortcuts [data-command="previous-mark"] kbd')).toBe(get('previous-mark'));
    await popup.close();
  });

  it('opens the welcome page on install; it shows the shortcuts in the chosen language', async () => {
    const urls = await pollUntil(() => ext.evaluate(tabUrls), (u) => u.some((x) => x.endsWith('/welcome.html')), { what: 'the welcome page', timeout: 15_000 });
    expect(urls.filter((u) => u.endsWith('/welcome.html'))).toHaveLength(1);
    for (const lang of ['fr', 'vi', 'auto']) {
      await setLang(lang);
      const welcome = await driver.newPage();
      await welcome.setViewport(1100, 900);
      await welcome.goto(driver.extensionUrl('welcome.html'));
      await welcome.textOf('.fl-shortcuts [data-command="next-mark"] kbd');
      // (the page reads the setting after its first render: wait for it, the same value)
      const want = lang === 'auto' ? 'en' : lang;
      const lang_ = await pollUntil(() => welcome.evaluate(() => document.documentElement.lang), (l) => l === want, { what: `the welcome page in ${want}`, timeout: 10_000 });
      expect(lang_).toBe(want);
      if (lang !== 'auto') await welcome.screenshot(screenshotPath(`${name}-welcome-${lang}`), true);
      await welcome.close();
    }
  });

  it('its pages read at normal size (body 15 px, nothing under 12 px) and fit French and Vietnamese', async () => {
    const pages: [string, number, number][] = [['popup.html', 400, 700], ['options.html', 1280, 900], ['welcome.html', 1100, 900]];
    try {
      for (const lang of ['en', 'fr', 'vi']) {
        await setLang(lang);
        for (const [path, w, h] of pages) {
          const p = await driver.newPage();
          await p.setViewport(w, h);
          await p.goto(driver.extensionUrl(path));
          await p.textOf(path === 'options.html' ? '.fl-table tbody tr' : 'h1');
          await new Promise((r) => setTimeout(r, 300));
          const sizes = await p.evaluate(fontSizes);
          expect(sizes.body, `${path} body`).toBeGreaterThanOrEqual(14);
          expect(sizes.smallest, `${path}: “${sizes.smallestText}”`).toBeGreaterThanOrEqual(12);
          expect(await p.evaluate(cutTexts), `${path} in ${lang}`).toEqual([]);
          if (lang !== 'en' && path !== 'welcome.html') await p.screenshot(screenshotPath(`${name}-${path.replace('.html', '')}-${lang}`), path === 'options.html');
          await p.close();
        }
      }
    } finally {
      await setLang('auto');
    }
  });

  it('axe-core finds no serious violation on the popup, the options page, the welcome page and a mark card', async () => {
    const { page, tabId, card } = await openPage('?axe');
    const found: Record<string, string[]> = {};
    for (const path of ['popup.html', `popup.html?tab=${tabId}`, 'options.html', 'welcome.html']) {
      const p = await driver.newPage();
      await p.goto(driver.extensionUrl(path));
      await p.textOf('h1');
      await new Promise((r) => setTimeout(r, 500));
      await p.addScript(AXE);
      found[path] = await p.evaluate(axeSerious, null);
      await p.close();
    }
    // The card lives in a closed shadow root the page (and axe there) cannot enter: its markup and
    // styles, as the content script rendered them, are checked in an open root on a blank page.
    const c = await openByKeyboard(tabId, card);
    const blank = await driver.newPage();
    await blank.goto('about:blank');
    await blank.evaluate((html) => {
      document.documentElement.lang = 'en';
      document.title = 'card';
      const host = document.createElement('div');
      host.id = 'card';
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = html;
      const pop = host.shadowRoot!.querySelector('.fl-popover') as HTMLElement;
      pop.style.position = 'static';
    }, c.html);
    await blank.addScript(AXE);
    found.card = await blank.evaluate(axeSerious, null);
    await Promise.all([blank.close(), page.close()]);
    console.log(`[${name}] axe-core serious/critical violations: ${Object.entries(found).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
    expect(found).toEqual({ 'popup.html': [], [`popup.html?tab=${tabId}`]: [], 'options.html': [], 'welcome.html': [], card: [] });
  });

  it('the card speaks the chosen language (French, Vietnamese)', async () => {
    try {
      for (const lang of ['fr', 'vi'] as const) {
        await setLang(lang);
        const { page, tabId, card } = await openPage(`?${lang}`);
        const c = await openByKeyboard(tabId, card);
        expect(c.lang).toBe(lang);
        for (const key of ['mark.conflict', 'mark.onPage', 'mark.wrong', 'mark.edit'] as const) expect(c.text).toContain(t(lang, key));
        expect(c.text).toContain(t(lang, 'mark.position', { index: 1, total: Number(c.position?.match(/\d+$/)?.[0]) }));
        await page.screenshot(screenshotPath(`${name}-card-${lang}`));
        await page.close();
      }
    } finally {
      await setLang('auto');
    }
  });

  it('the popup follows the page live: paused, then resumed, without reopening it', async () => {
    const { page, url, tabId } = await openPage('?live');
    const popup = await driver.newPage();
    await popup.goto(driver.extensionUrl(`popup.html?tab=${tabId}`));
    const conflicts = Number(await popup.textOf('[data-count="conflicts"]'));
    expect(conflicts).toBeGreaterThan(0);
    await popup.textOf('.fl-findings-list li');
    await ext.evaluate(askBackground, { type: 'setSitePaused', data: { url, paused: true } });
    try {
      await pollUntil(() => popup.evaluate(() => ({ paused: !!document.querySelector('[data-status="paused"]'), list: !!document.querySelector('.fl-findings-list') })), (s) => s.paused && !s.list, { what: 'the popup to say paused and drop the list', timeout: 5000 });
    } finally {
      await ext.evaluate(askBackground, { type: 'setSitePaused', data: { url, paused: false } });
    }
    await pollUntil(() => popup.evaluate(() => document.querySelector('[data-count="conflicts"]')?.textContent ?? null), (t) => t === String(conflicts), { what: 'the popup to show the counts again', timeout: 8000 });
    expect(await popup.evaluate(() => !!document.querySelector('[data-status="paused"]'))).toBe(false);
    await Promise.all([popup.close(), page.close()]);
  });

  it('“This mark is wrong” hides the finding on every page until it is restored in the options; “Edit this fact” opens the options on it', async () => {
    const { page, tabId, card } = await openPage('?wrong');
    const before = await page.evaluate(readHighlights);
    const c = await openByKeyboard(tabId, card);
    const text = c.markText;
    expect(before.conflict).toContain(text);
    await tabTo(page, card, 'This mark is wrong');
    await page.press('Enter');
    const after = await pollUntil(() => page.evaluate(readHighlights), (h) => !(h.conflict ?? []).includes(text), { what: `the mark “${text}” to go` });
    expect(after.match).toEqual(before.match);
    const listed = (await ext.evaluate(askBackground, { type: 'listDismissed', data: undefined })) as DismissedFinding[];
    expect(listed.map((d) => d.text)).toEqual([text]);
    // Remembered: the page opened again is marked without it.
    const again = await openPage('?again', 'any');
    await new Promise((r) => setTimeout(r, 500));
    expect((await again.page.evaluate(readHighlights)).conflict ?? []).not.toContain(text);
    await again.page.close();
    // The options list it, and restore it.
    const options = await driver.newPage();
    await options.goto(driver.extensionUrl('options.html'));
    expect(await options.textOf('.fl-dismissed-table tbody th')).toContain(text);
    await options.screenshot(screenshotPath(`${name}-options-hidden-marks`), true);
    await options.evaluate(() => (document.querySelector('.fl-dismissed-table tbody button') as HTMLButtonElement).click());
    await pollUntil(() => ext.evaluate(askBackground, { type: 'listDismissed', data: undefined }) as Promise<unknown[]>, (l) => l.length === 0, { what: 'the mark restored' });
    await options.close();
    const back = await openPage('?back');
    expect((await back.page.evaluate(readHighlights)).conflict).toContain(text);
    // "Edit this fact": the options page opens on that fact's form.
    const c2 = await openByKeyboard(back.tabId, back.card);
    await tabTo(back.page, back.card, 'Edit this fact');
    await back.page.press('Enter');
    const urls = await pollUntil(() => ext.evaluate(tabUrls), (u) => u.some((x) => x.includes('options.html#fact=')), { what: 'the options page on the fact' });
    const target = urls.find((u) => u.includes('options.html#fact='))!;
    expect(decodeURIComponent(target.split('#fact=')[1])).toBe(c2.factId);
    const form = await driver.newPage();
    await form.goto(target);
    expect(await form.textOf('.fl-editor h2')).toMatch(/Edit the fact/);
    await form.screenshot(screenshotPath(`${name}-options-edit-fact`));
    await Promise.all([form.close(), back.page.close(), page.close()]);
  });
}
