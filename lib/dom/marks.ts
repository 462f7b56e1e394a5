// The marks painted on a page, each with the finding it shows, kept sorted in document order so
// that hit-testing and keyboard navigation are binary searches. The two Highlight objects in
// CSS.highlights are updated in place as marks come and go.
import type { Finding, Verdict } from '../model';
import { HIGHLIGHT_NAMES } from './highlights';

export interface Mark {
  range: Range;
  finding: Finding;
}

export interface DomPointLike {
  node: Node;
  offset: number;
}

/** Orders two ranges by start (then end); ranges in different trees (a detached node) compare as 0. */
function compare(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b);
  } catch {
    return 0;
  }
}

export class MarkStore {
  readonly marks: Mark[] = [];
  private readonly byRange = new Map<Range, Mark>();
  private readonly highlights: Record<Verdict, Highlight>;

  constructor() {
    this.highlights = { match: new Highlight(), conflict: new Highlight() };
    // Where a conflict and a match overlap, the conflict is drawn on top.
    this.highlights.conflict.priority = 1;
    for (const verdict of ['match', 'conflict'] as const) CSS.highlights.set(HIGHLIGHT_NAMES[verdict], this.highlights[verdict]);
  }

  get size(): number {
    return this.marks.length;
  }

  counts(): { matches: number; conflicts: number } {
    return { matches: this.highlights.match.size, conflicts: this.highlights.conflict.size };
  }

  /** Index of the first mark that sorts after `range` (insertion point). */
  private upperBound(range: Range): number {
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(this.marks[mid].range, range) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(mark: Mark): void {
    const last = this.marks[this.marks.length - 1];
    // Marks mostly arrive in document order: appending is the common case.
    if (!last || compare(last.range, mark.range) <= 0) this.marks.push(mark);
    else this.marks.splice(this.upperBound(mark.range), 0, mark);
    this.byRange.set(mark.range, mark);
    this.highlights[mark.finding.verdict].add(mark.range);
  }

  /**
   * Drops marks whose text left the document (a framework re-rendered it), and marks on `edited`
   * text nodes (they are read and checked again); returns how many.
   */
  prune(edited?: ReadonlySet<Node>): number {
    let kept = 0;
    for (const m of this.marks) {
      const { startContainer: a, endContainer: b } = m.range;
      const gone = edited?.size ? edited.has(a) || edited.has(b) : false;
      if (!gone && a.isConnected && b.isConnected && !m.range.collapsed) this.marks[kept++] = m;
      else {
        this.byRange.delete(m.range);
        this.highlights[m.finding.verdict].delete(m.range);
      }
    }
    const dropped = this.marks.length - kept;
    this.marks.length = kept;
    return dropped;
  }

  clear(): void {
    this.marks.length = 0;
    this.byRange.clear();
    for (const verdict of ['match', 'conflict'] as const) {
      this.highlights[verdict].clear();
      CSS.highlights.delete(HIGHLIGHT_NAMES[verdict]);
    }
  }

  /** Puts the (empty or filled) highlights back in CSS.highlights after clear(). */
  reattach(): void {
    for (const verdict of ['match', 'conflict'] as const) CSS.highlights.set(HIGHLIGHT_NAMES[verdict], this.highlights[verdict]);
  }

  forRange(range: AbstractRange): Mark | undefined {
    return this.byRange.get(range as Range);
  }

  /** Index of the last mark starting at or before the point, -1 if none. */
  lastStartingAtOrBefore(point: DomPointLike): number {
    let lo = 0;
    let hi = this.marks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      let before: boolean;
      try {
        before = this.marks[mid].range.comparePoint(point.node, point.offset) >= 0;
      } catch {
        before = false;
      }
      if (before) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The mark under the pointer, from the caret position there: the marks starting at or before
   * the caret are candidates (a few, for overlaps), and the pointer must lie in one of the
   * candidate's line boxes (the caret snaps to the nearest boundary, even beside a mark).
   */
  atPoint(point: DomPointLike, x: number, y: number): Mark | null {
    const i = this.lastStartingAtOrBefore(point);
    for (let j = i; j >= 0 && j > i - 4; j--) {
      const m = this.marks[j];
      if (containsPoint(m.range, x, y)) return m;
    }
    return null;
  }

  /** The first mark starting inside `el`, if any. */
  firstWithin(el: Element): Mark | null {
    const doc = el.ownerDocument;
    const probe = doc.createRange();
    probe.selectNodeContents(el);
    let i = this.lastStartingAtOrBefore({ node: probe.startContainer, offset: probe.startOffset });
    for (i = Math.max(0, i); i < this.marks.length; i++) {
      const r = this.marks[i].range;
      let cmp: number;
      try {
        cmp = probe.comparePoint(r.startContainer, r.startOffset);
      } catch {
        continue;
      }
      if (cmp === 0) return this.marks[i];
      if (cmp > 0) return null;
    }
    return null;
  }

  /**
   * Keyboard navigation: the next/previous conflict after `current` (wrapping around), or the
   * next/previous match when the page has no conflict.
   */
  step(current: Mark | null, direction: 'next' | 'previous'): { mark: Mark; index: number; total: number } | null {
    const verdict: Verdict = this.highlights.conflict.size > 0 ? 'conflict' : 'match';
    const list = this.marks.filter((m) => m.finding.verdict === verdict);
    if (list.length === 0) return null;
    let at = current ? list.indexOf(current) : -1;
    if (at < 0 && current) {
      // The current mark is of the other verdict: continue from its place in the document.
      const pos = this.marks.indexOf(current);
      const after = list.findIndex((m) => this.marks.indexOf(m) > pos);
      at = after < 0 ? list.length : after;
      at = direction === 'next' ? at - 1 : at;
    }
    const index =
      direction === 'next' ? (at + 1) % list.length : at <= 0 ? list.length - 1 : at - 1;
    return { mark: list[index], index, total: list.length };
  }
}

export function containsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
