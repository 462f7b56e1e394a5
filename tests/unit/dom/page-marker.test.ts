// @vitest-environment happy-dom
// The live page marker against a page that changes under it: a check that comes back after its
// text was edited is not painted on the new text, and a node edited again and again is checked
// once per EDIT_COALESCE_MS, not once per edit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckPageRequest } from '../../../lib/ext/messaging';
import type { Finding } from '../../../lib/model';
import { EDIT_COALESCE_MS, PageMarker } from '../../../lib/dom/page-marker';

beforeAll(() => {
  const g = globalThis as unknown as { Highlight?: unknown; CSS?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {
    priority = 0;
  };
  const css = Object.assign(Object.create((g.CSS as object) ?? null), { highlights: new Map() });
  Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Finds every "2024" in a text, as the engine would find a date (offsets into the text sent). */
function yearsIn(text: string): Finding[] {
  return [...text.matchAll(/2024/g)].map((m) => ({ start: m.index!, end: m.index! + 4, text: '2024', kind: 'date', verdict: 'conflict', factId: 'y', subject: 'y', expected: { start: '2025-01-01', end: '2025-12-31', precision: 'year' }, sources: [], reason: 'r' }) as Finding);
}

function marker(check: (req: CheckPageRequest) => Promise<{ findings: Finding[] }>) {
  return new PageMarker(document, {
    check,
    isOwn: () => false,
    slicer: { schedule: (work) => void setTimeout(work, 0) },
    visible: () => true,
  });
}

describe('PageMarker on a changing page', () => {
  it('does not paint a finding on text that changed while it was being checked', async () => {
    document.body.innerHTML = '<p id="p">In 2024 the meeting</p>';
    const text = document.getElementById('p')!.firstChild as Text;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const m = marker(async (req) => {
      const findings = yearsIn(req.text);
      await gate;
      return { findings };
    });
    m.start();
    await sleep(20);
    // The page rewrites the text before the answer comes: " prefix, fo" would sit at the old offsets.
    text.data = 'A prefix, found in 1999';
    release();
    await sleep(EDIT_COALESCE_MS + 100);
    expect(m.store.marks.map((x) => x.range.toString())).toEqual([]);
    // Edited back to a year it knows: marked again, on the right words.
    text.data = 'Since 2024, yes';
    await sleep(EDIT_COALESCE_MS + 100);
    expect(m.store.marks.map((x) => x.range.toString())).toEqual(['2024']);
    m.stop();
  });

  it('coalesces a node edited every few milliseconds into one check per interval', async () => {
    document.body.innerHTML = '<p id="clock">Tick 0</p><p>Year 2024</p>';
    const clock = document.getElementById('clock')!.firstChild as Text;
    let checks = 0;
    const m = marker(async (req) => (checks++, { findings: yearsIn(req.text) }));
    m.start();
    await sleep(30);
    const first = checks;
    const started = Date.now();
    while (Date.now() - started < 2 * EDIT_COALESCE_MS) {
      clock.data = `Tick ${Date.now()}`;
      await sleep(10);
    }
    await sleep(EDIT_COALESCE_MS + 50);
    // About 100 edits in two intervals: two or three checks, not a hundred.
    expect(checks - first).toBeGreaterThan(0);
    expect(checks - first).toBeLessThanOrEqual(4);
    expect(m.store.marks.map((x) => x.range.toString())).toEqual(['2024']);
    m.stop();
  });
});

describe('PageMarker and web components', () => {
  it('reads the text of open shadow roots (and watches them), and gives each to onShadowRoot once', async () => {
    document.body.innerHTML = '<p>Outside 2024</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Inside the component, 2024 too</p>';
    const styled: ShadowRoot[] = [];
    const m = new PageMarker(document, {
      check: async (req) => ({ findings: yearsIn(req.text) }),
      isOwn: () => false,
      slicer: { schedule: (work) => void setTimeout(work, 0) },
      visible: () => true,
      onShadowRoot: (r) => styled.push(r),
    });
    m.start();
    await sleep(50);
    expect(m.store.marks.map((x) => [x.range.toString(), x.range.startContainer.getRootNode() === root])).toEqual([['2024', false], ['2024', true]]);
    expect(styled).toEqual([root]);
    // Text the component adds later is marked too.
    root.append(Object.assign(document.createElement('p'), { textContent: 'Later, 2024 again' }));
    await sleep(50);
    expect(m.store.marks.filter((x) => x.range.startContainer.getRootNode() === root)).toHaveLength(2);
    m.stop();
  });
});
