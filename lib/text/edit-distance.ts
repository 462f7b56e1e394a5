/** Levenshtein distance with an early exit once the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max === 1) return oneEditApart(a, b) ? 1 : 2;
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Whether two different strings whose lengths differ by at most one are one edit apart: one
 * substitution (same length) or one insertion. Linear and without arrays: the name checks ask it
 * for every capitalised word against the people named on the page.
 */
function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // a is b with one character more, at i; or, as long as b, one character differs at i
  const skip = a.length > b.length ? 1 : 0;
  for (let j = i + 1; j < a.length; j++) if (a.charCodeAt(j) !== b.charCodeAt(j - skip)) return false;
  return true;
}
