// Where a fact's value is written inside a source's quote, so a card can emphasise it.
//
// A source's start/end are offsets in the whole document, so they point inside the quote only when
// the quote starts the document (or for quote-relative user sources). They are used when they fall
// in the quote and the text there looks like the value; otherwise the value is searched for in the
// folded quote (accents, case, "1,000"/"1 000" ignored) and mapped back to exact offsets.
import type { DateValue, FactValue, FigureValue, NameValue, Source } from './model';
import { fold, foldWithMap, toOriginal } from './text/fold';
import { unitLabel, valueKind } from './format';

const MONTH_WORDS: string[][] = [
  ['january', 'jan', 'janvier', 'janv'], ['february', 'feb', 'fevrier', 'fevr', 'fev'], ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'], ['may', 'mai'], ['june', 'jun', 'juin'], ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'aout'], ['september', 'sept', 'sep', 'septembre'], ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'], ['december', 'dec', 'decembre'],
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) => xs.filter(Boolean).map(esc).sort((a, b) => b.length - a.length).join('|');

/** A digit string as it may be written: 1000 → 1000, 1,000, 1.000, 1 000. */
function numberPattern(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const groups: string[] = [];
  for (let i = int.length; i > 0; i -= 3) groups.unshift(int.slice(Math.max(0, i - 3), i));
  const body = groups.join('[,.\\u00a0\\u202f ]?') + (frac ? `[.,]${frac}` : '');
  return `(?<![\\d.,])${n < 0 ? '-' : ''}${body}(?![\\d]|[.,]\\d)`;
}

function datePatterns(v: DateValue): RegExp[] {
  const [y1, m1, d1] = v.start.split('-').map(Number);
  const [, m2, d2] = v.end.split('-').map(Number);
  const months = (m: number) => `(?:${alt(MONTH_WORDS[m - 1] ?? [])}|thang\\s*${m}\\b)`;
  const ord = '(?:st|nd|rd|th|er)?';
  const range = `\\s*(?:-|–|au|to|and|et|den|toi)\\s*`;
  const year = `(?:\\s*[,/]?\\s*(?:nam\\s+)?${y1})?`;
  const out: string[] = [];
  if (v.precision === 'day') {
    const days = d1 === d2 && m1 === m2 ? `${d1}${ord}` : `${d1}${ord}(?:${range}${d2}${ord})?`;
    out.push(`(?<!\\d)${days}(?:\\s*(?:/|-|\\.|\\s|de\\s|thang\\s)\\s*)(?:${months(m1)}|0?${m1}(?!\\d))${year}`);
    out.push(`${months(m1)}\\s+${d1}${ord}(?:${range}${d2}${ord})?${year}`);
  }
  if (v.precision !== 'year') out.push(`${months(m1)}${year}`);
  out.push(`(?<!\\d)${y1}(?!\\d)`);
  return out.map((p) => new RegExp(p, 'u'));
}

function figurePatterns(v: FigureValue): RegExp[] {
  const units = new Set<string>();
  for (const l of ['en', 'fr', 'vi'] as const) for (const n of [1, 2]) units.add(fold(unitLabel(v.unit, n, l)));
  units.add(fold(v.unit));
  const num = numberPattern(v.amount);
  return [new RegExp(`${num}\\s*(?:${alt([...units])})`, 'u'), new RegExp(num, 'u')];
}

function namePatterns(v: NameValue): RegExp[] {
  const names = [v.name, ...(v.aliases ?? [])].map(fold).filter((s) => s.trim());
  const out = [new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(names)})(?![\\p{L}\\p{N}])`, 'u')];
  // Then the family name alone ("Guterres", "Cường" for "President Cường").
  const last = names.map((n) => n.split(/\s+/).pop()!).filter((w) => w.length >= 3);
  if (last.length) out.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(last)})(?![\\p{L}\\p{N}])`, 'u'));
  return out;
}

function patternsFor(v: FactValue): RegExp[] {
  switch (valueKind(v)) {
    case 'date': return datePatterns(v as DateValue);
    case 'figure': return figurePatterns(v as FigureValue);
    default: return namePatterns(v as NameValue);
  }
}

/**
 * [start, end) of the value inside the quote, or null when it cannot be found. With the source
 * document's text, the document offsets are turned into quote offsets exactly (this also finds
 * values written in words, "more than two decades", which no search would).
 */
export function valueSpanInQuote(source: Pick<Source, 'quote' | 'start' | 'end'>, value: FactValue, docText?: string): [number, number] | null {
  const { quote, start, end } = source;
  if (docText !== undefined && quote) {
    const qs = docText.lastIndexOf(quote, start);
    if (qs >= 0 && start >= qs && end <= qs + quote.length && end > start) return [start - qs, end - qs];
  }
  const patterns = patternsFor(value);
  if (start >= 0 && end > start && end <= quote.length) {
    // The slice must be the value, allowing a qualifier before it ("Over 1,000 delegates").
    const slice = fold(quote.slice(start, end)).trimEnd();
    for (const p of patterns) {
      const m = p.exec(slice);
      if (m && m.index <= 12 && m.index + m[0].length === slice.length) return [start, end];
    }
  }
  const ft = foldWithMap(quote);
  for (const p of patterns) {
    const m = p.exec(ft.text);
    if (m) return toOriginal(ft, m.index, m.index + m[0].length);
  }
  return null;
}
