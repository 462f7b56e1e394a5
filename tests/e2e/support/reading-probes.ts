// In-page functions of the reading scenario (serialised and run in the browser: self-contained).
import type { MarkKey } from './expected';
import type { TabSummary } from '@/lib/ext/messaging';

/**
 * Installed before the page loads: DOM mutations after parsing, long tasks and long animation
 * frames (Chromium), heap at load. A long task is script (or parsing) work; the rendering update
 * that follows a change to the highlights is not one, but shows in a long animation frame as the
 * time from its renderStart to its end. Neither reports a task that runs only the extension's code
 * (a reply from the background being deserialized): tests/bench/reading-longtasks.ts reads those
 * from a trace.
 */
export function watchReading(): void {
  const w = window as unknown as {
    __mutations: string[];
    __longtasks: { start: number; duration: number }[];
    __frames: { start: number; duration: number; render: number }[];
    __heapAtLoad?: number;
  };
  w.__mutations = [];
  w.__longtasks = [];
  w.__frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const f = e as PerformanceEntry & { renderStart: number };
        w.__frames.push({ start: f.startTime, duration: f.duration, render: f.renderStart > 0 ? f.startTime + f.duration - f.renderStart : 0 });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Firefox has neither long task nor long animation frame timing.
  }
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) w.__mutations.push(`${r.type} on <${(r.target as Element).nodeName}>`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  addEventListener('load', () => {
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    if (mem) w.__heapAtLoad = mem.usedJSHeapSize;
  });
}

/** Every painted range as verdict, text and start position relative to the first element matching `rootSelector`, in document order. */
export function readMarkKeys(rootSelector: string): MarkKey[] | null {
  const root = document.querySelector(rootSelector);
  if (!root) return null;
  const all: { verdict: string; range: Range }[] = [];
  for (const verdict of ['match', 'conflict']) {
    for (const r of CSS.highlights.get(`factlens-${verdict}`) ?? []) all.push({ verdict, range: r as Range });
  }
  all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || (a.verdict < b.verdict ? -1 : 1));
  const out: MarkKey[] = [];
  for (const { verdict, range } of all) {
    if (!root.contains(range.startContainer)) continue;
    const path: number[] = [];
    for (let n: Node | null = range.startContainer; n && n !== root; n = n.parentNode) {
      path.unshift(Array.prototype.indexOf.call(n.parentNode!.childNodes, n));
    }
    out.push({ verdict, text: range.toString(), path, offset: range.startOffset });
  }
  return out;
}

/** Counts of painted ranges, and how many of them are on nodes that left the document or are empty. */
export function markHealth(): { match: number; conflict: number; stale: number; duplicates: number } {
  let stale = 0;
  const seen = new Set<string>();
  let duplicates = 0;
  const count = { match: 0, conflict: 0 };
  const ids = new WeakMap<Node, number>();
  let next = 0;
  for (const verdict of ['match', 'conflict'] as const) {
    for (const r of CSS.highlights.get(`factlens-${verdict}`) ?? []) {
      const range = r as Range;
      count[verdict]++;
      if (!range.startContainer.isConnected || range.collapsed) stale++;
      if (!ids.has(range.startContainer)) ids.set(range.startContainer, next++);
      const key = `${ids.get(range.startContainer)}:${range.startOffset}:${range.endOffset}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
    }
  }
  return { ...count, stale, duplicates };
}

/** Scrolls the n-th mark of a verdict (document order) to the middle and returns the centre of its first line box. */
export function pointOnMark({ verdict, index }: { verdict: string; index: number }): { x: number; y: number; text: string } {
  const ranges = [...(CSS.highlights.get(`factlens-${verdict}`) ?? [])] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[index];
  range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
}

export type { CardState } from '@/lib/ext/messaging';

/** The live DOM without the extension's card host, compared with the served HTML parsed by the same browser. */
export async function domOutsideHostUnchanged(): Promise<{ same: boolean; mutations: string[]; hosts: number; diff?: string }> {
  const source = await (await fetch(location.href)).text();
  const parsed = new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML;
  const clone = document.documentElement.cloneNode(true) as Element;
  const hosts = clone.querySelectorAll('[data-factlens-card]');
  hosts.forEach((h) => h.remove());
  const mutations = (window as unknown as { __mutations?: string[] }).__mutations ?? ['watchReading was not installed'];
  const live = clone.outerHTML;
  let i = 0;
  while (i < live.length && live[i] === parsed[i]) i++;
  const diff = live === parsed ? undefined : `at ${i}: live …${live.slice(i - 40, i + 80)}… served …${parsed.slice(i - 40, i + 80)}…`;
  return { same: live === parsed, mutations, hosts: hosts.length, diff };
}

export interface Timing {
  loadEnd: number;
  firstPaint: number | null;
  idle: number | null;
  stats: { slices: number; busyMs: number; longestSliceMs: number; longestReadMs: number; longestPaintMs: number; checks: number; matches: number; conflicts: number } | null;
  longtasksAfterLoad: number[];
  longestTaskAfterLoad: number | null;
  /** Long animation frames after the load event (Chromium): how many, the longest, and the longest rendering update in one. */
  framesAfterLoad: { count: number; longest: number; longestRender: number } | null;
  heapAtLoad: number | null;
  heapNow: number | null;
}

export type PageTiming = Omit<Timing, 'firstPaint' | 'idle' | 'stats'> & { timeOrigin: number };

/** The page's side of the timing: its load event, long tasks and frames after it, heap. */
export function readPageTiming(): PageTiming {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const w = window as unknown as {
    __longtasks?: { start: number; duration: number }[];
    __frames?: { start: number; duration: number; render: number }[];
    __heapAtLoad?: number;
  };
  const after = (w.__longtasks ?? []).filter((t) => t.start >= nav.loadEventEnd).map((t) => t.duration);
  const frames = (w.__frames ?? []).filter((f) => f.start >= nav.loadEventEnd);
  const supportsFrames = (PerformanceObserver.supportedEntryTypes ?? []).includes('long-animation-frame');
  const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    timeOrigin: performance.timeOrigin,
    loadEnd: nav.loadEventEnd,
    longtasksAfterLoad: after,
    longestTaskAfterLoad: after.length ? Math.max(...after) : null,
    framesAfterLoad: supportsFrames
      ? { count: frames.length, longest: Math.max(0, ...frames.map((f) => f.duration)), longestRender: Math.max(0, ...frames.map((f) => f.render)) }
      : null,
    heapAtLoad: w.__heapAtLoad ?? null,
    heapNow: mem?.usedJSHeapSize ?? null,
  };
}

/** The page's timing with the content script's (from its tab summary; ms since the epoch there). */
export function timingOf(page: PageTiming, summary: TabSummary | null): Timing {
  const t = summary?.timing;
  const rel = (at: number | null | undefined) => (at ? at - page.timeOrigin : null);
  return {
    ...page,
    firstPaint: rel(t?.firstPaintAt),
    idle: summary?.status === 'done' ? rel(t?.idleAt) : null,
    stats: t ? { ...t, matches: summary!.matches, conflicts: summary!.conflicts } : null,
  };
}

/** Runs in an extension page: a message to a tab's content script (top frame), in @webext-core/messaging's format. */
export async function askTab({ tabId, type, data }: { tabId: number; type: string; data?: unknown }): Promise<unknown> {
  const g = globalThis as unknown as { browser?: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } }; chrome?: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } };
  const api = (g.browser ?? g.chrome)!;
  const reply = (await api.tabs.sendMessage(tabId, { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, { frameId: 0 })) as { res?: unknown; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`no reply to ${type} from tab ${tabId}`);
  if (reply.err) throw new Error(`${type}: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res;
}

/** Runs in an extension page: sends a message to the background in @webext-core/messaging's format. */
export async function askBackground({ type, data }: { type: string; data: unknown }): Promise<unknown> {
  const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
  const api = (g.browser ?? g.chrome)!;
  const reply = (await api.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (reply.err) throw new Error(`${type}: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res;
}

/** Runs in an extension page: the id of the tab showing `url`. */
export async function tabIdOf(url: string): Promise<number> {
  const g = globalThis as unknown as { browser?: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } }; chrome?: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
  const api = (g.browser ?? g.chrome)!;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return tab.id;
}
