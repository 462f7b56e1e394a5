// Which mark is under the pointer. CSS.highlights.highlightsFromPoint answers directly where the
// browser has it (Chromium 140+, with the ranges hit); elsewhere the caret position at the point
// (caretPositionFromPoint in Firefox and recent Chromium, caretRangeFromPoint in older Chromium)
// is looked up in the sorted marks by binary search.
import { type DomPointLike, type Mark, type MarkStore } from './marks';
import { HIGHLIGHT_NAMES } from './highlights';

type HitResult = { highlight: Highlight; ranges?: AbstractRange[] } | Highlight;
type HighlightsWithHitTest = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number, opts?: object) => HitResult[] };

export function caretAt(doc: Document, x: number, y: number): DomPointLike | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}


export function markAtPoint(doc: Document, store: MarkStore, x: number, y: number): Mark | null {
  const registry = CSS.highlights as HighlightsWithHitTest;
  if (typeof registry.highlightsFromPoint === 'function') {
    const ours = new Set(Object.values(HIGHLIGHT_NAMES).map((n) => registry.get(n)));
    let hits: HitResult[] | null = null;
    try {
      hits = registry.highlightsFromPoint(x, y);
    } catch {
      hits = null;
    }
    if (hits) {
      // Conflicts are listed first (higher priority), so a conflict wins over a match it overlaps.
      for (const hit of hits) {
        const highlight = 'highlight' in hit ? hit.highlight : (hit as Highlight);
        if (!ours.has(highlight)) continue;
        const ranges = 'highlight' in hit ? hit.ranges : undefined;
        if (!ranges) continue;
        for (const r of ranges) {
          const mark = store.forRange(r);
          if (mark) {
            return mark;
          }
        }
      }
      // No answer naming one of our ranges (an older shape of the API that names only the
      // highlight, or a point it does not report, e.g. on a wavy underline's overhang): the
      // caret decides.
    }
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  return store.atPoint(caret, x, y);
}
