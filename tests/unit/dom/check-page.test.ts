// @vitest-environment happy-dom
// happy-dom has no CSS Custom Highlight API: a minimal registry stands in for CSS.highlights, so
// what is tested is which ranges the content script hands to it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPage } from '../../../lib/dom/check-page';
import type { CheckPageRequest, TabSummary } from '../../../lib/ext/messaging';
import type { Finding } from '../../../lib/model';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function finding(text: string, start: number, verdict: Finding['verdict']): Finding {
  return {
    start,
    end: start + text.length,
    text,
    kind: 'name',
    verdict,
    factId: `f-${text}`,
    subject: 'x',
    expected: { name: text, aliases: [] },
    sources: [],
    reason: 'test',
  };
}

const registry = () => (globalThis.CSS as unknown as { highlights: Map<string, FakeHighlight> }).highlights;
const texts = (name: string) => [...(registry().get(name) ?? [])].map((r) => (r as Range).toString());

describe('checkPage (content script)', () => {
  beforeEach(() => {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: new Map() });
    document.body.innerHTML =
      '<article><h1>Hanoi signing</h1><p>Led by <b>Le Thi</b> Thu Hang; La Thi Thu Hang spoke.</p></article><textarea>Le Thi Thu Hang</textarea>';
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the page text, paints matches and conflicts in their own highlights, and reports counts', async () => {
    const reports: TabSummary[] = [];
    let sent: CheckPageRequest | undefined;
    const result = await checkPage(
      document,
      async (req) => {
        sent = req;
        return {
          lang: 'en',
          findings: [
            finding('Le Thi Thu Hang', req.text.indexOf('Le Thi'), 'match'),
            finding('La Thi Thu Hang', req.text.indexOf('La Thi'), 'conflict'),
          ],
        };
      },
      (s) => reports.push(s),
    );
    expect(sent!.text).toBe('Hanoi signing\nLed by Le Thi Thu Hang; La Thi Thu Hang spoke.');
    expect(texts('factlens-match')).toEqual(['Le Thi Thu Hang']);
    expect(texts('factlens-conflict')).toEqual(['La Thi Thu Hang']);
    expect(registry().get('factlens-conflict')!.priority).toBeGreaterThan(registry().get('factlens-match')!.priority);
    expect(result).toMatchObject({ status: 'done', matches: 1, conflicts: 1 });
    expect(reports.map((r) => r.status)).toEqual(['checking', 'done']);
  });

  it('reports a failed check as an error with its message and paints nothing', async () => {
    const result = await checkPage(document, () => Promise.reject(new Error('background gone')), () => {});
    expect(result).toMatchObject({ status: 'error', message: 'background gone', matches: 0, conflicts: 0 });
    expect(registry().size).toBe(0);
  });

  it('says so when the browser has no Custom Highlight API, without asking the background', async () => {
    vi.stubGlobal('Highlight', undefined);
    const check = vi.fn();
    const result = await checkPage(document, check, () => {});
    expect(result.status).toBe('unsupported');
    expect(check).not.toHaveBeenCalled();
  });
});
