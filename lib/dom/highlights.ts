// Paints findings with the CSS Custom Highlight API: the ranges live in CSS.highlights and the
// ::highlight() styles come from the content script's stylesheet, so the page's DOM is untouched.
import type { Finding, Verdict } from '../model';
import { rangeFor, type PageText } from './page-text';

export const HIGHLIGHT_NAMES: Record<Verdict, string> = {
  match: 'factlens-match',
  conflict: 'factlens-conflict',
};

export function highlightsSupported(win: typeof globalThis = globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export interface PaintResult {
  match: number;
  conflict: number;
  /** Findings whose offsets could not be placed in the DOM (the page changed meanwhile). */
  unplaced: number;
}

export function paintFindings(page: PageText, findings: readonly Finding[]): PaintResult {
  const ranges: Record<Verdict, Range[]> = { match: [], conflict: [] };
  let unplaced = 0;
  for (const f of findings) {
    const range = rangeFor(page, f.start, f.end);
    if (range) ranges[f.verdict].push(range);
    else unplaced++;
  }
  for (const verdict of ['match', 'conflict'] as const) {
    const highlight = new Highlight(...ranges[verdict]);
    // Where a conflict and a match overlap, the conflict is drawn on top.
    highlight.priority = verdict === 'conflict' ? 1 : 0;
    CSS.highlights.set(HIGHLIGHT_NAMES[verdict], highlight);
  }
  return { match: ranges.match.length, conflict: ranges.conflict.length, unplaced };
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
