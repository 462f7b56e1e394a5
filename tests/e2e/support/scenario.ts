// The end-to-end scenario both browsers run: the built extension loads its corpus into the
// database, marks a news page through CSS.highlights without touching its DOM, and its popup and
// options pages show what the database holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, DriverPage } from './driver';
import { screenshotPath, PAGES_DIR } from './paths';
import { pollUntil } from './poll';
import { domUnchanged, readHighlights, watchMutations, type HighlightState } from './probes';
import { servePages, type PageServer } from './server';

const SAMPLE = '001-en.html';
const OTHER_LANGUAGES = ['022-fr.html', '028-vi.html'];
/** The sample page with one letter of a surname changed ("La Thi Thu Hang"). */
const PERTURBED = '001-en.p07.html';

/** The part of the extension API tabAndBadge uses (chrome.* in Chromium, browser.* in Firefox). */
interface TabsAndBadgeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/** Runs in an extension page: the id of the tab showing `url`, and that tab's badge text. */
async function tabAndBadge(url: string): Promise<{ tabId: number; badge: string }> {
  const g = globalThis as unknown as { browser?: TabsAndBadgeApi; chrome?: TabsAndBadgeApi };
  const api = (g.browser ?? g.chrome)!;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (!tab?.id) throw new Error(`no tab shows ${url}`);
  const action = (api.action ?? api.browserAction)!;
  return { tabId: tab.id, badge: await action.getBadgeText({ tabId: tab.id }) };
}

/** Runs in the page: do all marked ranges lie inside the <article> (not in the textarea, hidden div, script)? */
function rangesOutsideArticle(): string[] {
  const out: string[] = [];
  for (const name of ['factlens-match', 'factlens-conflict']) {
    for (const r of CSS.highlights.get(name) ?? []) {
      const node = (r as Range).commonAncestorContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el?.closest('article')) out.push((r as Range).toString());
    }
  }
  return out;
}

const painted = (h: HighlightState) => !!h.match && !!h.conflict && h.match.length + h.conflict.length > 0;

export function describeExtension(makeDriver: () => Promise<Driver>) {
  let driver: Driver;
  let server: PageServer;
  let page: DriverPage;
  let highlights: HighlightState;
  let dom: Awaited<ReturnType<typeof domUnchanged>>;
  let name = '';

  beforeAll(async () => {
    server = await servePages(PAGES_DIR);
    driver = await makeDriver();
    name = driver.name;
    page = await driver.newPage(watchMutations);
    await page.goto(server.url(SAMPLE));
    highlights = await pollUntil(() => page.evaluate(readHighlights), painted, { what: 'factlens highlights on the sample page' });
    // Read before any screenshot: taking one makes the driver touch the page (e.g. hide the caret).
    dom = await page.evaluate(domUnchanged);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  describe('on a news page', () => {
    it('paints matches with the CSS Custom Highlight API', async () => {
      expect(highlights.supported).toBe(true);
      expect(highlights.match!.length).toBeGreaterThan(0);
      // A name the corpus states, written the same way on the page.
      expect(highlights.match!.some((t) => t.includes('Le Thi Thu Hang'))).toBe(true);
      const file = screenshotPath(`${name}-page`);
      await page.screenshot(file);
      console.log(`[${name}] page: ${highlights.match!.length} matches, ${highlights.conflict!.length} conflicts; screenshot ${file}`);
    });

    it('marks only the article text, not form fields, hidden elements or scripts', async () => {
      expect(await page.evaluate(rangesOutsideArticle)).toEqual([]);
    });

    it('leaves the page DOM exactly as served', () => {
      expect(dom.mutations).toEqual([]);
      expect(dom.same).toBe(true);
    });

    it('marks a misspelled name as a conflict, drawn differently from the matches', async () => {
      const other = await driver.newPage();
      await other.goto(server.url(PERTURBED));
      const h = await pollUntil(() => other.evaluate(readHighlights), (x) => (x.conflict?.length ?? 0) > 0, {
        what: `a conflict on ${PERTURBED}`,
      });
      expect(h.conflict).toContain('La Thi Thu Hang');
      expect(h.match).not.toContain('La Thi Thu Hang');
      // The ::highlight() rules come from the extension's stylesheet, not from the page.
      const styles = await other.evaluate(() => {
        const probe = (name: string) => {
          const el = document.querySelector('article p')!;
          return getComputedStyle(el, `::highlight(${name})`).textDecorationStyle;
        };
        return { match: probe('factlens-match'), conflict: probe('factlens-conflict') };
      });
      expect(styles).toEqual({ match: 'solid', conflict: 'wavy' });
      await other.screenshot(screenshotPath(`${name}-conflict`));
      await other.close();
    });

    it.each(OTHER_LANGUAGES)('marks %s as well', async (file) => {
      const other = await driver.newPage();
      await other.goto(server.url(file));
      const h = await pollUntil(() => other.evaluate(readHighlights), painted, { what: `highlights on ${file}` });
      expect(h.match!.length + h.conflict!.length).toBeGreaterThan(0);
      await other.close();
    });
  });

  describe('extension pages', () => {
    it('the popup shows the database counts and this page’s matches and conflicts; the badge agrees', async () => {
      const popup = await driver.newPage();
      await popup.setViewport(400, 640);
      await popup.goto(driver.extensionUrl('popup.html'));
      const { tabId, badge } = await popup.evaluate(tabAndBadge, server.url(SAMPLE));
      await popup.goto(driver.extensionUrl(`popup.html?tab=${tabId}`));
      const documents = Number(await popup.textOf('[data-count="documents"]'));
      const facts = Number((await popup.textOf('[data-count="facts"]')).replace(/,/g, ''));
      const matches = Number(await popup.textOf('[data-count="matches"]'));
      const conflicts = Number(await popup.textOf('[data-count="conflicts"]'));
      expect(documents).toBe(5);
      expect(facts).toBeGreaterThan(0);
      expect({ matches, conflicts }).toEqual({ matches: highlights.match!.length, conflicts: highlights.conflict!.length });
      // Told apart without colour: "!" before a count of conflicts, "✓" before a count of matches.
      expect(badge).toBe(conflicts > 0 ? `!${conflicts}` : `✓${matches}`);
      await popup.screenshot(screenshotPath(`${name}-popup`));
      await popup.close();
    });

    it('the options page lists the five corpus documents with their languages and fact counts', async () => {
      const options = await driver.newPage();
      await options.goto(driver.extensionUrl('options.html'));
      await options.textOf('table.documents tbody tr');
      const rows = await options.evaluate(() =>
        [...document.querySelectorAll('table.documents tbody tr')].map((tr) => ({
          id: tr.getAttribute('data-doc'),
          lang: tr.querySelector('abbr')?.textContent,
          facts: Number(tr.querySelector('[data-fact-count]')?.textContent),
        })),
      );
      expect(rows.map((r) => [r.id, r.lang])).toEqual([
        ['000_3d9744cf5ae48081.txt', 'en'],
        ['001_07debdc02fc119d0.txt', 'vi'],
        ['002_5fd9665b54edd6bd.txt', 'en'],
        ['003_7560a3e1914d2327.txt', 'fr'],
        ['004_c0984e1fb0cae854.txt', 'fr'],
      ]);
      expect(rows.every((r) => r.facts > 0)).toBe(true);
      const file = screenshotPath(`${name}-options`);
      await options.screenshot(file, true);
      console.log(`[${name}] screenshots in ${file.replace(/\/[^/]+$/, '/')}`);
      await options.close();
    });
  });
}
