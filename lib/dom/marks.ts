// The marks painted on a page, each with the finding it shows, kept sorted in document order so
// that hit-testing and keyboard navigation are binary searches. The two Highlight objects in
// CSS.highlights are updated in place as marks come and go.
//
// On a page with very many marks only those around the viewport are in the highlights (the
// "window"; the store keeps them all, for counts, the popup's list and navigation). Chromium
// rebuilds the markers of every range of every highlight in the rendering update that follows any
// change to a highlight (or to the page's DOM or styles): with the 27,000 marks of a 5 MB page
// that was 0.2-0.5 s per frame, growing with each batch painted. A window of PAINTED_AT_MOST
// marks keeps that cost bounded whatever the page's size.
import type { Finding, Verdict } from '../model';
import { HIGHLIGHT_NAMES } from './highlights';
import { partitionPoint } from '../sorted';

export interface Mark {
  range: Range;
  finding: Finding;
}

/** Above this many marks, only a window of this many around the viewport is in the highlights. */
export const PAINTED_AT_MOST = 500;

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
  /** The marks in the highlights: all of them, or the window around the viewport. */
  private readonly painted = new Set<Mark>();
  private readonly count = { match: 0, conflict: 0 };
  /** The window is [windowStart, windowStart + limit) in `marks`, once there are more than `limit`. */
  private windowStart = 0;
  private windowStale = false;

  constructor(readonly limit = PAINTED_AT_MOST) {
    this.highlights = { match: new Highlight(), conflict: new Highlight() };
    // Where a conflict and a match overlap, the conflict is drawn on top.
    this.highlights.conflict.priority = 1;
    for (const verdict of ['match', 'conflict'] as const) CSS.highlights.set(HIGHLIGHT_NAMES[verdict], this.highlights[verdict]);
  }

  get size(): number {
    return this.marks.length;
  }

  counts(): { matches: number; conflicts: number } {
    return { matches: this.count.match, conflicts: this.count.conflict };
  }

  /** Is the mark in the highlights (drawn), or only kept (outside the window)? */
  isPainted(mark: Mark): boolean {
    return this.painted.has(mark);
  }

  /** Are only the marks of a window around the viewport drawn? */
  get windowed(): boolean {
    return this.marks.length > this.limit;
  }

  private paint(mark: Mark): void {
    this.painted.add(mark);
    this.highlights[mark.finding.verdict].add(mark.range);
  }

  private unpaint(mark: Mark): void {
    if (this.painted.delete(mark)) this.highlights[mark.finding.verdict].delete(mark.range);
  }

  /** Index of the first mark that sorts after `range` (insertion point). */
  private upperBound(range: Range): number {
    return partitionPoint(this.marks.length, (i) => compare(this.marks[i].range, range) <= 0);
  }

  add(mark: Mark): void {
    const last = this.marks[this.marks.length - 1];
    // Marks mostly arrive in document order: appending is the common case.
    if (!last || compare(last.range, mark.range) <= 0) this.marks.push(mark);
    else this.marks.splice(this.upperBound(mark.range), 0, mark);
    this.byRange.set(mark.range, mark);
    this.count[mark.finding.verdict]++;
    if (this.marks.length <= this.limit) this.paint(mark);
    else this.windowStale = true;
  }

  /**
   * Puts the marks around mark `centre` (an index in `marks`, e.g. from nearViewport) in the
   * highlights and takes the others out; does nothing while every mark fits. Without `centre` the
   * window stays where it is (marks added or removed since are taken into account). The window
   * moves only when `centre` is more than a quarter of its size away from the middle, so that
   * scrolling within it changes no highlight.
   */
  moveWindow(centre?: number): void {
    const n = this.marks.length;
    if (n <= this.limit) {
      if (this.windowStale) for (const m of this.marks) if (!this.painted.has(m)) this.paint(m);
      this.windowStale = false;
      return;
    }
    const clamp = (i: number) => Math.max(0, Math.min(n - this.limit, i));
    let start = clamp(this.windowStart);
    if (centre !== undefined) {
      const wanted = clamp(Math.round(centre - this.limit / 2));
      if (Math.abs(wanted - start) > this.limit / 4) start = wanted;
    }
    if (start === this.windowStart && !this.windowStale) return;
    this.windowStart = start;
    this.windowStale = false;
    const keep = new Set(this.marks.slice(start, start + this.limit));
    for (const m of [...this.painted]) if (!keep.has(m)) this.unpaint(m);
    for (const m of keep) if (!this.painted.has(m)) this.paint(m);
  }

  /**
   * The index of the first mark whose first line box ends below the top of the viewport (marks
   * are in document order, which is mostly top to bottom), or 0. Asks for layout (a few dozen
   * rectangles at most).
   */
  nearViewport(): number {
    const lo = partitionPoint(this.marks.length, (i) => {
      const r = this.marks[i].range.getClientRects()[0] ?? this.marks[i].range.getBoundingClientRect();
      return r.bottom < 0;
    });
    return Math.min(lo, Math.max(0, this.marks.length - 1));
  }

  /**
   * Drops marks whose text left the document (a framework re-rendered it), and marks on `edited`
   * text nodes (they are read and checked again); returns how many.
   */
  prune(edited?: ReadonlySet<Node>): number {
    return this.removeWhere((m) => {
      const { startContainer: a, endContainer: b } = m.range;
      const gone = edited?.size ? edited.has(a) || edited.has(b) : false;
      return gone || !a.isConnected || !b.isConnected || m.range.collapsed;
    });
  }

  clear(): void {
    this.marks.length = 0;
    this.byRange.clear();
    this.painted.clear();
    this.count.match = this.count.conflict = 0;
    this.windowStart = 0;
    this.windowStale = false;
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
    const startsAtOrBefore = (i: number) => {
      try {
        return this.marks[i].range.comparePoint(point.node, point.offset) >= 0;
      } catch {
        return false; // a range in another tree (a detached node)
      }
    };
    return partitionPoint(this.marks.length, startsAtOrBefore) - 1;
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
      if (this.painted.has(m) && containsPoint(m.range, x, y)) return m;
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
   * A mark's place among the marks of its verdict, in page order ("2 of 6" conflicts): what the
   * card, the popup's list and keyboard navigation all count.
   */
  positionOf(mark: Mark): { index: number; total: number } | null {
    let index = -1;
    let total = 0;
    for (const m of this.marks) {
      if (m.finding.verdict !== mark.finding.verdict) continue;
      if (m === mark) index = total;
      total++;
    }
    return index < 0 ? null : { index, total };
  }

  /** Removes the marks `test` picks (gone from the page, edited, or said to be wrong by the reader); returns how many. */
  removeWhere(test: (m: Mark) => boolean): number {
    let kept = 0;
    for (const m of this.marks) {
      if (!test(m)) this.marks[kept++] = m;
      else {
        this.byRange.delete(m.range);
        this.count[m.finding.verdict]--;
        this.unpaint(m);
      }
    }
    const dropped = this.marks.length - kept;
    this.marks.length = kept;
    if (dropped) this.windowStale = true;
    return dropped;
  }

  /**
   * Puts our highlights back when the page took them out of CSS.highlights, replaced them, or
   * emptied them (the page shares the registry). Cheap: a lookup and a size per verdict.
   * Returns whether anything had to be repaired.
   */
  repair(): boolean {
    let repaired = false;
    const want = { match: 0, conflict: 0 };
    for (const m of this.painted) want[m.finding.verdict]++;
    for (const verdict of ['match', 'conflict'] as const) {
      const h = this.highlights[verdict];
      if (CSS.highlights.get(HIGHLIGHT_NAMES[verdict]) !== h) {
        CSS.highlights.set(HIGHLIGHT_NAMES[verdict], h);
        repaired = true;
      }
      if (h.size !== want[verdict]) {
        h.clear();
        for (const m of this.painted) if (m.finding.verdict === verdict) h.add(m.range);
        repaired = true;
      }
      if (h.priority !== (verdict === 'conflict' ? 1 : 0)) h.priority = verdict === 'conflict' ? 1 : 0;
    }
    return repaired;
  }

  /**
   * Keyboard navigation: the next/previous conflict after `current` (wrapping around), or the
   * next/previous match when the page has no conflict.
   */
  step(current: Mark | null, direction: 'next' | 'previous'): { mark: Mark; index: number; total: number } | null {
    const verdict: Verdict = this.count.conflict > 0 ? 'conflict' : 'match';
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
