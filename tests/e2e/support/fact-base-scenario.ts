// End-to-end scenario of issue 6, run in both browsers: the popup's search and page list, and the
// options page's add / edit / delete / undo, import of a broken file, export then import, import of
// ClaimReview JSON-LD, and the mark colours chosen in the settings; and of issue 12: a document
// added in the options page is reviewed against the base (new / agrees / conflicts), and keeping a
// conflict disputes the fact, which a page's mark then says. The pages are driven through their
// DOM (what a user's clicks and keys do), in the built extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, DriverPage } from './driver';
import { screenshotPath, PAGES_DIR } from './paths';
import { decodePng, dominantTint, over, rgbOf, type Rgb } from './png';
import { pollUntil } from './poll';
import { markBox, readHighlights } from './probes';
import { askBackground, pointOnMark } from './reading-probes';
import { servePages, type PageServer } from './server';
import { PALETTE } from '@/lib/ext/display-settings';
import { DISAGREEING, NEW_PEOPLE } from '../../fixtures/review-documents';

const SAMPLE = '001-en.html';
const USER_PAGE = 'user-fact.html';
const NAME = 'Zorba Quintavalle';
/** The sample page with one letter of a surname changed: "La Thi Thu Hang" conflicts, "Luong Cuong" matches. */
const PERTURBED = '001-en.p07.html';

/** Over the page's white, the tint a mark of this colour is drawn with (highlights.css: 22% match, 50% conflict). */
const WHITE: Rgb = [255, 255, 255];
const tintOf = (verdict: 'match' | 'conflict', hex: string): Rgb => over(rgbOf(hex), verdict === 'match' ? 0x38 / 255 : 0x80 / 255, WHITE);
const channelDistance = (a: Rgb, b: Rgb) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));

/** Someone no fact of the corpus knows, and a page that names her (written at test time, served apart). */
const RAPPORTEUR = 'Ottilie Brandvold';
const REPORT_PAGE = 'report.html';
/** A page stating the value of the disagreeing document (written at test time, served apart). */
const CONVENTION_PAGE = 'convention.html';
const CONVENTION_VALUE = '68 articles';
function writeReportPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-claimreview-'));
  writeFileSync(
    join(dir, REPORT_PAGE),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report adopted</title>
<style>body { font: 17px/1.6 Georgia, serif; margin: 24px; } article { max-width: 640px; }</style></head>
<body><article><h1>Working group adopts its report</h1>
<p>The rapporteur of the working group, ${RAPPORTEUR}, presented the draft report, which was adopted without a vote.</p>
</article></body></html>`,
  );
  writeFileSync(
    join(dir, CONVENTION_PAGE),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Convention text published</title>
<style>body { font: 17px/1.6 Georgia, serif; margin: 24px; } article { max-width: 640px; }</style></head>
<body><article><h1>The convention's text is published</h1>
<p>The Hanoi Convention has ${CONVENTION_VALUE}, the organisers said on Friday.</p>
</article></body></html>`,
  );
  return dir;
}

/** The proposals of a reviewed document as the options page shows them. */
function readProposals(): { status: string; kept: boolean; text: string }[] {
  return [...document.querySelectorAll<HTMLLIElement>('.fl-proposed > li')].map((li) => ({
    status: li.dataset.status ?? '',
    kept: !!li.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked,
    text: li.textContent ?? '',
  }));
}

/** Runs in the page: the text of the mark card when its shadow root is open, else null. */
function cardTextInPage(): string | null {
  const root = document.querySelector('factlens-card')?.shadowRoot;
  return root?.querySelector('[data-fact-id]') ? root.textContent : null;
}

/**
 * Runs in an extension page: the text of the card open in a tab, asked of its content script
 * ("getCardState", where the card lives in a closed shadow root); null when it does not answer.
 */
async function cardTextFromTab(tabId: number): Promise<string | null> {
  type Api = { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  try {
    const reply = (await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, { id: Math.floor(Math.random() * 1e9), type: 'getCardState', data: undefined, timestamp: Date.now() }, { frameId: 0 })) as { res?: { open?: boolean; text?: string } } | undefined;
    return reply?.res?.open ? reply.res.text ?? '' : null;
  } catch {
    return null;
  }
}

/** The "Facts" count of a document in the options page's list of documents. */
function factCountOf(title: string): number | null {
  const row = [...document.querySelectorAll('table.documents tbody tr')].find((r) => r.querySelector('th')?.textContent?.includes(title));
  const n = row?.querySelector('[data-fact-count]')?.textContent;
  return n ? Number(n) : null;
}

/** Ticks or unticks "Keep" on the proposal whose text has `text`, as a click does; false when there is none. */
function clickProposal(text: string): boolean {
  const li = [...document.querySelectorAll<HTMLLIElement>('.fl-proposed > li')].find((x) => x.textContent?.includes(text));
  const box = li?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!box) return false;
  li!.scrollIntoView({ block: 'center' });
  box.click();
  return true;
}

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
  let reportPages: PageServer;
  let name = '';

  beforeAll(async () => {
    server = await servePages(PAGES_DIR);
    reportPages = await servePages(writeReportPage());
    driver = await makeDriver();
    name = driver.name;
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await reportPages?.close();
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

    /** Opens a fixture page, waits until its marks are what `want` expects, saves a screenshot when named. */
    const marksOn = async (file: string, want: (h: { match: string[]; conflict: string[] }) => boolean, what: string, shot?: string) => {
      const page = await driver.newPage();
      await page.goto(server.url(file));
      const h = await pollUntil(async () => {
        const x = await page.evaluate(readHighlights);
        return { match: x.match ?? [], conflict: x.conflict ?? [] };
      }, want, { what });
      if (shot) await page.screenshot(screenshotPath(shot));
      await page.close();
      return h;
    };
    const marksOnUserPage = (want: (h: { match: string[]; conflict: string[] }) => boolean, what: string) => marksOn(USER_PAGE, want, what);

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

    it('a dated fact about a new subject, with a label and one quote, marks a page that states it and contradicts one that states another date', async () => {
      const before = await count();
      await doAct(options, { do: 'click', selector: '.fl-toolbar button', text: 'Add a fact' });
      await doAct(options, { do: 'select', selector: '#fl-form-kind', value: 'date' });
      await doAct(options, { do: 'type', selector: '#fl-form-subject', value: 'press conference on the outcomes' });
      await doAct(options, { do: 'type', selector: '#fl-form-start', value: '2025-10-26' });
      await doAct(options, { do: 'type', selector: '#fl-form-quote', value: 'An international press conference on the outcomes was held on October 26.' });
      await doAct(options, { do: 'type', selector: '#fl-form-docTitle', value: 'My notes' });
      await doAct(options, { do: 'select', selector: '#fl-form-lang', value: 'en' });
      await doAct(options, { do: 'click', selector: '.fl-editor button[type="submit"]' });
      await waitText(options, '.fl-table-count', (s) => s !== before, 'the new count');
      const match = await marksOn('user-date.html', (h) => h.match.includes('October 26'), 'October 26 marked as a match', `${name}-user-date-match`);
      expect(match.conflict).toEqual([]);
      const conflict = await marksOn('user-date-other.html', (h) => h.conflict.includes('October 27'), 'October 27 marked as a conflict', `${name}-user-date-conflict`);
      expect(conflict.match).not.toContain('October 27');
    });

    const proposeDocument = async (title: string, text: string) => {
      await doAct(options, { do: 'type', selector: '.fl-adddoc input[type="text"]', value: title });
      await doAct(options, { do: 'type', selector: '.fl-adddoc textarea', value: text });
      await doAct(options, { do: 'click', selector: '.fl-adddoc button[type="submit"]' });
      const found = await waitText(options, '.fl-proposal [role="status"]', (s) => /facts? found/.test(s), 'the proposed facts');
      return { found, proposals: await options.evaluate(readProposals) };
    };
    const total = (c: string) => Number(c.split(' of ')[1].split(' ')[0]);

    it('adds a source document: language detected, each proposal new or agreeing with the base; one rejected, the rest saved', async () => {
      const before = await count();
      const { found, proposals } = await proposeDocument(NEW_PEOPLE.title, NEW_PEOPLE.text);
      expect(found).toMatch(/read as English/);
      const fresh = proposals.filter((p) => p.status === 'new');
      const agreeing = proposals.filter((p) => p.status === 'agrees');
      // Two people the base does not know, with their posts; the ceremony's date and place, which it does.
      expect(fresh.map((p) => p.text)).toEqual([expect.stringContaining('Nguyen Phuong Tra'), expect.stringContaining('Tran Hong Ha')]);
      expect(fresh.every((p) => p.kept && p.text.includes('New'))).toBe(true);
      expect(agreeing.length).toBeGreaterThanOrEqual(2);
      expect(agreeing.every((p) => p.kept && p.text.includes('Agrees with the fact base'))).toBe(true);
      expect(proposals.filter((p) => p.status === 'conflicts')).toEqual([]);
      expect(await options.evaluate(texts, '.fl-review-summary')).toBe(`2 new, ${agreeing.length} agreeing with the fact base, 0 in conflict with it.`);
      expect(await options.evaluate(texts, '.fl-proposed .fl-quote')).toContain('Tran Hong Ha');
      await options.evaluate(() => document.querySelector('.fl-proposal')!.scrollIntoView({ block: 'start' }));
      await options.screenshot(screenshotPath(`${name}-options-add-document`));
      expect(await options.evaluate(clickProposal, 'Nguyen Phuong Tra')).toBe(true); // reject one
      await doAct(options, { do: 'click', selector: '.fl-proposal button.fl-primary' });
      await waitText(options, '.fl-adddoc [role="status"]', (s) => s.includes(`Saved the document and ${proposals.length - 1} facts`), 'the saved document');
      // One new fact (the agreeing ones add sources to facts already there).
      await waitText(options, '.fl-table-count', (s) => total(s) === total(before) + 1, 'the new fact in the table');
      await waitText(options, 'table.documents', (s) => s.includes(NEW_PEOPLE.title), 'the document in the list');
      // Its row counts the facts it is now a source of: the new one and those it agreed with.
      expect(await options.evaluate(factCountOf, NEW_PEOPLE.title)).toBe(proposals.length - 1);
    });

    it('a document that disagrees with the base: the conflicts are shown with the base value, unticked; keeping one disputes the fact, and a page stating that value gets a mark saying the sources disagree', async () => {
      const before = await count();
      const { proposals } = await proposeDocument(DISAGREEING.title, DISAGREEING.text);
      const conflicts = proposals.filter((p) => p.status === 'conflicts');
      expect(conflicts.length).toBeGreaterThanOrEqual(3);
      expect(conflicts.every((p) => !p.kept && p.text.includes('Conflicts with the fact base') && p.text.includes('The fact base says:'))).toBe(true);
      const size = conflicts.find((p) => p.text.includes(CONVENTION_VALUE))!;
      expect(size.text).toMatch(/The fact base says:.*71 articles/s);
      expect(proposals.filter((p) => p.kept).every((p) => p.status !== 'conflicts')).toBe(true);
      expect(await options.evaluate(clickProposal, CONVENTION_VALUE)).toBe(true); // keep the conflict on the convention's size
      await options.evaluate(() => document.querySelector('.fl-proposed > li[data-status="conflicts"]')!.scrollIntoView({ block: 'start' }));
      await options.screenshot(screenshotPath(`${name}-options-review-conflicts`));
      const kept = proposals.filter((p) => p.kept).length + 1;
      await doAct(options, { do: 'click', selector: '.fl-proposal button.fl-primary' });
      await waitText(options, '.fl-adddoc [role="status"]', (s) => s.includes(`Saved the document and ${kept} facts`), 'the saved document');
      await waitText(options, 'table.documents', (s) => s.includes(DISAGREEING.title), 'the document in the list');
      expect(await options.evaluate(factCountOf, DISAGREEING.title)).toBe(kept);
      expect(total(await count())).toBe(total(before)); // no fact added: one fact per subject

      // The base holds the convention's size as a disputed fact: 71, and 68 from this document.
      await doAct(options, { do: 'click', selector: '.fl-filters label', text: 'Disputed only' });
      await waitText(options, '.fl-table-count', (s) => total(s) === total(before) && !s.startsWith(`${total(s)} of`), 'the disputed facts');
      const row = await options.evaluate(() => {
        const tr = [...document.querySelectorAll('tbody tr')].find((r) => r.querySelector('.fl-col-value')?.textContent?.includes('71 articles'));
        (tr?.querySelector('.fl-link') as HTMLElement | null)?.click();
        return tr ? { badge: tr.querySelector('.fl-badge-disputed')?.textContent?.trim() ?? null } : null;
      });
      expect(row).toEqual({ badge: 'Disputed' });
      const card = await waitText(options, '.fl-selected-card', (s) => s.includes(CONVENTION_VALUE), 'the disputed fact card');
      expect(card).toContain('Sources disagree');
      expect(card).toContain(DISAGREEING.title);
      await options.evaluate(() => document.querySelector('.fl-selected-card')!.scrollIntoView({ block: 'center' }));
      await options.screenshot(screenshotPath(`${name}-options-disputed-fact`));
      await doAct(options, { do: 'click', selector: '.fl-filters label', text: 'Disputed only' });
      await waitText(options, '.fl-table-count', (s) => s === `${total(before)} of ${total(before)} facts`, 'the full table');

      // A page saying 68 articles: its mark's card says the sources disagree.
      const page = await driver.newPage();
      await page.setViewport(900, 700);
      await page.goto(reportPages.url(CONVENTION_PAGE));
      const h = await pollUntil(() => page.evaluate(readHighlights), (x) => [...(x.match ?? []), ...(x.conflict ?? [])].includes(CONVENTION_VALUE), { what: `${CONVENTION_VALUE} marked` });
      const verdict = h.conflict?.includes(CONVENTION_VALUE) ? 'conflict' : 'match';
      const at = await page.evaluate(pointOnMark, { verdict, index: h[verdict]!.indexOf(CONVENTION_VALUE) });
      await page.mouseMove(at.x - 3, at.y);
      await page.mouseMove(at.x, at.y);
      const tabId = await options.evaluate(tabIdOf, reportPages.url(CONVENTION_PAGE));
      const opened = await pollUntil(
        async () => (await page.evaluate(cardTextInPage)) ?? (await options.evaluate(cardTextFromTab, tabId)),
        (text) => text !== null,
        { what: 'the card of the disputed mark' },
      );
      expect(opened).toMatch(/sources disagree/i);
      expect(opened).toContain('71 articles');
      expect(opened).toContain(CONVENTION_VALUE);
      await page.screenshot(screenshotPath(`${name}-disputed-mark`));
      await page.close();
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

    describe('ClaimReview JSON-LD', () => {
      /** Two reviews as a fact-checker could publish them: one true (imported), one rated False (left out). */
      const claimReviews = {
        '@context': ['https://schema.org', { factlens: 'https://factlens.example/ns#' }],
        '@graph': [
          {
            '@type': 'ClaimReview',
            url: 'https://factcheck.example/working-group-rapporteur',
            claimReviewed: `${RAPPORTEUR} is the rapporteur of the working group.`,
            inLanguage: 'en',
            author: { '@type': 'Organization', name: 'Example Fact Check' },
            itemReviewed: { '@type': 'Claim', about: { '@type': 'Thing', identifier: 'working-group.rapporteur', name: 'Rapporteur of the working group' } },
            reviewRating: { '@type': 'Rating', alternateName: 'True' },
            'factlens:kind': 'name',
            'factlens:value': { name: RAPPORTEUR, aliases: [], role: 'Rapporteur', entity: 'person' },
          },
          {
            '@type': 'ClaimReview',
            url: 'https://factcheck.example/working-group-vote',
            claimReviewed: 'The report was adopted by 40 delegations.',
            inLanguage: 'en',
            itemReviewed: { '@type': 'Claim', about: { '@type': 'Thing', identifier: 'working-group.report-votes' } },
            reviewRating: { '@type': 'Rating', alternateName: 'False' },
            'factlens:kind': 'figure',
            'factlens:value': { amount: 40, unit: 'delegations', qualifier: 'exact' },
          },
        ],
      };

      it('imports a ClaimReview file: the report names what is left out, the table shows the new fact, a page is then marked', async () => {
        const before = await count();
        await doAct(options, { do: 'file', selector: 'input[type="file"][accept*="json"]', name: 'reviews.jsonld', text: JSON.stringify(claimReviews, null, 2) });
        const ready = await waitText(options, '.fl-import-report', (s) => s.includes('reviews.jsonld:'), 'the checked ClaimReview file');
        expect(ready).toContain('reviews.jsonld: 1 of 2 ClaimReview items can be imported');
        const items = await options.evaluate(() => [...document.querySelectorAll('.fl-claimreview-items > li')].map((li) => ({ status: li.className, text: li.textContent ?? '' })));
        expect(items).toHaveLength(2);
        expect(items[0].status).toBe('fl-item-imported');
        expect(items[0].text).toContain(`${RAPPORTEUR} is the rapporteur`);
        expect(items[0].text).toMatch(/author "Example Fact Check" not kept/);
        expect(items[1].status).toBe('fl-item-skipped');
        expect(items[1].text).toMatch(/not imported.*rated "False"/s);
        // Added to the base (the page keeps the mode last used, "replace" in the test before).
        await doAct(options, { do: 'click', selector: '.fl-import-report label', text: 'Add to the fact base' });
        expect(await options.evaluate(() => document.querySelector('input[name="fl-import-mode"]:checked')!.parentElement!.textContent ?? '')).toMatch(/^ ?Add to the fact base/);
        await options.evaluate(() => document.querySelector('.fl-import-report')!.scrollIntoView({ block: 'center' }));
        await options.screenshot(screenshotPath(`${name}-options-claimreview`));
        await doAct(options, { do: 'click', selector: '.fl-import-report button', text: 'Import 1 ' });
        await waitText(options, '.fl-import [role="status"]', (s) => s.includes('Imported 1 fact.'), 'the import done');
        await waitText(options, '.fl-table-count', (s) => total(s) === total(before) + 1, 'one more fact in the table');

        // The table shows it, as a user fact about the subject the review named.
        await doAct(options, { do: 'type', selector: '.fl-filters input[type="search"]', value: 'Brandvold' });
        await waitText(options, '.fl-table-count', (s) => s.startsWith('1 of'), 'the filtered table');
        expect(await options.evaluate(texts, 'tbody .fl-col-value')).toContain(RAPPORTEUR);
        expect(await options.evaluate(texts, 'tbody tr')).toContain('Rapporteur of the working group');
        await doAct(options, { do: 'type', selector: '.fl-filters input[type="search"]', value: '' });
        await waitText(options, '.fl-table-count', (s) => total(s) === total(before) + 1 && s.startsWith(`${total(s)} of`), 'the full table');

        // A page naming her is marked: a match.
        const page = await driver.newPage();
        await page.goto(reportPages.url(REPORT_PAGE));
        const h = await pollUntil(() => page.evaluate(readHighlights), (x) => !!x.match?.includes(RAPPORTEUR), { what: `${RAPPORTEUR} marked as a match` });
        expect(h.conflict ?? []).toEqual([]);
        await page.screenshot(screenshotPath(`${name}-claimreview-page`));
        await page.close();
      });

      it('a malformed ClaimReview file is refused with the error, and the base is unchanged', async () => {
        const before = await count();
        const pick = (file: string, text: string) => doAct(options, { do: 'file', selector: 'input[type="file"][accept*="json"]', name: file, text });

        // Cut short: not JSON at all.
        await pick('cut.jsonld', JSON.stringify(claimReviews, null, 2).slice(0, 400));
        const cut = await waitText(options, '.fl-import [role="alert"]', (s) => s.includes('cut.jsonld'), 'the error for the cut file');
        expect(cut).toContain('Nothing was imported: cut.jsonld');
        expect(cut).toMatch(/not valid JSON/);
        expect(cut).toMatch(/line \d+, column \d+/);

        // JSON-LD, but "@type" misspelt: no ClaimReview in it.
        const misspelt = { ...claimReviews, '@graph': claimReviews['@graph'].map((c) => ({ ...c, '@type': 'ClaimRevue' })) };
        await pick('misspelt.jsonld', JSON.stringify(misspelt));
        const none = await waitText(options, '.fl-import [role="alert"]', (s) => s.includes('misspelt.jsonld'), 'the error for the misspelt file');
        expect(none).toContain('No schema.org ClaimReview found in the file.');
        await options.evaluate(() => document.querySelector('.fl-import')!.scrollIntoView({ block: 'start' }));
        await options.screenshot(screenshotPath(`${name}-options-claimreview-error`));

        // A ClaimReview whose structured value does not hold: the item is named, nothing can be imported.
        const badValue = { ...claimReviews['@graph'][0], 'factlens:value': { name: '', aliases: [] } };
        await pick('bad-value.jsonld', JSON.stringify(badValue));
        const report = await waitText(options, '.fl-import-report', (s) => s.includes('bad-value.jsonld:'), 'the report on the invalid item');
        expect(report).toContain('bad-value.jsonld: 0 of 1 ClaimReview items can be imported');
        expect(report).toMatch(/not imported.*its structured data is not valid/s);
        expect(await options.evaluate(() => (document.querySelector('.fl-import-report button') as HTMLButtonElement).disabled)).toBe(true);
        await doAct(options, { do: 'click', selector: '.fl-import-report button', text: 'Cancel' });
        await pollUntil(() => options.evaluate(() => document.querySelector('.fl-import-report') === null), (gone) => gone, { what: 'the report closed' });

        expect(await count()).toBe(before);
      });
    });

    it('the mark colours chosen in the settings are the ones pages are then drawn in; the defaults come back', async () => {
      const CONFLICT = 'La Thi Thu Hang';
      const MATCH = 'Luong Cuong';
      type Colours = { match: string; conflict: string };
      const DEFAULTS: Colours = { match: PALETTE.match.teal, conflict: PALETTE.conflict.red };
      const CHOSEN: Colours = { match: PALETTE.match.blue, conflict: PALETTE.conflict.magenta };
      const page = await driver.newPage();
      await page.setViewport(1100, 900);
      const open = async () => {
        await page.goto(server.url(PERTURBED));
        await pollUntil(() => page.evaluate(readHighlights), (h) => !!h.conflict?.includes(CONFLICT) && !!h.match?.includes(MATCH), { what: 'both marks on the page' });
      };
      let lastShot: Uint8Array | null = null;
      /** The colour a mark is drawn in: the most frequent non-grey pixel inside its box, on a screenshot. */
      const drawn = async (verdict: 'match' | 'conflict', text: string) => {
        const box = await page.evaluate(markBox, { verdict, text });
        if (!box) throw new Error(`no ${verdict} mark on "${text}"`);
        lastShot = await page.screenshotPng();
        const s = box.dpr;
        const tint = dominantTint(decodePng(lastShot), { x: box.x * s, y: box.y * s, width: box.width * s, height: box.height * s });
        // The tint fills most of the mark's box (the rest is the glyphs and the underline).
        return tint && tint.share > 0.3 ? tint.colour : null;
      };
      const near = (tint: Rgb | null, verdict: 'match' | 'conflict', c: Colours) => !!tint && channelDistance(tint, tintOf(verdict, c[verdict])) <= 6;
      /** The tints both marks are drawn with, once each is one of the palette's (the default or the chosen one). */
      const tints = (what: string) =>
        pollUntil(
          async () => ({ conflict: await drawn('conflict', CONFLICT), match: await drawn('match', MATCH) }),
          (d) => (near(d.conflict, 'conflict', DEFAULTS) || near(d.conflict, 'conflict', CHOSEN)) && (near(d.match, 'match', DEFAULTS) || near(d.match, 'match', CHOSEN)),
          { what },
        );
      const drawnIn = (d: { match: Rgb | null; conflict: Rgb | null }, c: Colours) => near(d.conflict, 'conflict', c) && near(d.match, 'match', c);
      const saved = () => options.evaluate(askBackground, { type: 'getDisplaySettings', data: undefined }) as Promise<{ matchColour: string; conflictColour: string }>;
      /** Clicks a colour in the settings, as a user does, and waits until the choice is saved. */
      const choose = async (label: string, key: 'matchColour' | 'conflictColour', value: string) => {
        await doAct(options, { do: 'click', selector: '.fl-settings label.fl-swatch', text: label });
        await pollUntil(saved, (s) => s[key] === value, { what: `${key} saved as ${value}` });
      };
      const checked = () => options.evaluate(() => ['match', 'conflict'].map((v) => document.querySelector(`input[name="fl-${v}-colour"]:checked`)?.parentElement?.textContent ?? ''));

      // The defaults: teal matches, red conflicts.
      expect(await saved()).toMatchObject({ matchColour: 'teal', conflictColour: 'red' });
      await open();
      expect(drawnIn(await tints('marks drawn'), DEFAULTS)).toBe(true);

      try {
        await options.evaluate(() => document.querySelector('.fl-settings')!.scrollIntoView({ block: 'start' }));
        await choose('Magenta', 'conflictColour', 'magenta');
        await choose('Blue', 'matchColour', 'blue');
        expect(await checked()).toEqual(['Blue', 'Magenta']);
        await waitText(options, '.fl-settings [role="status"]', (s) => s.includes('Settings saved'), 'the settings saved');
        await options.screenshot(screenshotPath(`${name}-options-colours`));

        // The page opened again draws its marks in the chosen colours.
        await open();
        const now = await tints('marks drawn after the change');
        writeFileSync(screenshotPath(`${name}-colours`), lastShot!);
        expect(drawnIn(now, CHOSEN)).toBe(true);
      } finally {
        // Back to the defaults, through the same controls.
        await choose('Red', 'conflictColour', 'red');
        await choose('Teal', 'matchColour', 'teal');
      }
      expect(await checked()).toEqual(['Teal', 'Red']);
      await open();
      expect(drawnIn(await tints('marks drawn after going back'), DEFAULTS)).toBe(true);
      await page.close();
    });
  });
}
