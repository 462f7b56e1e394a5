// Counting words between two offsets, many times over one text (how far a value is from a
// subject phrase). The runs of letters and digits are found once; a count is then two binary
// searches instead of a regular expression over a slice.
import { isLetterOrDigitCode, letterOrDigitWidth } from './char-class';
import { partitionPoint } from '../sorted';
import { SpanBuffer } from './span-buffer';

export class WordRuns {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(text: string) {
    const n = text.length;
    const runs = new SpanBuffer(n >> 3);
    let open = -1;
    for (let i = 0; i < n; ) {
      const code = text.charCodeAt(i);
      const width = code < 0xd800 ? (isLetterOrDigitCode(code) ? 1 : 0) : letterOrDigitWidth(text, i);
      if (width && open < 0) open = i;
      else if (!width && open >= 0) {
        runs.push(open, i);
        open = -1;
      }
      i += width || 1;
    }
    if (open >= 0) runs.push(open, n);
    this.starts = runs.starts();
    this.ends = runs.ends();
  }

  /** Words in text.slice(a, b), a word cut by a or b counting as one: /[\p{L}\p{N}]+/gu matches there. */
  countBetween(a: number, b: number): number {
    if (b <= a) return 0;
    const { starts, ends } = this;
    return partitionPoint(starts.length, (i) => starts[i] < b) - partitionPoint(ends.length, (i) => ends[i] <= a);
  }
}

/** Whether text.slice(a, b) holds at most `limit` words; stops reading once it holds more. */
export function atMostWords(text: string, a: number, b: number, limit: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = a; i < b; ) {
    const width = letterOrDigitWidth(text, i, b);
    if (width && !inWord && ++count > limit) return false;
    inWord = width > 0;
    i += width || 1;
  }
  return true;
}
