// Running a pattern only where a match can begin. The date and figure patterns open with a
// lookbehind (no letter or digit before), which keeps V8 from skipping ahead quickly: scanned
// globally, they are tried at every character of the page. Their matches can only begin at a
// token that starts with a digit or is one of a few words (a month, a qualifier, a number word),
// so they are tried (sticky) at those tokens only.
import { tokensOf, type PhraseSet } from '../lexicon';
import type { Tokens } from '../lexicon/phrase-set';

/** Starts of the tokens that begin with a digit, per tokenised text (shared by the three patterns' scans). */
const digitStartsCache = new WeakMap<Tokens, Int32Array>();
function digitStarts(folded: string, tokens: Tokens): Int32Array {
  let out = digitStartsCache.get(tokens);
  if (!out) {
    const { s } = tokens;
    const buf = new Int32Array(s.length);
    let n = 0;
    for (let k = 0; k < s.length; k++) {
      const c = folded.charCodeAt(s[k]);
      if (c >= 0x30 && c <= 0x39) buf[n++] = s[k];
    }
    out = buf.slice(0, n);
    digitStartsCache.set(tokens, out);
  }
  return out;
}

/**
 * Starts of the tokens of folded text that are one of `words` or (when `digits`) begin with a
 * digit, in order.
 */
export function candidateStarts(folded: string, words: PhraseSet<true> | undefined, digits = true): number[] {
  const digitAt = digits ? digitStarts(folded, tokensOf(folded)) : new Int32Array(0);
  const hits = words ? words.findAll(folded) : [];
  // merge two sorted lists (a token is either a digit's or a word's)
  const out: number[] = [];
  let d = 0;
  let w = 0;
  while (d < digitAt.length || w < hits.length) {
    if (w >= hits.length || (d < digitAt.length && digitAt[d] < hits[w].start)) out.push(digitAt[d++]);
    else out.push(hits[w++].start);
  }
  return out;
}

/**
 * A pattern is run on a window of the text around each start, not on the rest of the page: V8's
 * backtracking keeps a frame per repetition, so a pattern like \d+ over 8 MB of digits overflowed
 * the stack (and each try read to the page's end). Matches are short (a date, a figure, a
 * locative: well under a hundred characters); one that comes near the window's end is tried
 * again on a window four times as large, up to MAX_WINDOW, past which the start is given up.
 */
const WINDOW = 1_024;
const MAX_WINDOW = 65_536;
/** Characters kept before the start for the patterns' lookbehinds (one character, maybe a pair). */
const BEHIND = 16;
/** A match ending this close to a cut window end may have been cut short: try a larger one. */
const MARGIN = 64;

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  if (text.length - at <= WINDOW) {
    re.lastIndex = at;
    return re.exec(text);
  }
  const from = Math.max(0, at - BEHIND);
  for (let size = WINDOW; size <= MAX_WINDOW; size *= 4) {
    const to = at + size;
    const whole = to >= text.length;
    re.lastIndex = at - from;
    const m = re.exec(whole ? text.slice(from) : text.slice(from, to));
    if (!m) return null;
    if (whole || m.index + m[0].length <= to - from - MARGIN) {
      m.index += from;
      return m;
    }
  }
  return null;
}

/**
 * The matches a global scan of `re` finds, when every one of them begins at one of `starts`
 * (sorted): `re` must be sticky (flag y). Like a global scan, the next try is after the match.
 */
export function* matchesAt(re: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let lastEnd = 0;
  for (const at of starts) {
    if (at < lastEnd) continue;
    const m = execAt(re, text, at);
    if (!m) continue;
    lastEnd = m.index + Math.max(1, m[0].length);
    yield m;
  }
}

/**
 * The values `read` makes of the matches of `re` at `starts`; a match it reads as nothing does not
 * hide the starts inside it ("en mars 2019 après deux ans": the year is no count, "deux ans" is).
 */
export function* readsAt<T>(re: RegExp, text: string, starts: readonly number[], read: (m: RegExpExecArray) => T | undefined): Generator<T> {
  let lastEnd = 0;
  for (const at of starts) {
    if (at < lastEnd) continue;
    const m = execAt(re, text, at);
    if (!m) continue;
    const v = read(m);
    if (v === undefined) continue;
    lastEnd = m.index + Math.max(1, m[0].length);
    yield v;
  }
}
