// Counting words between two offsets, many times over one text (how far a value is from a
// subject phrase). The runs of letters and digits are found once; a count is then two binary
// searches instead of a regular expression over a slice.
import { isHighSurrogate, isLetterOrDigitCode, isLowSurrogate, LETTER_OR_DIGIT } from './char-class';

export class WordRuns {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(text: string) {
    const starts: number[] = [];
    const ends: number[] = [];
    const n = text.length;
    let open = -1;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      let word: boolean;
      let width = 1;
      if (isHighSurrogate(code) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
        word = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
        width = 2;
      } else word = isLetterOrDigitCode(code);
      if (word && open < 0) open = i;
      else if (!word && open >= 0) {
        starts.push(open);
        ends.push(i);
        open = -1;
      }
      i += width - 1;
    }
    if (open >= 0) {
      starts.push(open);
      ends.push(n);
    }
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
  }

  /** Words in text.slice(a, b), a word cut by a or b counting as one: /[\p{L}\p{N}]+/gu matches there. */
  countBetween(a: number, b: number): number {
    if (b <= a) return 0;
    return firstAtOrAfter(this.starts, b) - firstAtOrAfter(this.ends, a + 1);
  }
}

/** Index of the first value ≥ x in a sorted array. */
function firstAtOrAfter(arr: Int32Array, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether text.slice(a, b) holds at most `limit` words; stops reading once it holds more. */
export function atMostWords(text: string, a: number, b: number, limit: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    if (isHighSurrogate(code) && i + 1 < b && isLowSurrogate(text.charCodeAt(i + 1))) {
      word = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      if (word && !inWord && ++count > limit) return false;
      inWord = word;
      i++;
      continue;
    }
    word = isLetterOrDigitCode(code);
    if (word && !inWord && ++count > limit) return false;
    inWord = word;
  }
  return true;
}
