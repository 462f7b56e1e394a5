// Binary search over sorted data, written once for the engine and the DOM code (offsets, hits,
// sentences, marks are all kept sorted so that lookups stay logarithmic on a 5 MB page).

/**
 * The first index in [lo, hi) at which `before(i)` is false, given that `before` is true on a
 * prefix of the range and false on the rest (hi when it is true everywhere).
 */
export function partitionPoint(hi: number, before: (i: number) => boolean, lo = 0): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span (sorted by start, not overlapping) that contains `pos`, -1 if none. */
export function spanIndexAt(spans: ArrayLike<{ start: number; end: number }>, pos: number): number {
  const i = partitionPoint(spans.length, (k) => spans[k].end <= pos);
  return i < spans.length && spans[i].start <= pos ? i : -1;
}
