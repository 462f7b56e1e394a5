// Comparisons of a value read on a page with the value the fact base holds.
import { intervalOf, weekdayOf, type DateMention } from './extract/dates';
import type { FigureMention } from './extract/figures';
import type { DateValue, FigureValue, Qualifier, Verdict } from './model';

export interface Comparison {
  verdict: Verdict;
  reason: string;
}

const t = (iso: string) => Date.parse(iso + 'T00:00:00Z');

/**
 * A page date matches when it lies inside the fact's interval at the page's own precision
 * ("October 25" or "October 2025" for 25–26 October 2025) and conflicts when it does not.
 * A date written without a year is compared on day and month in the fact's year; so is a fact
 * whose year was itself only inferred. A weekday that does not fall on the date is a conflict.
 */
export function compareDate(page: DateMention, fact: DateValue): Comparison | undefined {
  if (page.precision === 'year' && !yearKnown(page, fact)) return undefined;
  if (!page.year && fact.precision === 'year') return undefined;
  const iv = pageInterval(page, fact);
  if (!iv) return undefined;
  const [ps, pe, fs, fe] = [t(iv.start), t(iv.end), t(fact.start), t(fact.end)];
  let inside: boolean;
  if (page.precision === 'day' && fact.precision === 'day') inside = ps >= fs && pe <= fe;
  else inside = ps <= fe && fs <= pe; // a month or year that holds the fact's days
  if (inside && page.weekday !== undefined && page.precision === 'day' && page.day2 === undefined) {
    if (weekdayOf(iv.start) !== page.weekday) return { verdict: 'conflict', reason: 'The weekday written does not fall on this date.' };
  }
  if (inside) return { verdict: 'match', reason: 'The date agrees with the fact base.' };
  return { verdict: 'conflict', reason: 'The fact base gives a different date for this.' };
}

/**
 * Whether a page date and the fact's interval share a day (at the page's precision): a range
 * several events share ("the visit and the ceremony, 24–25 October") spans them all, so it
 * disagrees with one event's days only when they cannot meet.
 */
export function datesMeet(page: DateMention, fact: DateValue): boolean {
  const iv = pageInterval(page, fact);
  return !!iv && t(iv.start) <= t(fact.end) && t(fact.start) <= t(iv.end);
}

/** Whether the page's year is the one to compare in (a fact's inferred year is not known either). */
const yearKnown = (page: DateMention, fact: DateValue) => page.year !== undefined && !fact.yearInferred;

/** The page date's days, in its own year when both are known, else in the fact's. */
function pageInterval(page: DateMention, fact: DateValue): { start: string; end: string } | undefined {
  return intervalOf(page, yearKnown(page, fact) ? page.year! : Number(fact.start.slice(0, 4)));
}

/** The range of amounts a qualified figure allows. */
export function bounds(amount: number, q: Qualifier): [number, number] {
  switch (q) {
    case 'over': return [amount, Infinity];
    case 'at-least': return [amount, Infinity];
    case 'under': return [0, amount];
    case 'nearly': return [amount * 0.8, amount];
    case 'about': return [amount * 0.9, amount * 1.1];
    default: return [amount, amount];
  }
}

const family = (q: Qualifier) => (q === 'at-least' ? 'over' : q);
const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(a, b) * 0.01;

/**
 * Qualifiers are bounds: "over 1,000" agrees with "more than a thousand" and with "1,200", not
 * with "800". Two figures qualified the same way state the same bound, so their amounts must be
 * equal ("more than two decades" = "over 20 years"; "over 30 years" is another claim). A figure
 * bounded one way against one bounded another way is undecided unless the ranges cannot meet.
 */
export function compareFigure(page: FigureMention, fact: FigureValue): Comparison | undefined {
  if (page.unit !== fact.unit) return undefined;
  const pq = family(page.qualifier);
  const fq = family(fact.qualifier);
  if (pq === fq) {
    return same(page.amount, fact.amount)
      ? { verdict: 'match', reason: 'The figure agrees with the fact base.' }
      : { verdict: 'conflict', reason: 'The fact base gives a different figure for this.' };
  }
  const [a0, a1] = bounds(page.amount, page.qualifier);
  const [b0, b1] = bounds(fact.amount, fact.qualifier);
  const meet = a0 <= b1 * 1.0001 && b0 <= a1 * 1.0001;
  if (pq === 'exact' || fq === 'exact') {
    if (!meet) return { verdict: 'conflict', reason: 'The figure lies outside the bound the fact base gives.' };
    // "over 20 years" is said of twenty-some, not of 170: an amount far on the open side of a
    // bound neither agrees nor disagrees with it
    const [exact, bound, q] = pq === 'exact' ? [page.amount, fact.amount, fq] : [fact.amount, page.amount, pq];
    if ((q === 'over' && exact > bound * 2) || (q === 'under' && exact < bound / 2)) return undefined;
    return { verdict: 'match', reason: 'The figure lies within the bound the fact base gives.' };
  }
  return meet ? undefined : { verdict: 'conflict', reason: 'The figure cannot agree with the bound the fact base gives.' };
}
