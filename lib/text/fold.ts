// Folding for matching: case, diacritics and Unicode normal form are ignored, so "Lương Cường",
// "Luong Cuong" and an NFD-encoded "Lương Cường" all compare equal. Vietnamese đ/Đ is a letter of
// its own (not d + combining mark), so it is folded explicitly.

import { isHighSurrogate, isLetterOrDigitCode, pairAt } from './char-class';

const COMBINING = /[\u0300-\u036f]/g;

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

// Words and short phrases are folded again and again (every capitalised word of every page):
// their folded forms are kept in a bounded table.
const shortFolds = new Map<string, string>();

/** Folds a string for comparison. Lengths may change: use foldWithMap when offsets matter. */
export function fold(s: string): string {
  if (s.length > 24) return foldUncached(s);
  let f = shortFolds.get(s);
  if (f === undefined) {
    f = foldUncached(s);
    if (shortFolds.size >= 20000) shortFolds.clear();
    shortFolds.set(s, f);
  }
  return f;
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** map[i] is the offset in the original text of folded character i; map[text.length] = original length. */
  map: Int32Array;
  /**
   * Whether the runs of letters and digits of the folded text are exactly those of the original,
   * mapped through `map`: every character folded to at least one character, letters and digits
   * to letters and digits only, other characters to no letter or digit. False when a mark folded
   * away (NFD text: "Lu\u031bo\u031b\u0300ng" is three runs, folded one), and for characters
   * outside the BMP, which are not looked into.
   */
  sameWords: boolean;
}

/**
 * Folded forms of BMP characters above ASCII, filled as characters are met: 0 not met yet,
 * code + 1 when the character folds to one character, -1 when to none (a combining mark), -2 when
 * to several (their string is in manyFolds).
 */
const oneFold = new Int32Array(0x10000);
const manyFolds = new Map<number, string>();
/** 1 when the character's fold keeps its words (see FoldedText.sameWords), filled with oneFold. */
const keepsWords = new Uint8Array(0x10000);
function charFold(code: number): number {
  let f = oneFold[code];
  if (f === 0) {
    const s = foldUncached(String.fromCharCode(code));
    f = s.length === 1 ? s.charCodeAt(0) + 1 : s.length === 0 ? -1 : -2;
    if (f === -2) manyFolds.set(code, s);
    oneFold[code] = f;
    const word = isLetterOrDigitCode(code);
    let keeps = s.length > 0 && (code < 0xd800 || code > 0xdfff);
    for (let k = 0; k < s.length; k++) if (isLetterOrDigitCode(s.charCodeAt(k)) !== word) keeps = false;
    keepsWords[code] = keeps ? 1 : 0;
  }
  return f;
}
const pairFolds = new Map<string, string>();

/**
 * Folds a text keeping, for every folded character, the offset of the original character it came
 * from, so a match found in the folded text maps back to exact offsets in the original.
 */
export function foldWithMap(original: string): FoldedText {
  const len = original.length;
  // A character folds to one character almost always (a letter and its marks fold to the letter),
  // so the buffers start at the text's length and grow if a text folds longer; the folded text is
  // capped at twice the original.
  const cap = len * 2;
  let codes = new Uint16Array(len + 16);
  let map = new Int32Array(len + 17);
  let n = 0;
  let sameWords = true;
  const grow = () => {
    const size = Math.min(cap, codes.length * 2);
    const c2 = new Uint16Array(size);
    const m2 = new Int32Array(size + 1);
    c2.set(codes);
    m2.set(map);
    codes = c2;
    map = m2;
  };
  for (let i = 0; i < len && n < cap; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      if (n === codes.length) grow();
      map[n] = i;
      codes[n++] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
      i++;
      continue;
    }
    let f: string | undefined;
    let width = 1;
    // (the high-surrogate test first: pairAt reads the code unit again, for every character here)
    if (isHighSurrogate(code) && pairAt(original, i, len)) {
      width = 2;
      sameWords = false;
      const pair = original.slice(i, i + 2);
      f = pairFolds.get(pair);
      if (f === undefined) {
        f = foldUncached(pair);
        if (pairFolds.size < 5000) pairFolds.set(pair, f);
      }
    } else {
      const one = charFold(code);
      if (keepsWords[code] === 0) sameWords = false;
      if (one > 0) {
        if (n === codes.length) grow();
        map[n] = i;
        codes[n++] = one - 1;
        i++;
        continue;
      }
      f = one === -1 ? '' : manyFolds.get(code)!;
    }
    for (let k = 0; k < f.length && n < cap; k++) {
      if (n === codes.length) grow();
      map[n] = i;
      codes[n++] = f.charCodeAt(k);
    }
    i += width;
  }
  // (a text cut at the cap may have lost words)
  if (n === cap) sameWords = false;
  map[n] = len;
  // (a copy when much was dropped, so that the map does not hold the larger buffer)
  return { text: codesToString(codes, n), map: n + 1 < map.length - 64 ? map.slice(0, n + 1) : map.subarray(0, n + 1), sameWords };
}

// (TextDecoder copies the code units in one call; it writes U+FFFD for a lone surrogate, which is
// no letter either, so the folded text keeps its length and its words; ignoreBOM keeps a leading
// U+FEFF. Only where code units are stored little-endian, as the decoder reads them.)
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = typeof TextDecoder === 'function' && littleEndian ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
function codesToString(codes: Uint16Array, n: number): string {
  if (utf16) return utf16.decode(codes.subarray(0, n));
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  return parts.join('');
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(ft: FoldedText, start: number, end: number): [number, number] {
  const s = ft.map[start];
  // The end maps to the character after the last folded one, so combining marks that folded to
  // nothing stay inside the range.
  const e = end >= ft.map.length - 1 ? ft.map[ft.map.length - 1] : ft.map[end];
  return [s, e];
}
