// End-to-end scenario of issue 6, run in both browsers: the popup's search and page list, and the
// options page's add / edit / delete / undo, import of a broken file, export then import. The
// pages are driven through their DOM (what a user's clicks and keys do), in the built extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, DriverPage } from './driver';
import { screenshotPath, PAGES_DIR } from './paths';
import { pollUntil } from './poll';
import { readHighlights } from './probes';
import { servePages, type PageServer } from './server';

const SAMPLE = '001-en.html';
const USER_PAGE = 'user-fact.html';
const NAME = 'Zorba Quintavalle';

/** Runs in an extension page: the id of the tab showing `url`. */
async function tabIdOf(url: string): Promise<number> {
  type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (!tab?.id) throw new Error(`no tab shows ${url}`);
  return tab.id;
}

/** In-page helpers, installed by each evaluate: typing into a field, clicking by text, picking a file. */
type Act =
  | { do: 'type'; selector: string; value: string }
  | { do: 'select'; selector: string; value: string }
  | { do: 'click'; selector: string; text?: string }
  | { do: 'file'; selector: string; name: string; text: string }
  | { do: 'key'; selector: string; key: string };

function act(a: Act): boolean {
  const all = [...document.querySelectorAll(a.selector)] as HTMLElement[];
  const el = a.do === 'click' && a.text ? all.find((e) => e.textContent?.includes(a.text!)) : all[0];
  if (!el) return false;
  if (a.do === 'type') {
    const input = el as HTMLInputElement;
    input.focus();
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, a.value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: a.value }));
  } else if (a.do === 'select') {
    (el as HTMLSelectElement).value = a.value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (a.do === 'click') {
    el.focus();
    el.click();
  } else if (a.do === 'key') {
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: a.key, bubbles: true, cancelable: true }));
  } else {
    const dt = new DataTransfer();
    dt.items.add(new File([a.text], a.name, { type: 'application/json' }));
    (el as HTMLInputElement).files = dt.files;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return true;
}

async function doAct(page: DriverPage, a: Act, what = JSON.stringify(a)) {
  await pollUntil(() => page.evaluate(act, a), (ok) => ok, { what: `element for ${what}` });
}

/** Text of all elements matching a selector, joined. */
function texts(selector: string): string {
  return [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '').join('\n');
}

const waitText = (page: DriverPage, selector: string, test: (s: string) => boolean, what: string) =>
  pollUntil(() => page.evaluate(texts, selector), test, { what });

/** Captures what the export button downloads (the anchor's blob), and accepts confirm dialogs. */
function hookDownloads(): void {
  const w = window as unknown as { __downloads: string[]; __confirms: string[] };
  w.__downloads = [];
  w.__confirms = [];
  window.confirm = (m?: string) => (w.__confirms.push(String(m)), true);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) void fetch(this.href).then((r) => r.text()).then((t) => w.__downloads.push(t));
  };
}

export function describeFactBase(makeDriver: () => Promise<Driver>) {
  let driver: Driver;
  let server: PageServer;
  let name = '';

  beforeAll(async () => {
    server = await servePages(PAGES_DIR);
    driver = await makeDriver();
    name = driver.name;
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('popup: the search finds a fact typed without diacritics; a click in the page list scrolls the page to the mark', async () => {
    const page = await driver.newPage();
    await page.setViewport(900, 360);
    await page.goto(server.url(SAMPLE));
    await pollUntil(() => page.evaluate(readHighlights), (h) => (h.match?.length ?? 0) > 2, { what: 'marks on the sample page' });
    await page.evaluate(() => window.scrollTo(0, 0));

    const popup = await driver.newPage();
    await popup.setViewport(380, 600);
    await popup.goto(driver.extensionUrl('popup.html'));
    const tabId = await popup.evaluate(tabIdOf, server.url(SAMPLE));
    await popup.goto(driver.extensionUrl(`popup.html?tab=${tabId}`));
    await doAct(popup, { do: 'type', selector: '#fl-search-input', value: 'luong cuong' });
    const first = await waitText(popup, '#fl-search-list li:first-child .fl-card', (s) => s.includes('Lương Cường') || s.includes('Luong Cuong'), 'a search result for "luong cuong"');
    expect(first).toMatch(/President|Chủ tịch|Président/);
    // Keyboard: ↓ moves the active option, Enter opens it.
    await doAct(popup, { do: 'key', selector: '#fl-search-input', key: 'Enter' });
    await waitText(popup, '#fl-search-list [aria-expanded="true"]', (s) => s.length > 0, 'the opened result card');
    await popup.screenshot(screenshotPath(`${name}-popup-search`), true);

    // The page list: conflicts first, then matches; the last one is the furthest down the page.
    await doAct(popup, { do: 'key', selector: '#fl-search-input', key: 'Escape' });
    await doAct(popup, { do: 'key', selector: '#fl-search-input', key: 'Escape' });
    const verdicts = await pollUntil(
      () => popup.evaluate(() => [...document.querySelectorAll('.fl-finding')].map((b) => b.getAttribute('data-verdict'))),
      (v) => v.length > 2,
      { what: 'the page list in the popup' },
    );
    expect(verdicts.indexOf('match')).toBeGreaterThanOrEqual(verdicts.lastIndexOf('conflict'));
    await popup.screenshot(screenshotPath(`${name}-popup-page`), true);
    const last = await popup.evaluate(() => document.querySelector('.fl-findings-list li:last-child .fl-finding-text')!.textContent!);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await doAct(popup, { do: 'click', selector: '.fl-findings-list li:last-child button' });
    const seen = await pollUntil(
      () => page.evaluate(() => {
        const h = CSS.highlights.get('factlens-focus');
        const r = h ? ([...h][0] as Range) : null;
        const box = r?.getBoundingClientRect();
        return { scrollY: window.scrollY, text: r?.toString() ?? null, top: box?.top ?? -1, bottom: box?.bottom ?? -1, height: window.innerHeight };
      }),
      (s) => s.text !== null,
      { what: 'the flashed mark on the page' },
    );
    expect(seen.text).toBe(last);
    expect(seen.scrollY).toBeGreaterThan(0);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(seen.height);
    await page.screenshot(screenshotPath(`${name}-page-revealed`));
    await popup.close();
    await page.close();
  });

  describe('options page', () => {
    let options: DriverPage;
    const count = () => options.evaluate(texts, '.fl-table-count');

    beforeAll(async () => {
      options = await driver.newPage();
      await options.setViewport(1100, 900);
      await options.goto(driver.extensionUrl('options.html'));
      await options.evaluate(hookDownloads);
      await waitText(options, '.fl-table-count', (s) => /\d+ of \d+ facts/.test(s), 'the fact table');
    });
    afterAll(() => options?.close());

    const marksOnUserPage = async (want: (h: { match: string[]; conflict: string[] }) => boolean, what: string) => {
      const page = await driver.newPage();
      await page.goto(server.url(USER_PAGE));
      const h = await pollUntil(async () => {
        const x = await page.evaluate(readHighlights);
        return { match: x.match ?? [], conflict: x.conflict ?? [] };
      }, want, { what });
      await page.close();
      return h;
    };

    it('adds a fact, which is marked on a page; edits it, deletes it, and undoes the delete', async () => {
      const before = await count();
      await doAct(options, { do: 'click', selector: '.fl-toolbar button', text: 'Add a fact' });
      await doAct(options, { do: 'select', selector: '#fl-form-kind', value: 'name' });
      await doAct(options, { do: 'type', selector: '#fl-form-subject', value: 'Chair of the working group' });
      await doAct(options, { do: 'type', selector: '#fl-form-name', value: NAME });
      await options.screenshot(screenshotPath(`${name}-options-form`));
      await doAct(options, { do: 'click', selector: '.fl-editor button[type="submit"]' });
      await waitText(options, '.fl-table-count', (s) => s !== before, 'the new count');
      const added = await count();
      expect(Number(added.split(' of ')[1].split(' ')[0])).toBe(Number(before.split(' of ')[1].split(' ')[0]) + 1);
      expect((await marksOnUserPage((h) => h.match.includes(NAME), `${NAME} marked as a match`)).match).toContain(NAME);

      // Edit: the name changes, the page now contradicts it.
      await doAct(options, { do: 'type', selector: '.fl-filters input[type="search"]', value: 'Chair of the working' });
      await waitText(options, '.fl-table-count', (s) => s.startsWith('1 of'), 'the filtered table');
      await doAct(options, { do: 'click', selector: 'button[aria-label^="Edit"]' });
      await doAct(options, { do: 'type', selector: '#fl-form-name', value: 'Zorba Quintavallo' });
      await doAct(options, { do: 'click', selector: '.fl-editor button[type="submit"]' });
      await waitText(options, 'tbody .fl-col-value', (s) => s.includes('Quintavallo'), 'the edited row');
      expect((await marksOnUserPage((h) => h.conflict.includes(NAME), `${NAME} marked as a conflict`)).conflict).toContain(NAME);

      // Delete, then Undo.
      await doAct(options, { do: 'click', selector: 'button[aria-label^="Delete"]' });
      await waitText(options, '.fl-table-count', (s) => s.includes('No fact matches'), 'the row gone');
      await waitText(options, '.fl-undo', (s) => s.includes('Deleted'), 'the Undo bar');
      await options.screenshot(screenshotPath(`${name}-options-undo`));
      await doAct(options, { do: 'click', selector: '.fl-undo button' });
      await waitText(options, 'tbody .fl-col-value', (s) => s.includes('Quintavallo'), 'the row back');
      await doAct(options, { do: 'type', selector: '.fl-filters input[type="search"]', value: '' });
      await waitText(options, '.fl-table-count', (s) => s === added, 'the full table');
    });

    it('adds a source document: language detected, facts proposed, one rejected, the rest saved with their quotes', async () => {
      const before = await count();
      const total = (c: string) => Number(c.split(' of ')[1].split(' ')[0]);
      const text = 'Le Secrétaire général des Nations Unies, António Guterres, a assisté à la cérémonie de signature à Hanoi le 25 octobre 2025. Plus de 1 000 délégués étaient présents.';
      await doAct(options, { do: 'type', selector: '.fl-adddoc input[type="text"]', value: 'Note de test' });
      await doAct(options, { do: 'type', selector: '.fl-adddoc textarea', value: text });
      await doAct(options, { do: 'click', selector: '.fl-adddoc button[type="submit"]' });
      const found = await waitText(options, '.fl-proposal [role="status"]', (s) => /facts found/.test(s), 'the proposed facts');
      expect(found).toMatch(/read as French/);
      const proposed = Number(found.match(/(\d+) facts found/)![1]);
      expect(proposed).toBeGreaterThan(1);
      expect(await options.evaluate(texts, '.fl-proposed .fl-quote')).toContain('Guterres');
      await options.evaluate(() => document.querySelector('.fl-proposal')!.scrollIntoView({ block: 'start' }));
      await options.screenshot(screenshotPath(`${name}-options-add-document`));
      await doAct(options, { do: 'click', selector: '.fl-proposed input[type="checkbox"]' }); // reject the first
      await doAct(options, { do: 'click', selector: '.fl-proposal button.fl-primary' });
      await waitText(options, '.fl-adddoc [role="status"]', (s) => s.includes(`Saved the document and ${proposed - 1} facts`), 'the saved document');
      await waitText(options, '.fl-table-count', (s) => total(s) === total(before) + proposed - 1, 'the new facts in the table');
      await waitText(options, 'table.documents', (s) => s.includes('Note de test'), 'the document in the list');
    });

    it('a broken file is refused with the error, and the base is unchanged', async () => {
      const before = await count();
      await doAct(options, { do: 'file', selector: '.fl-io input[type="file"], input[type="file"][accept*="json"]', name: 'broken.json', text: '{"format": "factlens-facts/1", "facts": [ {"id": 1,,} ] }' });
      const err = await waitText(options, '[role="alert"]', (s) => s.includes('Nothing was imported'), 'the import error');
      expect(err).toMatch(/broken\.json/);
      expect(err).toMatch(/line 1|column|\$\.facts|facts\[0\]/);
      await options.screenshot(screenshotPath(`${name}-options-import-error`), true);
      expect(await count()).toBe(before);
    });

    it('export then import (replace) gives back the same fact base', async () => {
      const before = await count();
      await doAct(options, { do: 'click', selector: 'button', text: 'Download' });
      const [exported] = await pollUntil(() => options.evaluate(() => (window as unknown as { __downloads: string[] }).__downloads), (d) => d.length === 1, { what: 'the exported file' });
      expect(JSON.parse(exported).format).toBe('factlens-facts/1');
      await doAct(options, { do: 'file', selector: 'input[type="file"][accept*="json"]', name: 'export.json', text: exported });
      await waitText(options, '[role="status"]', (s) => s.includes('export.json is valid'), 'the checked file');
      await doAct(options, { do: 'click', selector: 'input[name="fl-import-mode"]:not(:checked)' });
      await doAct(options, { do: 'click', selector: 'button', text: 'Import ' });
      await waitText(options, '[role="status"]', (s) => /Imported \d+ facts/.test(s), 'the import done');
      await waitText(options, '.fl-table-count', (s) => s === before, 'the same count');
      await doAct(options, { do: 'click', selector: 'button', text: 'Download' });
      const [, again] = await pollUntil(() => options.evaluate(() => (window as unknown as { __downloads: string[] }).__downloads), (d) => d.length === 2, { what: 'the second export' });
      expect(again).toBe(exported);
      await options.evaluate(() => window.scrollTo(0, 0));
      await options.screenshot(screenshotPath(`${name}-options-facts`), true);
    });
  });
}
