// Where a card goes beside its mark: below when it fits, above when only that fits, else the
// roomier side with a height that fits (the card scrolls) — never over the mark, always in view.
import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, overlaps, placeCard, unionBox, type Box } from '../../../lib/dom/card-place';

const view = { width: 1366, height: 657 };
const mark = (top: number, height = 20, left = 300): Box => ({ left, top, right: left + 80, bottom: top + height });
const cardBox = (p: ReturnType<typeof placeCard>, card: { width: number; height: number }): Box => ({
  left: p.left,
  top: p.top,
  right: p.left + card.width,
  bottom: p.top + Math.min(card.height, p.maxHeight),
});

describe('placeCard', () => {
  it('puts a card below its mark when it fits, above when only that fits', () => {
    const card = { width: 380, height: 300 };
    const high = placeCard(mark(100), card, view);
    expect(high.side).toBe('below');
    expect(high.top).toBe(100 + 20 + GAP);
    const low = placeCard(mark(500), card, view);
    expect(low.side).toBe('above');
    expect(low.top + card.height).toBeLessThanOrEqual(500 - GAP);
  });

  it('never covers the mark and stays in the viewport, for every mark position and card height', () => {
    for (const v of [{ width: 1366, height: 657 }, { width: 1400, height: 860 }, { width: 800, height: 500 }]) {
      for (let top = 0; top < v.height - 20; top += 7) {
        for (const height of [80, 250, 420, 530, 900]) {
          const card = { width: 380, height };
          const m = mark(top, 20, (top * 13) % (v.width - 80));
          const p = placeCard(m, card, v);
          const c = cardBox(p, card);
          expect(overlaps(c, m), `mark at ${top}, card ${height} in ${v.width}x${v.height}`).toBe(false);
          expect(c.left).toBeGreaterThanOrEqual(MARGIN);
          expect(c.right).toBeLessThanOrEqual(v.width - MARGIN);
          expect(c.top).toBeGreaterThanOrEqual(MARGIN - 0.5);
          expect(c.bottom).toBeLessThanOrEqual(v.height - MARGIN + 0.5);
        }
      }
    }
  });

  it('limits a tall card to the roomier side (it scrolls inside)', () => {
    const p = placeCard(mark(400), { width: 380, height: 900 }, view);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(Math.floor(400 - GAP - MARGIN));
  });

  it('wraps all the line boxes of a mark that spans lines', () => {
    expect(unionBox([mark(100, 20, 900), mark(122, 20, 10)])).toEqual({ left: 10, top: 100, right: 980, bottom: 142 });
    expect(unionBox([])).toBeNull();
  });
});
