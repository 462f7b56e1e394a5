// Folding for matching: case, diacritics and Unicode normal form are ignored, so "Lương Cường",
// "Luong Cuong" and an NFD-encoded "Lương Cường" all compare equal. Vietnamese đ/Đ is a letter of
// its own (not d + combining mark), so it is folded explicitly.

const COMBINING = /[\u0300-\u036f]/g;

/** Folds a string for comparison. Lengths may change: use foldWithMap when offsets matter. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** map[i] is the offset in the original text of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

/**
 * Folds a text keeping, for every folded character, the offset of the original character it came
 * from, so a match found in the folded text maps back to exact offsets in the original.
 */
const charCache = new Map<string, string>();
function foldChar(ch: string): string {
  let f = charCache.get(ch);
  if (f === undefined) {
    f = fold(ch);
    if (charCache.size < 5000) charCache.set(ch, f);
  }
  return f;
}

export function foldWithMap(original: string): FoldedText {
  const parts: string[] = [];
  const map = new Int32Array(original.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    let f: string;
    if (cp < 0x80) f = ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
    else f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      if (n + 1 >= map.length) break;
      map[n++] = i;
      parts.push(f[k]);
    }
    i += width;
  }
  map[n] = original.length;
  return { text: parts.join(''), map: map.subarray(0, n + 1) };
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(ft: FoldedText, start: number, end: number): [number, number] {
  const s = ft.map[start];
  // The end maps to the character after the last folded one, so combining marks that folded to
  // nothing stay inside the range.
  const e = end >= ft.map.length - 1 ? ft.map[ft.map.length - 1] : ft.map[end];
  return [s, e];
}
