// Unicode character classes for hand-written scanners (tokeniser, capitalised words, folding), as
// table lookups: a regular expression per character is far slower than an array read. Classes of
// BMP characters are computed with the regular expression the first time a character is met.
// Characters outside the BMP (surrogate pairs) are tested by callers with the expressions below.

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
export const SPACE = /\s/u;
export const LETTER = /\p{L}/u;

const LN = 1;
const LM = 2;
const SP = 4;
const KNOWN = 8;
const L = 16;
const table = new Uint8Array(0x10000);

function classify(code: number): number {
  let c = table[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN | (LETTER_OR_DIGIT.test(ch) ? LN : 0) | (LETTER_OR_MARK.test(ch) ? LM : 0) | (SPACE.test(ch) ? SP : 0) | (LETTER.test(ch) ? L : 0);
    // a lone surrogate is classified by its caller with its pair
    if (code < 0xd800 || code > 0xdfff) table[code] = c;
  }
  return c;
}

/** \p{L} or \p{N} (a BMP code unit). */
export function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return (classify(code) & LN) !== 0;
}

/** \p{L} or \p{M} (a BMP code unit). */
export function isLetterOrMarkCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return (classify(code) & LM) !== 0;
}

/** \s (a BMP code unit). */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (classify(code) & SP) !== 0;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** \p{L} (a BMP code unit). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return (classify(code) & L) !== 0;
}
