// Figures: an amount with its unit and qualifier — "over 1,000 delegates", "more than two decades",
// "hơn một nghìn đại biểu", "près de 5 années", "9 chương". A number without a known unit is not a
// figure the fact base can speak about, so it is not reported.
import type { Lexicon, UnitEntry } from '../lexicon';
import type { FoldedText } from '../text/fold';
import type { Qualifier } from '../model';
import { DIGITS_RE, combineNumberWords, parseDigits } from './numbers';
import { candidateStarts, readsAt } from './anchored-scan';
import { isContentWord } from '../subject/frame';
import { findPronounCounts } from './pronoun-counts';

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
  /** The words describing the counted noun ("12 regional delegations", "over 30 exhibition
   *  booths": a unit's longer phrase beyond its shorter one), folded. */
  describing?: string[];
}

const cache = new WeakMap<Lexicon, RegExp>();

/** Words that end a count's noun phrase rather than describe its noun. */
const DESCRIBING_STOP = new Set(['apres', 'avant', 'depuis', 'pendant', 'sau', 'truoc', 'after', 'before', 'since', 'and', 'or', 'of', 'the', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'et', 'ou', 'des', 'les', 'pour', 'avec', 'dans', 'va', 'cua', 'cac', 'nhung', 'tai', 'trong', 'nam', 'year', 'years', 'ans']);

/** A describing word between a number and its noun. */
const DESCRIBING = '[\\p{L}][\\p{L}-]{2,19}';
/** The same, whole (a list's words end where they end: no backtracking into them). */
const LISTED = `${DESCRIBING}(?![\\p{L}-])`;
/** Conjunctions that close a list of describing words ("domestic and foreign", "et", "và"). */
const COORDINATORS = ['and', 'or', 'et', 'ou', 'va', 'hoac'];

/** The describing words between a number and its noun (the conjunction of a list is none). */
function ws(between: string): string[] {
  return between.trim().split(/[\s,]+/).filter((w, k, all) => !(k > 0 && k < all.length - 1 && COORDINATORS.includes(w)));
}

function figureRegex(lex: Lexicon): RegExp {
  const qual = lex.qualifiers.re.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, '');
  const unit = lex.units.re.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, '');
  const decade = [...lex.decadeWords].sort((a, b) => b.length - a.length).join('|');
  // number words are checked against the original spelling afterwards (Vietnamese needs its marks)
  const word = `${lex.numberWordRe}`;
  const words = `(?:${word})(?:(?:\\s+|-)(?:(?:and|et)\\s+)?(?:${word}))*`;
  return new RegExp(
    // ("un millier de délégués", "five-year talks": "de" or a hyphen may join a number to its unit)
    // and up to two describing words may stand between them: "110 national delegations")
    // or a list of them closed by a conjunction: "40 public, private and academic
    // organisations", "12 local and foreign news agencies")
    `(?<![\\p{L}\\p{N}])(?:(${qual})\\s+)?(${DIGITS_RE}|${words})((?:\\s+${DESCRIBING}){0,2}?|\\s+${LISTED}(?:\\s*,\\s*${LISTED}){0,3}\\s+(?:${COORDINATORS.join('|')})\\s+${LISTED}(?:\\s+${LISTED})?)(?:\\s+(?:de\\s+|d')?|-)(?:(${decade})|(${unit}))`,
    'uy',
  );
}

export function findFigures(original: string, ft: FoldedText, lex: Lexicon): FigureMention[] {
  let re = cache.get(lex);
  if (!re) cache.set(lex, (re = figureRegex(lex)));
  const f = ft.text;
  // a figure begins with a digit, a qualifier or a number word (see anchored-scan.ts)
  // (a match that is no figure leaves the starts inside it to be tried: see readsAt)
  const read = (m: RegExpExecArray): FigureMention | undefined => {
    const [all, q, num, between, decade, unitWord] = m;
    const numStart = m.index + (q ? all.indexOf(num, q.length) : all.indexOf(num));
    const numEnd = numStart + num.length;
    if (between) {
      // describing words are lower-case common words, not names or function words ("2025 Convention articles")
      // (the conjunction of a list stands between two describing words: it is no describing word)
      const words = ws(between);
      const orig = original.slice(ft.map[numEnd], ft.map[numEnd + between.length]);
      // (an acronym may describe: "179 IAEA member states"; a name in capitals does not)
      const named = orig.split(/\s+/).some((w) => /\p{Lu}/u.test(w) && w !== w.toUpperCase());
      if (named || words.some((w) => DESCRIBING_STOP.has(w) || !isContentWord(w) || lex.numberWords.has(w)) || lex.units.findAll(between).length) return undefined;
      // a year is not a count of things it describes ("décembre 2024 après cinq ans")
      if (/^(?:19|20)\d\d$/.test(num)) return undefined;
    }
    // "Khoản 1 Điều 64", "article 5 paragraphe 2": a number right after a reference noun is the
    // reference's number, not a count of the unit after it
    if (!q && lex.referenceWords.has(/([\p{L}]+)\.?\s+$/u.exec(f.slice(Math.max(0, numStart - 16), numStart))?.[1] ?? '')) return undefined;
    // "434/443 đại biểu tán thành", "a 12-3 vote": a number joined to another by a slash is a
    // tally or a ratio, no count of the unit after it
    if (/\d\s*\/\s*$/.test(f.slice(Math.max(0, numStart - 6), numStart)) || /^\s*\/\s*\d/.test(f.slice(numEnd, numEnd + 6))) return undefined;
    let describing: string[] | undefined = between ? ws(between) : undefined;
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
      // "UN", "ONU": a number word written in capitals is a name ("UN member states")
      const written = original.slice(ft.map[numStart], ft.map[numEnd]);
      if (written.length >= 2 && written === written.toUpperCase() && /\p{Lu}/u.test(written)) return undefined;
      amount = combineNumberWords(origWords, lex);
      // "a", "un", "une", "một" are the indefinite article as often as the number one: "một sự
      // kiện" is "an event", not a count of events
      if (amount === 1 && origWords.length === 1 && !q) return undefined;
    }
    if (amount === undefined || !Number.isFinite(amount)) return undefined;
    let unit: UnitEntry | undefined;
    if (decade) {
      amount *= 10;
      unit = lex.unitById.get('years');
    } else if (unitWord) {
      unit = lex.units.findAll(unitWord)[0]?.entry;
    }
    if (!unit) return undefined;
    if (unitWord) {
      // ("exhibition booths" holds "booths": "exhibition" describes them)
      const said = unitWord.trim().split(/\s+/);
      const core = unit.words.filter((p) => p !== said.join(' ') && ` ${said.join(' ')} `.includes(` ${p} `)).sort((a, b) => b.length - a.length)[0];
      if (core) {
        const coreWords = core.split(' ');
        const extra = said.filter((w) => !coreWords.includes(w) && isContentWord(w));
        if (extra.length) describing = [...(describing ?? []), ...extra];
      }
    }
    const qualifier = (q ? (lex.qualifiers.findAll(q)[0]?.entry as Qualifier) : 'exact') ?? 'exact';
    const end = m.index + all.length;
    return {
      kind: 'figure',
      start: ft.map[m.index],
      end: end >= ft.map.length - 1 ? ft.map[ft.map.length - 1] : ft.map[end],
      amount,
      unit: unit.id,
      qualifier,
      numberStartFolded: numStart,
      startFolded: m.index,
      ...(describing?.length ? { describing } : {}),
    };
  };
  const figures = [...readsAt(re, f, candidateStarts(f, lex.figureStartWords), read)];
  // (and the counts whose noun a pronoun takes up: "la Charte en compte 40")
  const taken = findPronounCounts(ft, lex);
  return taken.length ? [...figures, ...taken].sort((a, b) => a.start - b.start) : figures;

}
