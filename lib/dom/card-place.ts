// Where a mark's card goes: beside the mark, never over it. Below the mark when the card fits
// there, else above when it fits there, else on the roomier side with a height that fits (the
// card then scrolls inside). Pure geometry, so it is tested without a browser.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height is limited to this (its content scrolls beyond). */
  maxHeight: number;
  side: 'below' | 'above';
}

export const MARGIN = 8;
export const GAP = 6;
/** A card is never squeezed below this; a side with less room is not used unless both have less. */
export const MIN_HEIGHT = 96;

/** The box around all of a mark's line boxes (a mark can wrap over lines). */
export function unionBox(rects: ArrayLike<Box>): Box | null {
  if (!rects.length) return null;
  let { left, top, right, bottom } = rects[0];
  for (let i = 1; i < rects.length; i++) {
    const r = rects[i];
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { left, top, right, bottom };
}

/**
 * The card's place for a mark at `mark` (viewport coordinates), a card of natural size
 * `card` and a viewport of `view`.
 */
export function placeCard(mark: Box, card: { width: number; height: number }, view: { width: number; height: number }): Placement {
  const below = view.height - MARGIN - (mark.bottom + GAP);
  const above = mark.top - GAP - MARGIN;
  let side: Placement['side'];
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else side = below >= above ? 'below' : 'above';
  const room = Math.max(side === 'below' ? below : above, Math.min(MIN_HEIGHT, card.height));
  const height = Math.min(card.height, room);
  const top = side === 'below' ? mark.bottom + GAP : mark.top - GAP - height;
  const left = Math.min(Math.max(MARGIN, mark.left), Math.max(MARGIN, view.width - MARGIN - card.width));
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(room), side };
}

/** Do two boxes share any area? */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
