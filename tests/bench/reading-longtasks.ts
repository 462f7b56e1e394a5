// The main thread while the content script marks the 5 MB page of the reading scenario, in
// Chromium, from a trace of the renderer (not only what the page's own observers see):
// every task over 50 ms after the load event until everything is painted, by what ran in it:
//   slice     one of the content script's idle slices (reading, painting)
//   message   a reply from the background arriving (the findings are deserialized there)
//   rendering a rendering update (style, layout, the highlights' markers, paint)
//   other     anything else (garbage collection on its own, the page's tasks)
// Then the page is scrolled towards its end, twelve screens per frame (150 frames at most), and the same is counted (past
// PAINTED_AT_MOST marks, the drawn window follows the viewport).
// Also printed: the long tasks and long animation frames the page's PerformanceObservers report
// (what the e2e reading scenario prints), and the content script's own figures.
//
//   npm run build && npx tsx tests/bench/reading-longtasks.ts [--runs 3] [--page big|conflicts]
import { launchChromium } from '../e2e/support/chromium';
import { writeLivePages, type LivePages } from '../e2e/support/live-pages';
import { askTab, readPageTiming, tabIdOf, timingOf, watchReading, type Timing } from '../e2e/support/reading-probes';
import type { TabSummary } from '../../lib/ext/messaging';
import { servePages } from '../e2e/support/server';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '3'));
const which = arg('page', 'big') as keyof LivePages['files'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
}

type Kind = 'slice' | 'message' | 'rendering' | 'other';

/** Main-thread tasks over 50 ms between `fromMs` and `untilMs` after the load event, by kind (ms). */
function longTasks(events: TraceEvent[], untilMs: number, fromMs = 0): Record<Kind, number[]> & { gcMs: number } {
  const load = events.find((e) => e.name === 'MarkLoad');
  const out = { slice: [] as number[], message: [] as number[], rendering: [] as number[], other: [] as number[], gcMs: 0 };
  if (!load) return out;
  const main = load.tid;
  const mine = events.filter((e) => e.tid === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const start = load.ts + fromMs * 1000;
  const end = load.ts + untilMs * 1000;
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= start && e.ts <= end);
  for (const e of mine) if ((e.name === 'MinorGC' || e.name === 'MajorGC') && e.ts >= start && e.ts <= end) out.gcMs += (e.dur ?? 0) / 1000;
  for (const t of tasks) {
    if ((t.dur ?? 0) <= 50_000) continue;
    const inner = mine.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur! && e !== t);
    const has = (n: string) => inner.some((e) => e.name === n);
    const kind: Kind = has('FireIdleCallback') ? 'slice' : has('Receive mojo message') ? 'message' : has('WebFrameWidgetImpl::UpdateLifecycle') ? 'rendering' : 'other';
    out[kind].push(Math.round(t.dur! / 1000));
  }
  return out;
}

const ms = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : `${Math.round(n)} ms`);
const list = (xs: number[]) => (xs.length ? `${xs.length} (longest ${Math.max(...xs)} ms)` : 'none');

const pages = writeLivePages();
const server = await servePages(pages.dir);
const chrome = await launchChromium();
const worst: Record<Kind, number> = { slice: 0, message: 0, rendering: 0, other: 0 };
// The content script's figures are in its tab summary (the page's performance timeline has none).
const ext = await chrome.context.newPage();
await ext.goto(`chrome-extension://${chrome.extensionId}/popup.html`);
try {
  console.log(`Chromium, ${pages.files[which]}: ${runs} runs (the machine's load average is ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
  for (let run = 1; run <= runs; run++) {
    const page = await chrome.context.newPage();
    await page.addInitScript(watchReading);
    const cdp = await chrome.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'toplevel,mojom,devtools.timeline,v8,blink', transferMode: 'ReportEvents' } as never);
    await page.goto(server.url(pages.files[which]), { waitUntil: 'load' });
    const tabId = await ext.evaluate(tabIdOf, server.url(pages.files[which]));
    const readTiming = async () => timingOf(await page.evaluate(readPageTiming), (await ext.evaluate(askTab, { tabId, type: 'getPageSummary' })) as TabSummary);
    const started = Date.now();
    let t: Timing = await readTiming();
    while (!(t.idle !== null && (t.stats?.matches ?? 0) + (t.stats?.conflicts ?? 0) > 0) && Date.now() - started < 90_000) {
      await new Promise((r) => setTimeout(r, 250));
      t = await readTiming();
    }
    await new Promise((r) => setTimeout(r, 500));
    t = await readTiming();
    // Then scroll through the page, 12 screens at a time, a frame apart: the drawn window follows.
    const scroll = await page.evaluate(async () => {
      const from = performance.now();
      let steps = 0;
      while (scrollY + innerHeight < document.documentElement.scrollHeight - 1 && steps < 150) {
        scrollBy(0, innerHeight * 12);
        steps++;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { from, to: performance.now(), steps };
    });
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    const long = longTasks(events, (t.idle ?? 0) - t.loadEnd + 500);
    const scrolling = longTasks(events, scroll.to - t.loadEnd, scroll.from - t.loadEnd);
    for (const k of Object.keys(worst) as Kind[]) worst[k] = Math.max(worst[k], ...long[k], ...scrolling[k], 0);
    const s = t.stats;
    console.log(
      `run ${run}: load→first marks ${ms(t.firstPaint !== null ? t.firstPaint - t.loadEnd : null)}, load→all painted ${ms(t.idle !== null ? t.idle - t.loadEnd : null)}; ` +
        `${s?.matches} matches, ${s?.conflicts} conflicts, ${s?.checks} checks, ${s?.slices} slices (longest ${ms(s?.longestSliceMs)}: reading ${ms(s?.longestReadMs)}, painting ${ms(s?.longestPaintMs)})\n` +
        `  trace, tasks over 50 ms after load: slices ${list(long.slice)}, replies ${list(long.message)}, rendering ${list(long.rendering)}, other ${list(long.other)}; garbage collection ${ms(long.gcMs)} in all\n` +
        `  scrolling to the end (${scroll.steps} steps of 12 screens, ${ms(scroll.to - scroll.from)}): tasks over 50 ms: slices ${list(scrolling.slice)}, rendering ${list(scrolling.rendering)}, other ${list(scrolling.other)}\n` +
        `  seen by the page (loading): long tasks ${t.longtasksAfterLoad.length ? t.longtasksAfterLoad.map(Math.round).join(', ') + ' ms' : 'none'}, ` +
        `long animation frames ${t.framesAfterLoad?.count ? `${t.framesAfterLoad.count} (longest ${ms(t.framesAfterLoad.longest)}, rendering ${ms(t.framesAfterLoad.longestRender)})` : 'none'}`,
    );
    await cdp.detach();
    await page.close();
  }
  console.log(`longest task over ${runs} runs: slice ${worst.slice || '≤50'} ms, reply ${worst.message || '≤50'} ms, rendering ${worst.rendering || '≤50'} ms, other ${worst.other || '≤50'} ms (goal: none over 50 ms)`);
} finally {
  await chrome.close();
  await server.close();
}
