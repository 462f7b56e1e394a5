// People of the fact base: found next to a role in the documents, grouped across spellings
// ("Lương Cường" = "Luong Cuong"), with near-miss spellings of the same role kept as variants
// ("Rafael Mariano Gross" beside "Rafael Mariano Grossi").
import { fold } from './text/fold';
import { editDistance } from './text/edit-distance';
import { VIETNAMESE_LETTER } from './text/char-class';

/** Vietnamese names put the family name first and are referred to by the given name (last). */
import lexiconData from './lexicon/lexicon.json';
const VN_FAMILY = new Set<string>((lexiconData as { vietnameseFamilyNames?: string[] }).vietnameseFamilyNames ?? []);

/** Whether a (folded) word is a Vietnamese family name ("le", "nguyen", "tran"). */
export function isVietnameseFamilyName(w: string): boolean {
  return VN_FAMILY.has(w);
}

export function isVietnameseName(name: string): boolean {
  const first = fold(name).split(/\s+/)[0];
  if (VN_FAMILY.has(first) && name.trim().split(/\s+/).length >= 2) return true;
  return /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýãẽĩõũ]/iu.test(name.normalize('NFC')) &&
    !/[ñçäëïöü]/iu.test(name);
}

/** Two spellings are near misses: same number of words, one word off by a letter or two. */
export function nearMiss(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let off = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const max = Math.max(a[i].length, b[i].length) >= 7 ? 2 : 1;
    // two-letter words (Vietnamese family names: Lê, Hồ, Vũ) only inside a name of three words or more
    if (Math.min(a[i].length, b[i].length) < (a.length >= 3 ? 2 : 3) || editDistance(a[i], b[i], max) > max) return false;
    if (++off > 1) return false;
  }
  return off === 1;
}

/** b is a's name with words left out ("Ghada Waly" of "Ghada Fathi Waly"), keeping first and last. */
export function isShortening(full: string[], part: string[]): boolean {
  if (part.length < 2 || part.length >= full.length) return false;
  if (part[0] !== full[0] || part[part.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const t of full) if (t === part[j]) j++;
  return j === part.length;
}

/**
 * The spelling to show: the one whose folded form is written most, then the longest, then one with
 * diacritics, then the most frequent exact spelling (the first seen wins ties).
 */
export function canonicalSpelling(spellings: Map<string, number>): string {
  const marks = (s: string) => s.normalize('NFD').replace(/[^\u0300-\u036f]/g, '').length + (/[đĐ]/.test(s) ? 1 : 0);
  const foldCount = new Map<string, number>();
  for (const [s, n] of spellings) foldCount.set(fold(s), (foldCount.get(fold(s)) ?? 0) + n);
  const keyOf = (s: string, n: number) => [foldCount.get(fold(s))!, s.split(' ').length, marks(s) > 0 ? 1 : 0, n];
  let best = '';
  let bestKey: number[] = [];
  for (const [s, n] of spellings) {
    const k = keyOf(s, n);
    const i = k.findIndex((v, j) => v !== bestKey[j]);
    if (!best || (i >= 0 && k[i] > bestKey[i])) [best, bestKey] = [s, k];
  }
  return best;
}

export function tokensOf(name: string): string[] {
  return fold(name).split(/\s+/).filter(Boolean);
}

/** Vietnamese tone marks (combining, after NFD): grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A syllable as its letters (with the marks that make letters: ơ ư â ă ê ô) and its tone, wherever
 * the writer put the tone mark ("hòa" = "hoà"); undefined for a syllable written without marks.
 */
function syllableKey(syl: string): string | undefined {
  const d = syl.normalize('NFC').toLowerCase().normalize('NFD');
  if (!/[\u0300-\u036f]/u.test(d) && !/[đ]/u.test(syl.toLowerCase())) return undefined;
  const tone = d.match(TONES)?.[0] ?? '';
  return d.replace(TONES, '').normalize('NFC') + (tone ? `/${tone.codePointAt(0)!.toString(16)}` : '');
}

/**
 * Whether a written mention of a Vietnamese name gives one of its syllables another tone or letter
 * than every known spelling it folds to does ("Lượng Cường" for "Lương Cường"): folded away, they
 * are one word, but they are two names. Only syllables both write with marks are compared: a
 * mention or a known spelling written without them ("Luong Cuong", "Bùi Thanh Son") says nothing.
 */
export function misspelledTones(written: string, known: string[]): boolean {
  if (!VIETNAMESE_LETTER.test(written.normalize('NFC'))) return false;
  const f = fold(written);
  const page = written.trim().split(/\s+/);
  const same = known.filter((k) => fold(k) === f && VIETNAMESE_LETTER.test(k.normalize('NFC')));
  if (!same.length) return false;
  return same.every((k) => {
    const syl = k.trim().split(/\s+/);
    return syl.length === page.length && syl.some((s, i) => {
      const a = syllableKey(s);
      const b = syllableKey(page[i]);
      return a !== undefined && b !== undefined && a !== b;
    });
  });
}
