// The main job: the built extension on a bundled news page by an outlet that is not in the corpus.
// Opens the page in Chromium with Factlens, waits for the marks, saves a screenshot and says where.
// Headless unless there is a display, in which case the window stays open until you close it.
import { launchChromium } from './e2e/support/chromium';
import { PAGES_DIR, ROOT } from './e2e/support/paths';
import { pollUntil } from './e2e/support/poll';
import { readHighlights } from './e2e/support/probes';
import { servePages } from './e2e/support/server';
import { mkdirSync } from 'node:fs';

const PAGE = process.argv[2] ?? '001-en.html';
const OUT_DIR = `${ROOT}test-artifacts/demo`;

const headless = !process.env.DISPLAY;
const server = await servePages(PAGES_DIR);
const chrome = await launchChromium({ headless });
try {
  const page = await chrome.context.newPage();
  const url = server.url(PAGE);
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`Could not open the sample page ${url}: HTTP ${response?.status()}`);
  const h = await pollUntil(
    () => page.evaluate(readHighlights),
    (s) => !!s.match && !!s.conflict,
    { what: 'Factlens to mark the page', timeout: 60_000 },
  );
  mkdirSync(OUT_DIR, { recursive: true });
  const shot = `${OUT_DIR}/${PAGE.replace(/\.html$/, '')}.png`;
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Sample page: ${PAGE} (${await page.title()})`);
  console.log(`Painted: ${h.match!.length} matches, ${h.conflict!.length} conflicts`);
  for (const [verdict, texts] of [['match', h.match!], ['conflict', h.conflict!]] as const) {
    if (texts.length) console.log(`  ${verdict}: ${[...new Set(texts)].map((t) => JSON.stringify(t)).join(', ')}`);
  }
  console.log(`Screenshot: ${shot}`);
  if (!headless) {
    console.log('The browser stays open: close its window to finish.');
    await new Promise((resolve) => chrome.context.once('close', resolve));
  }
} finally {
  await chrome.close().catch(() => {});
  await server.close();
}
