// How the reader reaches a card: resting the pointer on a mark, tabbing to an element that holds
// one, or the next/previous-mark commands. Escape and leaving both the mark and the card close it.
// Only the reader's own input counts: events a page script dispatches (isTrusted false) are
// ignored, and a focus change opens a card only right after a real Tab key (a page can call
// focus() on any element, and the focus events that follows are trusted).
import type { CardController } from './card';
import { markAtPoint } from '@/lib/dom/hit-test';
import { containsPoint, type Mark, type MarkStore } from '@/lib/dom/marks';
import type { NavDirection, NavResult } from '@/lib/ext/messaging';

/** How long the pointer rests on a mark before its card opens, and the grace to reach the card. */
const DWELL_MS = 250;
const LEAVE_MS = 300;
/** A focus change this soon after a real Tab press is the reader's. */
const TAB_FOCUS_MS = 400;

export function startInteraction(doc: Document, store: () => MarkStore | null, card: CardController): () => void {
  const win = doc.defaultView!;
  let frame = 0;
  let last = { x: 0, y: 0 };
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let leave: ReturnType<typeof setTimeout> | undefined;
  let pending: Mark | null = null;
  let lastTab = -Infinity;

  const overCard = (e: { composedPath?: () => EventTarget[] }) => {
    const host = card.host;
    return !!host && !!e.composedPath?.().includes(host);
  };
  const closeSoon = () => {
    if (leave || !card.current) return;
    leave = setTimeout(() => {
      leave = undefined;
      const m = card.current;
      if (m && !containsPoint(m.range, last.x, last.y)) card.close();
    }, LEAVE_MS);
  };
  const cancelClose = () => {
    clearTimeout(leave);
    leave = undefined;
  };

  const test = () => {
    frame = 0;
    const s = store();
    if (!s || s.size === 0) return;
    const mark = markAtPoint(doc, s, last.x, last.y);
    if (mark && mark === card.current) return cancelClose();
    if (mark !== pending) {
      clearTimeout(dwell);
      pending = mark;
      if (mark) dwell = setTimeout(() => {
        if (pending === mark) {
          cancelClose();
          card.open(mark);
        }
      }, DWELL_MS);
    }
    if (!mark) closeSoon();
  };
  const onMove = (e: PointerEvent) => {
    if (!e.isTrusted) return;
    last = { x: e.clientX, y: e.clientY };
    if (overCard(e)) {
      cancelClose();
      clearTimeout(dwell);
      pending = null;
      return;
    }
    if (!frame) frame = win.requestAnimationFrame(test);
  };
  card.onPointerLeave = (e) => {
    if (!e.isTrusted) return;
    last = { x: e.clientX, y: e.clientY };
    closeSoon();
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Tab') lastTab = e.timeStamp;
    if (e.key === 'Escape' && card.current) {
      card.close(true);
      pending = null;
    }
  };
  const onFocus = (e: FocusEvent) => {
    if (!e.isTrusted || e.timeStamp - lastTab > TAB_FOCUS_MS) return;
    const s = store();
    const el = e.target as Element | null;
    if (!s || !el || el.nodeType !== 1 || card.isOwn(el)) return;
    const mark = s.firstWithin(el);
    if (mark) card.open(mark);
  };
  const onLeaveDoc = (e: PointerEvent) => {
    if (e.isTrusted && !e.relatedTarget) closeSoon();
  };

  doc.addEventListener('pointermove', onMove, { passive: true, capture: true });
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('focusin', onFocus, true);
  doc.documentElement.addEventListener('pointerleave', onLeaveDoc);
  return () => {
    clearTimeout(dwell);
    clearTimeout(leave);
    if (frame) win.cancelAnimationFrame(frame);
    doc.removeEventListener('pointermove', onMove, { capture: true } as EventListenerOptions);
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('focusin', onFocus, true);
    doc.documentElement.removeEventListener('pointerleave', onLeaveDoc);
    card.close();
  };
}

/** Moves to the next/previous conflict (or match), scrolls it to the middle and opens its card. */
export async function navigate(store: MarkStore | null, card: CardController, direction: NavDirection): Promise<NavResult | null> {
  if (!store) return null;
  store.prune();
  const step = store.step(card.current, direction);
  if (!step) return null;
  const { mark, index, total } = step;
  const el = mark.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  card.open(mark, { position: { index, total }, focus: true });
  return { index, total, verdict: mark.finding.verdict, text: mark.range.toString(), factId: mark.finding.factId };
}
