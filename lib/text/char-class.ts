// Unicode character classes for hand-written scanners (tokeniser, capitalised words, folding), as
// table lookups: a regular expression per character is far slower than an array read. Classes of
// BMP characters are computed with the regular expression the first time a character is met.
// Characters outside the BMP (surrogate pairs) are tested with the expressions below, through the
// *Width functions at the end, which scanners call to step over one character of a class.

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
export const SPACE = /\s/u;
export const LETTER = /\p{L}/u;
/** Letters only Vietnamese writes (ă, đ, ơ, ư and the tone-marked vowels of Latin Extended Additional). */
export const VIETNAMESE_LETTER = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
/** Where a sentence can end (Unicode's STerm and ATerm, "…", and the paragraph separators: UAX #29). */
export const TERMINATOR = /[\p{Sentence_Terminal}\u2024\u2026\ufe52\uff0e\u0085\u2028\u2029]/u;

const LN = 1;
const LM = 2;
const SP = 4;
const KNOWN = 8;
const L = 16;
/** Changed by toLowerCase: an upper-case or title-case letter. */
const UPPER = 32;
const TERM = 64;
const table = new Uint8Array(0x10000);

function classify(code: number): number {
  // (small, so that the scanners inline it; the first meeting of a character is out of line)
  const c = table[code];
  return c !== 0 ? c : classifyFirst(code);
}

function classifyFirst(code: number): number {
  const ch = String.fromCharCode(code);
  const c = KNOWN | (LETTER_OR_DIGIT.test(ch) ? LN : 0) | (LETTER_OR_MARK.test(ch) ? LM : 0) | (SPACE.test(ch) ? SP : 0) | (LETTER.test(ch) ? L : 0) | (ch !== ch.toLowerCase() ? UPPER : 0) | (TERMINATOR.test(ch) ? TERM : 0);
  // (a surrogate code unit alone is in no class: the *Width functions below test a pair whole)
  table[code] = c;
  return c;
}
// ASCII is in the table from the start: scanners read it without a test of their own (a branch on
// "ASCII or not" mispredicts on mixed text and cost more than the table read)
for (let code = 0; code < 0x80; code++) classifyFirst(code);

/** \p{L} or \p{N} (a BMP code unit). */
export function isLetterOrDigitCode(code: number): boolean {
  return (classify(code) & LN) !== 0;
}

/** \p{L} or \p{M} (a BMP code unit). */
export function isLetterOrMarkCode(code: number): boolean {
  return (classify(code) & LM) !== 0;
}

/** \s (a BMP code unit). */
export function isSpaceCode(code: number): boolean {
  return (classify(code) & SP) !== 0;
}

/**
 * Whether the code unit changes in lower case (c !== c.toLowerCase() for the one-unit string):
 * the capital that starts a name. A surrogate, alone, does not.
 */
export function isUpperCode(code: number): boolean {
  return (classify(code) & UPPER) !== 0;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** \p{L} (a BMP code unit). */
export function isLetterCode(code: number): boolean {
  return (classify(code) & L) !== 0;
}

/** Whether a surrogate pair (one character outside the BMP) starts at i, inside [0, end). */
export function pairAt(text: string, i: number, end = text.length): boolean {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1));
}

/**
 * The width in code units (1, or 2 for a surrogate pair) of the character at i when it is in the
 * class (`bit` of the table, `re` for a pair), else 0; `end` bounds a pair (a pair cut by it is two
 * lone surrogates, in no class). One function for the three classes, with no callback: it runs
 * once per character of a page.
 */
function widthIn(text: string, i: number, end: number, bit: number, re: RegExp): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return pairAt(text, i, end) && re.test(text.slice(i, i + 2)) ? 2 : 0;
  return (classify(code) & bit) !== 0 ? 1 : 0;
}

/** Width of the character at i if it is \p{L} or \p{N}, else 0. */
export function letterOrDigitWidth(text: string, i: number, end = text.length): number {
  return widthIn(text, i, end, LN, LETTER_OR_DIGIT);
}

/** Width of the character at i if it is \p{L} or \p{M}, else 0. */
export function letterOrMarkWidth(text: string, i: number, end = text.length): number {
  return widthIn(text, i, end, LM, LETTER_OR_MARK);
}

/** Width of the character at i if it is \p{L}, else 0. */
export function letterWidth(text: string, i: number, end = text.length): number {
  return widthIn(text, i, end, L, LETTER);
}

/** Whether text[from, to) holds a sentence terminator (TERMINATOR; a surrogate pair tested whole). */
export function hasTerminator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && pairAt(text, i, to)) {
      if (TERMINATOR.test(text.slice(i, i + 2))) return true;
      i++;
    } else if ((classify(code) & TERM) !== 0) return true;
  }
  return false;
}
