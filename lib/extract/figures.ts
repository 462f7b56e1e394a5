// Figures: an amount with its unit and qualifier — "over 1,000 delegates", "more than two decades",
// "hơn một nghìn đại biểu", "près de 5 années", "9 chương". A number without a known unit is not a
// figure the fact base can speak about, so it is not reported.
import type { Lexicon, UnitEntry } from '../lexicon';
import type { FoldedText } from '../text/fold';
import type { Qualifier } from '../model';
import { DIGITS_RE, combineNumberWords, parseDigits } from './numbers';
import { candidateStarts, matchesAt } from './anchored-scan';

export interface FigureMention {
  kind: 'figure';
  start: number;
  end: number;
  amount: number;
  unit: string;
  qualifier: Qualifier;
  /** Offset (folded text) where the number itself starts, after the qualifier. */
  numberStartFolded: number;
  startFolded: number;
}

const cache = new WeakMap<Lexicon, RegExp>();

function figureRegex(lex: Lexicon): RegExp {
  const qual = lex.qualifiers.re.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, '');
  const unit = lex.units.re.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, '');
  const decade = [...lex.decadeWords].sort((a, b) => b.length - a.length).join('|');
  // number words are checked against the original spelling afterwards (Vietnamese needs its marks)
  const word = `${lex.numberWordRe}`;
  const words = `(?:${word})(?:(?:\\s+|-)(?:(?:and|et)\\s+)?(?:${word}))*`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${qual})\\s+)?(${DIGITS_RE}|${words})\\s+(?:(${decade})|(${unit}))`,
    'uy',
  );
}

export function findFigures(original: string, ft: FoldedText, lex: Lexicon): FigureMention[] {
  let re = cache.get(lex);
  if (!re) cache.set(lex, (re = figureRegex(lex)));
  const out: FigureMention[] = [];
  const f = ft.text;
  // a figure begins with a digit, a qualifier or a number word (see anchored-scan.ts)
  for (const m of matchesAt(re, f, candidateStarts(f, lex.figureStartWords))) {
    const [all, q, num, decade, unitWord] = m;
    const numStart = m.index + (q ? all.indexOf(num, q.length) : all.indexOf(num));
    const numEnd = numStart + num.length;
    let amount: number | undefined;
    if (/^\d/.test(num)) {
      // an ordinal ("15th", "34e") or part of a date/time is not a count
      amount = parseDigits(num);
    } else {
      const origWords = original
        .slice(ft.map[numStart], ft.map[numEnd])
        .normalize('NFC')
        .toLowerCase()
        .split(/[\s-]+/)
        .filter(Boolean);
      amount = combineNumberWords(origWords, lex);
    }
    if (amount === undefined || !Number.isFinite(amount)) continue;
    let unit: UnitEntry | undefined;
    if (decade) {
      amount *= 10;
      unit = lex.unitById.get('years');
    } else if (unitWord) {
      unit = lex.units.findAll(unitWord)[0]?.entry;
    }
    if (!unit) continue;
    const qualifier = (q ? (lex.qualifiers.findAll(q)[0]?.entry as Qualifier) : 'exact') ?? 'exact';
    const end = m.index + all.length;
    out.push({
      kind: 'figure',
      start: ft.map[m.index],
      end: end >= ft.map.length - 1 ? ft.map[ft.map.length - 1] : ft.map[end],
      amount,
      unit: unit.id,
      qualifier,
      numberStartFolded: numStart,
      startFolded: m.index,
    });
  }
  return out;
}
