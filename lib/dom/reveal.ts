// The popup's list of this page's findings, and "show me that one": the content script scrolls
// the page to the mark (range.getBoundingClientRect, then scrollIntoView of its element, or
// window.scrollTo) and flashes it with a third highlight, still without touching the page's DOM.
import type { Finding } from '../model';

export interface PlacedFinding {
  range: Range;
  finding: Finding;
}

/** One line of the popup's list. `index` is the mark's position among the page's marks. */
export interface FindingItem {
  index: number;
  verdict: Finding['verdict'];
  kind: Finding['kind'];
  text: string;
  factId: string;
  subject: string;
  reason: string;
}

export interface RevealRequest {
  index: number;
  /** Checked against the mark at `index`; when the page changed, the first mark of this fact and text is used. */
  factId: string;
  text: string;
}

export const FOCUS_HIGHLIGHT = 'factlens-focus';
export const FLASH_MS = 1600;

/** Conflicts first, then matches, each in page order. */
export function listFindings(marks: readonly PlacedFinding[]): FindingItem[] {
  const items = marks.map(({ finding: f }, index): FindingItem => ({
    index,
    verdict: f.verdict,
    kind: f.kind,
    text: f.text,
    factId: f.factId,
    subject: f.subjectLabel ?? f.subject,
    reason: f.reason,
  }));
  return [...items.filter((i) => i.verdict === 'conflict'), ...items.filter((i) => i.verdict === 'match')];
}

export function findMark(marks: readonly PlacedFinding[], req: RevealRequest): PlacedFinding | undefined {
  const at = marks[req.index];
  if (at && at.finding.factId === req.factId && at.finding.text === req.text) return at;
  return marks.find((m) => m.finding.factId === req.factId && m.finding.text === req.text);
}

export interface RevealResult {
  found: boolean;
  /** Where the mark is after scrolling, relative to the viewport. */
  top?: number;
  bottom?: number;
}

/**
 * Scrolls the window so that the mark is in the middle of the view and flashes it. Returns the
 * mark's box after the scroll (for tests: it lies within the viewport).
 */
export function revealMark(mark: PlacedFinding, win: Window & typeof globalThis = window): RevealResult {
  const { range } = mark;
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // scrollIntoView scrolls every scrolling ancestor (an article inside a scrolled panel); the
  // range's own box then centres the exact words in the window.
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  const box = range.getBoundingClientRect();
  const offset = box.top + box.height / 2 - win.innerHeight / 2;
  if (Math.abs(offset) > 1) win.scrollBy({ top: offset, behavior: 'instant' as ScrollBehavior });
  flash(range, win);
  const after = range.getBoundingClientRect();
  return { found: true, top: after.top, bottom: after.bottom };
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

function flash(range: Range, win: Window & typeof globalThis): void {
  const css = win.CSS as typeof CSS | undefined;
  if (!css || !('highlights' in css) || typeof win.Highlight !== 'function') return;
  const h = new win.Highlight(range);
  h.priority = 2;
  css.highlights.set(FOCUS_HIGHLIGHT, h);
  if (flashTimer) clearTimeout(flashTimer);
  flashTimer = setTimeout(() => css.highlights.delete(FOCUS_HIGHLIGHT), FLASH_MS);
}
