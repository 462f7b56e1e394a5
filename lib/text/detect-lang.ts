import type { Lang } from '../model';
import { isLetterCode, letterWidth } from './char-class';

// Vietnamese is told by its letters (ơ ư ă đ and stacked tone marks); French from English by
// function words. Cheap and good enough for news text of a few hundred characters or more.
// One scan by hand over the first 20,000 characters (it was three regular expressions).
const VI_LOWER = 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
const VI_LETTERS = new Uint8Array(0x2000);
for (const c of VI_LOWER + VI_LOWER.toUpperCase()) VI_LETTERS[c.charCodeAt(0)] = 1;
// lower-case only: "Le Thi Thu Hang" and "La Thi Thu Hang" are names, not French articles
const FR_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'avec', 'sur', 'qui', 'que', 'au', 'aux', 'été', 'à']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'with', 'on', 'that', 'by', 'from', 'at']);

// Function words packed into a small integer, 5 bits per letter (a–z, é, à: the only letters they
// have), so that a word of the text is looked up without cutting a string out of it.
function letterCode(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 0x60 : c === 0xe9 ? 27 : c === 0xe0 ? 28 : 0;
}
function pack(w: string): number {
  let key = 0;
  for (let i = 0; i < w.length; i++) key = key * 32 + letterCode(w.charCodeAt(i));
  return key;
}
const FUNCTION_WORDS = new Map<number, number>([
  ...[...FR_WORDS].map((w) => [pack(w), 1] as [number, number]),
  ...[...EN_WORDS].map((w) => [pack(w), -1] as [number, number]),
]);

export function detectLang(text: string): Lang {
  const n = Math.min(text.length, 20000);
  let vi = 0;
  let letters = 0;
  // French words minus English words; words are maximal runs of letters (as the lookarounds
  // (?<!\p{L}) … (?!\p{L}) made them). A word's packed key is built as it is read: -1 once it is
  // longer than 4 letters or has a letter no function word has.
  let frMinusEn = 0;
  let inWord = false;
  let key = 0;
  let len = 0;
  for (let i = 0, check = 1024; i < n; ) {
    // Vietnamese is certain once its letters would stay above 2% even if every character left
    // were a letter of another language: a Vietnamese page is told from its first lines
    if (i >= check) {
      if (vi > 0.02 * (letters + n - i)) return 'vi';
      check += 1024;
    }
    const code = text.charCodeAt(i);
    const width = code < 0xd800 ? (isLetterCode(code) ? 1 : 0) : letterWidth(text, i, n);
    if (width) {
      letters++;
      if (code >= 0xc0 && code < 0x2000 && VI_LETTERS[code] === 1) vi++;
      if (!inWord) {
        inWord = true;
        key = 0;
        len = 0;
      }
      if (key >= 0) {
        const c = ++len > 4 ? 0 : letterCode(code);
        key = c ? key * 32 + c : -1;
      }
    } else if (inWord) {
      if (key >= 0) frMinusEn += FUNCTION_WORDS.get(key) ?? 0;
      inWord = false;
    }
    i += width || 1;
  }
  if (inWord && key >= 0) frMinusEn += FUNCTION_WORDS.get(key) ?? 0;
  if (vi / (letters || 1) > 0.02) return 'vi';
  return frMinusEn > 0 ? 'fr' : 'en';
}
