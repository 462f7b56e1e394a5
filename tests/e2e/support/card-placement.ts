// Cards beside their marks, measured: every mark of several pages, each scrolled to the top,
// middle or bottom of the viewport in turn, hovered with the real pointer, at three viewport
// sizes. Each card must belong to the hovered mark, lie inside the viewport, cover no line box
// of its mark, and scroll inside when its content is taller than the room it has.
import { expect, it } from 'vitest';
import type { Driver, DriverPage } from './driver';
import { pollUntil } from './poll';
import type { CardState } from './reading-probes';
import { screenshotPath } from './paths';

export const VIEWPORTS = [
  { width: 1366, height: 657 },
  { width: 1400, height: 860 },
  { width: 800, height: 560 },
] as const;

/** Where in the viewport each mark is put in turn (fractions of its height). */
const PLACES = [0.1, 0.5, 0.9];

/** Runs in the page: the marks of both kinds in document order, as [verdict, index] pairs. */
export function listMarks(): [string, number][] {
  const all: { verdict: string; index: number; range: Range }[] = [];
  for (const verdict of ['match', 'conflict']) {
    const ranges = [...(CSS.highlights.get(`factlens-${verdict}`) ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    ranges.forEach((range, index) => all.push({ verdict, index, range }));
  }
  all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return all.map((m) => [m.verdict, m.index]);
}

/** Runs in the page: scrolls so that the mark's first line box is centred at `y`; returns that point. */
export function putMarkAt({ verdict, index, y }: { verdict: string; index: number; y: number }): { x: number; y: number; text: string } | null {
  const ranges = [...(CSS.highlights.get(`factlens-${verdict}`) ?? [])] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[index];
  if (!range) return null;
  const first = range.getClientRects()[0];
  if (!first) return null;
  window.scrollBy({ top: first.top + first.height / 2 - y, behavior: 'instant' as ScrollBehavior });
  const r = range.getClientRects()[0];
  if (!r || r.bottom < 0 || r.top > innerHeight) return null;
  return { x: r.left + Math.min(r.width / 2, 6), y: r.top + r.height / 2, text: range.toString() };
}

type Open = Extract<CardState, { open: true }>;

export interface PlacementFigures {
  cards: number;
  covering: number;
  outside: number;
  notScrolling: number;
  scrolled: number;
  above: number;
  below: number;
  tallest: number;
}

export function checkCards(opts: {
  driver: () => Driver;
  pages: () => { name: string; url: string }[];
  open: (url: string) => Promise<{ page: DriverPage; card: () => Promise<CardState> }>;
}) {
  it(
    'puts every mark’s card beside its mark (above or below, never over it, inside the viewport, scrolling when tall), at three viewport sizes',
    async () => {
      const name = opts.driver().name;
      const total: PlacementFigures = { cards: 0, covering: 0, outside: 0, notScrolling: 0, scrolled: 0, above: 0, below: 0, tallest: 0 };
      const problems: string[] = [];
      for (const { name: pageName, url } of opts.pages()) {
        const { page, card } = await opts.open(url);
        const marks = await page.evaluate(listMarks);
        expect(marks.length, `marks on ${pageName}`).toBeGreaterThan(0);
        for (const view of VIEWPORTS) {
          await page.setViewport(view.width, view.height);
          let shot = false;
          for (let i = 0; i < marks.length; i++) {
            const [verdict, index] = marks[i];
            await page.press('Escape');
            await page.mouseMove(1, 1);
            const at = await page.evaluate(putMarkAt, { verdict, index, y: Math.round(view.height * PLACES[i % PLACES.length]) });
            if (!at) continue;
            await page.mouseMove(at.x - 2, at.y);
            await page.mouseMove(at.x, at.y);
            const c = (await pollUntil(card, (s) => s.open && s.markRects.some((r) => at.x >= r.left && at.x <= r.right && at.y >= r.top && at.y <= r.bottom), {
              what: `the card of “${at.text}” on ${pageName} at ${view.width}×${view.height}`,
              interval: 50,
              timeout: 10_000,
            })) as Open;
            total.cards++;
            const where = `“${at.text}” (${verdict} ${index}) on ${pageName} at ${view.width}×${view.height}, mark at y=${Math.round(at.y)}`;
            const covers = c.markRects.some((m) => c.rect.left < m.right - 1 && m.left + 1 < c.rect.right && c.rect.top < m.bottom - 1 && m.top + 1 < c.rect.bottom);
            const inside = c.rect.left >= 0 && c.rect.top >= 0 && c.rect.right <= c.view.width && c.rect.bottom <= c.view.height;
            if (covers) (total.covering++, problems.push(`covers its mark: ${where}`));
            if (!inside) (total.outside++, problems.push(`outside the viewport: ${where} ${JSON.stringify(c.rect)}`));
            if (c.overflowing && !c.scrollable) (total.notScrolling++, problems.push(`cut without scrolling: ${where}`));
            if (c.overflowing) total.scrolled++;
            if (c.side === 'above') total.above++;
            else total.below++;
            total.tallest = Math.max(total.tallest, Math.round(c.rect.bottom - c.rect.top));
            if (!shot && c.side === 'above' && c.overflowing) {
              shot = true;
              await page.screenshot(screenshotPath(`${name}-card-${pageName.replace(/\W+/g, '_')}-${view.width}x${view.height}`));
            }
          }
        }
        await page.close();
      }
      console.log(
        `[${name}] cards beside their marks: ${total.cards} cards opened by hovering, at ${VIEWPORTS.map((v) => `${v.width}×${v.height}`).join(', ')}; ` +
          `${total.covering} covered their mark, ${total.outside} left the viewport, ${total.notScrolling} were cut without scrolling; ` +
          `${total.below} below and ${total.above} above their mark; ${total.scrolled} scroll inside; tallest ${total.tallest} px`,
      );
      expect(problems).toEqual([]);
      expect(total.cards).toBeGreaterThan(60);
    },
    600_000,
  );
}
