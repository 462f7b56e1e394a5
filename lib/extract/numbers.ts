// Numbers as written in news text: digits in each language's notation ("1,000", "1.000", "1 000",
// "4,5") and number words ("two", "one thousand six hundred", "soixante-cinq", "một nghìn").
import type { Lexicon } from '../lexicon';

export interface NumberHit {
  value: number;
  /** Offsets in the original text. */
  start: number;
  end: number;
  words: boolean;
}

/** Reads a digit string: a separator followed by exactly three digits groups thousands. */
export function parseDigits(s: string): number | undefined {
  const t = s.replace(/[\u00a0\u202f]/g, ' ');
  if (/^\d{1,3}(?:([,. ])\d{3})+$/.test(t)) return Number(t.replace(/[,. ]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+[.,]\d+$/.test(t)) return Number(t.replace(',', '.'));
  return undefined;
}

export const DIGITS_RE = '\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)?';

/**
 * The number words written without marks in the lexicon, folded ("Five", "DIX", "trente"): a word
 * whose lexicon spelling has marks must be written with them — "sau" is "after", "sáu" is six.
 */
const plainCache = new WeakMap<Lexicon, Map<string, number>>();
function plainNumberWords(lex: Lexicon): Map<string, number> {
  let m = plainCache.get(lex);
  if (!m) {
    m = new Map();
    for (const [k, v] of Object.entries(lex.raw.numberWords)) if (!/[^\x00-\x7f]/.test(k)) m.set(k.toLowerCase(), v);
    plainCache.set(lex, m);
  }
  return m;
}

/**
 * Combines number words into a value: "one thousand six hundred" = 1600, "soixante-cinq" = 65,
 * "hai mươi" = 20 (Vietnamese multiplies by mươi), "a thousand" = 1000.
 */
export function combineNumberWords(words: string[], lex: Lexicon): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (w === 'and' || w === 'et' || w === 'a' || w === 'linh' || w === 'lẻ') continue;
    const v = lex.raw.numberWords[w] ?? plainNumberWords(lex).get(w);
    if (v === undefined) return undefined;
    any = true;
    if (v >= 1000) {
      total += Math.max(current, 1) * v;
      current = 0;
    } else if (v === 100) {
      current = Math.max(current, 1) * 100;
    } else if (v === 10 && (w === 'mươi') && current > 0 && current < 10) {
      current *= 10;
    } else if (w === 'vingt' && current > 0 && current < 5) {
      current *= 20; // quatre-vingt(s)
    } else {
      current += v;
    }
  }
  return any ? total + current : undefined;
}
