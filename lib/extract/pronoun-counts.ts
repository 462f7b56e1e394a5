// Counts whose noun was named before them and is taken up by a pronoun: "l'article 9 — la
// Charte en compte 40" (French "en": of them), "the charter has many articles; the assembly
// adopted 12 of them". The number is read with the unit last named before it in its
// sentence; with no such unit it is no count.
import type { Lexicon } from '../lexicon';
import type { FoldedText } from '../text/fold';
import { parseDigits } from './numbers';
import { candidateStarts } from './anchored-scan';
import type { FigureMention } from './figures';

/** "en" and a verb of having or counting, right before the number (folded). */
const EN_BEFORE = /(?:^|[^\p{L}])en\s+(?:compte|comptent|comptait|comptaient|a|ont|avait|avaient|comprend|comprennent|totalise|totalisent|recense|recensent|denombre|possede|possedent|contient|contiennent)\s+$/u;
/** "of them", "of these", "d'entre eux/elles", "trong so do" right after the number (folded). */
const OF_THEM_AFTER = /^\s+(?:of\s+them|of\s+these|of\s+those|d'entre\s+(?:eux|elles))(?![\p{L}])/u;
/** Where a sentence ends: the noun is looked for in the number's own sentence only. */
const SENTENCE_END = /[.!?\n](?=\s|$)/gu;
const DIGITS = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|^\d+/u;

export function findPronounCounts(ft: FoldedText, lex: Lexicon): FigureMention[] {
  const f = ft.text;
  const out: FigureMention[] = [];
  for (const at of candidateStarts(f, undefined, true)) {
    // (most numbers have neither: a look at the characters around them first)
    if (!f.slice(Math.max(0, at - 24), at).includes('en ') && !/^[\d.,\u00a0\u202f ]{0,12}\s(?:of\s|d'e)/u.test(f.slice(at, at + 20))) continue;
    if (/[\p{L}\p{N}.,]/u.test(f[at - 1] ?? '')) continue;
    const num = DIGITS.exec(f.slice(at, at + 24))?.[0];
    if (!num) continue;
    const end = at + num.length;
    if (/^[\p{L}\p{N}]|^[.,]\d|^\s*(?:%|\/|-\s*\d)/u.test(f.slice(end, end + 3))) continue;
    const before = f.slice(Math.max(0, at - 40), at);
    const tail = OF_THEM_AFTER.exec(f.slice(end, end + 24));
    if (!EN_BEFORE.test(before) && !tail) continue;
    // (a unit right after the number makes it an ordinary figure, read by findFigures)
    if (lex.units.findAll(f.slice(end, end + 30)).some((h) => /^\s*$/.test(f.slice(end, end + h.start)))) continue;
    const amount = parseDigits(num);
    if (amount === undefined || /^(?:19|20)\d\d$/.test(num)) continue;
    // the unit last named before it, in its sentence
    const base = Math.max(0, at - 160);
    let from = base;
    for (const m of f.slice(base, at).matchAll(SENTENCE_END)) from = base + m.index + 1;
    const units = lex.units.findAll(f, from, at);
    const unit = units[units.length - 1];
    if (!unit) continue;
    const stop = tail ? end + tail[0].length : end;
    out.push({
      kind: 'figure',
      start: ft.map[at],
      end: stop >= ft.map.length - 1 ? ft.map[ft.map.length - 1] : ft.map[stop],
      amount,
      unit: unit.entry.id,
      qualifier: 'exact',
      numberStartFolded: at,
      startFolded: at,
    });
  }
  return out;
}
