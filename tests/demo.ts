// The main job: the built extension on a bundled news page by an outlet that is not in the corpus,
// one that disagrees with the fact base. Opens the page in Chromium with Factlens, waits until the
// content script says marking is done AND the highlights hold as many ranges as it counted, opens
// the card of the first conflict (as the next-mark shortcut does), saves a screenshot and prints
// what was painted. Headless unless there is a display, in which case the window stays open.
import { launchChromium } from './e2e/support/chromium';
import { PAGES_DIR, ROOT } from './e2e/support/paths';
import { pollUntil } from './e2e/support/poll';
import { readHighlights, type HighlightState } from './e2e/support/probes';
import { askBackground, askTab, tabIdOf } from './e2e/support/reading-probes';
import { servePages } from './e2e/support/server';
import type { CardState, TabSummary } from '../lib/ext/messaging';
import { PAINTED_AT_MOST } from '../lib/dom/marks';
import { mkdirSync } from 'node:fs';

/** A page by an outlet not in the corpus that states a value the fact base disagrees with. */
const DEMO_PAGE = '026-vi.html';
const PAGE = process.argv[2] ?? DEMO_PAGE;
const OUT_DIR = `${ROOT}test-artifacts/demo`;

const painted = (h: HighlightState) => (h.match?.length ?? 0) + (h.conflict?.length ?? 0);

const headless = !process.env.DISPLAY;
const server = await servePages(PAGES_DIR);
const chrome = await launchChromium({ headless });
try {
  const ext = await chrome.context.newPage();
  await ext.goto(`chrome-extension://${chrome.extensionId}/popup.html`);
  const page = await chrome.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  const url = server.url(PAGE);
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`Could not open the sample page ${url}: HTTP ${response?.status()}`);
  const tabId = await ext.evaluate(tabIdOf, url);

  // Done means: the content script has nothing left to read, check or paint, and the ranges in
  // CSS.highlights are as many as it counted (the highlight objects exist before they are filled).
  const { summary, highlights } = await pollUntil(
    async () => ({
      summary: (await ext.evaluate(askTab, { tabId, type: 'getPageSummary' })) as TabSummary,
      highlights: await page.evaluate(readHighlights),
    }),
    ({ summary: s, highlights: h }) => s.status === 'done' || s.status === 'error' || s.status === 'unsupported'
      ? s.status !== 'done' || painted(h) === Math.min(s.matches + s.conflicts, PAINTED_AT_MOST)
      : false,
    { what: 'Factlens to finish marking the page', timeout: 60_000 },
  );
  if (summary.status !== 'done') throw new Error(`Factlens did not mark the page: ${summary.status} ${summary.message ?? ''}`);

  // Open the first conflict's card, as Alt+Shift+J does.
  let card: CardState = { open: false };
  if (summary.conflicts > 0) {
    await ext.evaluate(askBackground, { type: 'navigateTab', data: { tabId, direction: 'next' } });
    card = await pollUntil(() => ext.evaluate(askTab, { tabId, type: 'getCardState' }) as Promise<CardState>, (c) => c.open, { what: 'the card of the first conflict' });
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const shot = `${OUT_DIR}/${PAGE.replace(/\.html$/, '')}.png`;
  await page.screenshot({ path: shot });
  console.log(`Sample page: ${PAGE} (${await page.title()})`);
  console.log(`Painted: ${highlights.match?.length ?? 0} matches, ${highlights.conflict?.length ?? 0} conflicts (the content script counted ${summary.matches} and ${summary.conflicts})`);
  for (const [verdict, texts] of [['match', highlights.match ?? []], ['conflict', highlights.conflict ?? []]] as const) {
    if (texts.length) console.log(`  ${verdict}: ${[...new Set(texts)].map((t) => JSON.stringify(t)).join(', ')}`);
  }
  if (card.open) console.log(`Open card (${card.verdict}, ${card.position}, ${card.side} the mark): “${card.markText}”`);
  else console.log('No conflict on this page, so no card was opened.');
  console.log(`Screenshot: ${shot}`);
  if (!headless) {
    console.log('The browser stays open: close its window to finish.');
    await new Promise((resolve) => chrome.context.once('close', resolve));
  }
} finally {
  await chrome.close().catch(() => {});
  await server.close();
}
