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
 * The matches a global scan of `re` finds, when every one of them begins at one of `starts`
 * (sorted): `re` must be sticky (flag y). Like a global scan, the next try is after the match.
 */
export function* matchesAt(re: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let lastEnd = 0;
  for (const at of starts) {
    if (at < lastEnd) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    lastEnd = m.index + Math.max(1, m[0].length);
    yield m;
  }
}
