// Counting words between two offsets, many times over one text (how far a value is from a
// subject phrase). The runs of letters and digits are found once; a count is then two binary
// searches instead of a regular expression over a slice.
import { isLetterOrDigitCode, letterOrDigitWidth } from './char-class';
import { partitionPoint } from '../sorted';
import { SpanBuffer } from './span-buffer';
import type { FoldedText } from './fold';
import type { Span } from './segment';

export class WordRuns {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  /**
   * The runs of a text whose folded form has the same words (FoldedText.sameWords), read from the
   * folded text's tokens instead of the characters, leaving out those inside `skip` (sorted spans:
   * the quotations a text is measured without). Tokens are runs of letters and digits or single
   * other characters; a run is one when its first character is a letter or digit (there is no
   * surrogate pair in such a text).
   */
  static fromTokens(ft: FoldedText, tokens: { s: Int32Array; e: Int32Array }, skip: Span[]): WordRuns {
    const runs = new SpanBuffer(tokens.s.length);
    const { map, text } = ft;
    let k = 0;
    for (let t = 0; t < tokens.s.length; t++) {
      if (!isLetterOrDigitCode(text.charCodeAt(tokens.s[t]))) continue;
      const start = map[tokens.s[t]];
      while (k < skip.length && skip[k].end <= start) k++;
      if (k < skip.length && skip[k].start <= start) continue;
      runs.push(start, map[tokens.e[t]]);
    }
    return new WordRuns(runs);
  }

  /** The runs of letters and digits of a text, read character by character. */
  static fromText(text: string): WordRuns {
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
    return new WordRuns(runs);
  }

  private constructor(runs: SpanBuffer) {
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
