// @vitest-environment happy-dom
// The marks' store: every mark is kept (counts, navigation), but past its limit only a window of
// marks around the viewport is in the highlights (Chromium redraws every range of every highlight
// after each change, so the highlights' size bounds that work).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Verdict } from '../../../lib/model';
import { MarkStore, PAINTED_AT_MOST, type Mark } from '../../../lib/dom/marks';
import { HIGHLIGHT_NAMES } from '../../../lib/dom/highlights';

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API: a Highlight is a set of ranges with a priority.
  const g = globalThis as unknown as { Highlight?: unknown; CSS?: { highlights?: unknown } };
  g.Highlight ??= class extends Set<AbstractRange> {
    priority = 0;
  };
  // (happy-dom's CSS is a new object at each access: one with a registry replaces it.)
  const css = Object.assign(Object.create(g.CSS ?? null), { highlights: new Map() });
  Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
});

const registry = () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
const drawn = (verdict: Verdict) => [...(registry().get(HIGHLIGHT_NAMES[verdict]) ?? [])];

let nodes: Text[] = [];
beforeEach(() => {
  document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} says 2024</p>`).join('');
  nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
});

function mark(i: number, verdict: Verdict = i % 3 ? 'match' : 'conflict'): Mark {
  const range = document.createRange();
  range.setStart(nodes[i], 0);
  range.setEnd(nodes[i], 9);
  return { range, finding: { verdict, factId: `f${i}` } as Finding };
}

const painted = (store: MarkStore) => store.marks.filter((m) => store.isPainted(m)).map((m) => store.marks.indexOf(m));
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

describe('MarkStore window', () => {
  it('draws every mark while there are at most `limit` of them', () => {
    expect(PAINTED_AT_MOST).toBeGreaterThanOrEqual(500);
    const store = new MarkStore(10);
    for (let i = 0; i < 10; i++) store.add(mark(i));
    store.moveWindow(7);
    expect(store.windowed).toBe(false);
    expect(drawn('match').length + drawn('conflict').length).toBe(10);
    expect(store.counts()).toEqual({ matches: 6, conflicts: 4 });
  });

  it('past the limit keeps counting every mark but draws only the window, which follows the viewport', () => {
    const store = new MarkStore(10);
    for (let i = 0; i < 40; i++) store.add(mark(i));
    store.moveWindow(0);
    expect(store.windowed).toBe(true);
    expect(store.counts()).toEqual({ matches: 26, conflicts: 14 });
    expect(painted(store)).toEqual(range(0, 10));
    expect(drawn('match').length + drawn('conflict').length).toBe(10);
    // Within a quarter of the window from its middle: nothing changes.
    store.moveWindow(7);
    expect(painted(store)).toEqual(range(0, 10));
    // Further: the window is centred on the mark asked for.
    store.moveWindow(25);
    expect(painted(store)).toEqual(range(20, 30));
    expect(new Set([...drawn('match'), ...drawn('conflict')])).toEqual(new Set(range(20, 30).map((i) => store.marks[i].range)));
    // Past the end: the last `limit` marks.
    store.moveWindow(39);
    expect(painted(store)).toEqual(range(30, 40));
    // Navigation and counts use every mark, drawn or not.
    expect(store.step(null, 'next')!.total).toBe(14);
  });

  it('after marks are removed, fills the window again and counts what is left', () => {
    const store = new MarkStore(10);
    for (let i = 0; i < 20; i++) store.add(mark(i));
    store.moveWindow(0);
    expect(painted(store)).toEqual(range(0, 10));
    for (let i = 0; i < 5; i++) nodes[i].parentElement!.remove();
    expect(store.prune()).toBe(5);
    store.moveWindow();
    expect(store.marks).toHaveLength(15);
    expect(painted(store)).toEqual(range(0, 10));
    expect(drawn('match').length + drawn('conflict').length).toBe(10);
    expect(drawn('match').every((r) => r.startContainer.isConnected)).toBe(true);
    // Few enough again: every mark is drawn.
    for (let i = 5; i < 12; i++) nodes[i].parentElement!.remove();
    store.prune();
    store.moveWindow();
    expect(store.windowed).toBe(false);
    expect(painted(store)).toEqual(range(0, 8));
    expect(store.counts().matches + store.counts().conflicts).toBe(8);
  });

  it('a mark outside the window is never the one under the pointer', () => {
    const store = new MarkStore(2);
    for (let i = 0; i < 6; i++) store.add(mark(i));
    store.moveWindow(0);
    expect(store.isPainted(store.marks[0])).toBe(true);
    expect(store.isPainted(store.marks[5])).toBe(false);
    // happy-dom has no layout: containsPoint never holds, so only the candidate filter is checked here.
    expect(store.atPoint({ node: nodes[5], offset: 1 }, 0, 0)).toBeNull();
  });

  it('clear() empties the highlights and the counts', () => {
    const store = new MarkStore(3);
    for (let i = 0; i < 8; i++) store.add(mark(i));
    store.moveWindow(4);
    store.clear();
    expect(store.counts()).toEqual({ matches: 0, conflicts: 0 });
    expect(registry().has(HIGHLIGHT_NAMES.match)).toBe(false);
    store.reattach();
    store.add(mark(0));
    expect(drawn('conflict')).toHaveLength(1);
  });
});

describe('MarkStore against a hostile page', () => {
  it('puts its highlights back when the page deletes, replaces or empties them', () => {
    const store = new MarkStore(10);
    for (let i = 0; i < 6; i++) store.add(mark(i));
    const before = { match: drawn('match').length, conflict: drawn('conflict').length };
    expect(store.repair()).toBe(false);
    registry().delete(HIGHLIGHT_NAMES.conflict);
    registry().set(HIGHLIGHT_NAMES.match, new (globalThis as unknown as { Highlight: new () => Set<Range> }).Highlight());
    expect(store.repair()).toBe(true);
    expect({ match: drawn('match').length, conflict: drawn('conflict').length }).toEqual(before);
    registry().get(HIGHLIGHT_NAMES.match)!.clear();
    expect(store.repair()).toBe(true);
    expect(drawn('match').length).toBe(before.match);
  });

  it('counts a mark among the marks of its verdict, as the card and the popup do ("2 of 6")', () => {
    const store = new MarkStore(100);
    const marks = Array.from({ length: 9 }, (_, i) => mark(i));
    marks.forEach((m) => store.add(m));
    // conflicts are marks 0, 3, 6
    expect(store.positionOf(marks[3])).toEqual({ index: 1, total: 3 });
    expect(store.positionOf(marks[4])).toEqual({ index: 2, total: 6 });
    expect(store.removeWhere((m) => m.finding.factId === 'f3')).toBe(1);
    expect(store.positionOf(marks[6])).toEqual({ index: 1, total: 2 });
    expect(store.counts()).toEqual({ matches: 6, conflicts: 2 });
  });
});
