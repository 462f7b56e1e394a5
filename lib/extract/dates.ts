// Dates in English, French and Vietnamese: single days, ranges and partial dates, found with
// regular expressions over folded text (cheap, one pass per pattern).
//
// Why hand-written and not chrono-node: the forms news use here are few and regular (ranges such
// as "25-26/10", "du 25 au 26 octobre", "25 et 26 octobre", and Vietnamese "ngày 19/5"), the
// patterns run once over the whole text, and the result needs offsets and precision we control.
// Measured (tests/bench/dates-vs-chrono.ts, chrono-node 2.10.3 with its en/fr/vi parsers, on the
// corpus and the labelled eval pages): of the 40 gold date spans these patterns cover all 40,
// chrono 28. It reads only the last day of "25 et 26 octobre" and of "25-26/10", has no French
// month + year ("décembre 2024") and no bare year ("2026"); its casual parsers also mark "Thu" in
// Vietnamese names as Thursday and "sáng"/"tối" (in "sáng kiến", "tối ưu") as times of day.
// Speed: per 20 K characters findDates takes 0.4–0.6 ms (cutting the text into tokens, which the
// other passes then share, included) and chrono, with the text's language's parser, 2.3–4.5× as
// long (strict mode 1.5–2.5×); per million characters 19–27 ms against 66–121 ms in 20 K slices,
// and chrono's English casual parser grows faster than the text (1.2 s in one piece).
import { flagSet, type Lexicon, type PhraseSet } from '../lexicon';
import { candidateStarts, matchesAt } from './anchored-scan';
import type { FoldedText } from '../text/fold';
import type { DatePrecision, Lang } from '../model';
import { partitionPoint } from '../sorted';

export interface DateMention {
  kind: 'date';
  start: number;
  end: number;
  year?: number;
  month?: number;
  day1?: number;
  day2?: number;
  /** Second month for ranges across months ("30 September – 2 October"). */
  month2?: number;
  /** Last year of a range of years ("2019-2024", "de 2019 à 2024"). */
  year2?: number;
  precision: DatePrecision;
  weekday?: number;
  /** "until 31 December": the end of a period, not the date of an event. */
  deadline?: boolean;
  /** "the same day" / "on Monday": resolved against other dates of the document. */
  relative?: 'same-day' | 'weekday';
}

const D = '(\\d{1,2})(?:st|nd|rd|th|er|eme)?';
const Y = '((?:19|20)\\d\\d)';
const DASH = '\\s*(?:-|to|au|et|and|&|den|toi)\\s*';

/** What a pattern reads from a match; `numeric` dates ("24/12") are kept only where dates are written so. */
interface DateParts {
  year?: number;
  year2?: number;
  month?: number;
  month2?: number;
  day1?: number;
  day2?: number;
  precision: DatePrecision;
  numeric?: boolean;
  ngay?: boolean;
  /** A day and month joined by "." or "-" with nothing else to say it is a date. */
  bareSep?: string;
}

interface Pattern {
  re: RegExp;
  /** Where a match can begin: a token starting with a digit (when `digits`), or one of `words`. */
  digits: boolean;
  words?: PhraseSet<true>;
  build(m: RegExpExecArray, lex: Lexicon): DateParts | undefined;
  langs?: Lang[];
}

function month(lex: Lexicon, name: string | undefined): number | undefined {
  return name ? lex.months.get(name.replace(/\.$/, '')) : undefined;
}

function day(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 31 ? n : undefined;
}

/** The months a part of a year spans. */
const YEAR_PARTS: Record<string, [number, number]> = {
  early: [1, 4], beginning: [1, 3], start: [1, 3], debut: [1, 3], dau: [1, 3],
  mid: [5, 8], mi: [5, 8], giua: [5, 8], courant: [1, 12],
  late: [9, 12], end: [10, 12], fin: [10, 12], cuoi: [10, 12],
};

/** Words a numeric date may follow ("ngày 19/5", "chiều 21-10", "on 22/9", "le 25.10"). */
const NUMERIC_LEADS = flagSet(['ngay', 'chieu', 'sang', 'toi', 'trua', 'dem', 'on', 'from', 'since', 'le', 'du']);

export function datePatterns(lex: Lexicon): Pattern[] {
  const M = `(${lex.monthRe})\\.?`;
  const months = Object.keys(lex.raw.months);
  const ngay = flagSet(['ngay']);
  const B = '(?<![\\p{L}\\p{N}/.,-])';
  const E = '(?![\\p{L}\\p{N}]|/\\d|\\.\\d)';
  return [
    // October 25-26, 2025 · October 25th,2025 · May 19 · Oct. 25
    {
      digits: false,
      words: flagSet(months),
      re: new RegExp(`${B}${M}\\s+${D}(?:${DASH}${D})?(?:(?:\\s*,\\s*|\\s+)${Y})?${E}`, 'uy'),
      build: (m, lex) => {
        const mo = month(lex, m[1]);
        const d1 = day(m[2]);
        if (!mo || !d1) return undefined;
        return { month: mo, day1: d1, day2: day(m[3]), year: m[4] ? Number(m[4]) : undefined, precision: 'day' };
      },
    },
    // 25–26 October 2025 · du 25 au 26 octobre · 25 et 26 octobre 2025 · le 22 septembre · 19 May
    {
      digits: true,
      words: flagSet(['du']),
      re: new RegExp(`${B}(?:du\\s+)?${D}(?:${DASH}${D})?\\s+(?:de\\s+)?${M}(?:,?\\s+${Y})?${E}`, 'uy'),
      build: (m, lex) => {
        const mo = month(lex, m[3]);
        const d1 = day(m[1]);
        if (!mo || !d1) return undefined;
        return { month: mo, day1: d1, day2: day(m[2]), year: m[4] ? Number(m[4]) : undefined, precision: 'day' };
      },
    },
    // ngày 25 tháng 10 năm 2025
    {
      digits: true,
      words: ngay,
      re: new RegExp(`${B}(?:ngay\\s+)?${D}(?:\\s*-\\s*${D})?\\s+thang\\s+(\\d{1,2})(?:\\s*(?:nam|/)\\s*${Y})?${E}`, 'uy'),
      build: (m) => {
        const mo = Number(m[3]);
        const d1 = day(m[1]);
        if (!d1 || mo < 1 || mo > 12) return undefined;
        return { month: mo, day1: d1, day2: day(m[2]), year: m[4] ? Number(m[4]) : undefined, precision: 'day' };
      },
    },
    // 25-26/10/2025 · 24/12 · ngày 19/5 · 20/05/2025 · 24-12-2024 · chiều 21-10 · 25 - 26.10 ·
    // 25 và 26.10 · on 22/9: day (or a range of days), a separator (/ - .) and the month, the
    // same separator before a year; the separator is one, so "9.5" and "2-1" mean nothing alone
    {
      digits: true,
      words: NUMERIC_LEADS,
      re: new RegExp(`${B}(?:(ngay|chieu|sang|toi|trua|dem|on|from|since|le|du)\\s+)?(\\d{1,2})(?:\\s*(?:[-–]|va|et|and|&|den|toi|au|to)\\s*(\\d{1,2}))?\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\4\\s*${Y})?(?![\\p{L}\\p{N}]|[/.-]\\d|:)`, 'uy'),
      build: (m) => {
        const d1 = day(m[2]);
        const mo = Number(m[5]);
        if (!d1 || mo < 1 || mo > 12) return undefined;
        const d2 = m[3] ? day(m[3]) : undefined;
        if (m[3] && (!d2 || d2 <= d1)) return undefined;
        // A bare d/m ("24/7") is a date only in languages that write dates that way, or after a
        // lead word; a bare "d-m" or "d.m" ("25-10", "9.5") is a score or a decimal unless a
        // year, a lead word or a range says otherwise, or the language writes dates so (findDates)
        const bare = m[4] !== '/' && !m[6] && !m[1] && !m[3];
        return { month: mo, day1: d1, day2: d2, year: m[6] ? Number(m[6]) : undefined, precision: 'day', numeric: true, ngay: !!m[1], ...(bare ? { bareSep: m[4] } : {}) };
      },
    },
    // end of October 2025 · early October · mid-October · fin octobre · début octobre 2025 · cuối tháng 10
    {
      digits: false,
      words: flagSet(['end', 'late', 'early', 'mid', 'beginning', 'start', 'fin', 'debut', 'mi', 'cuoi', 'dau', 'giua']),
      re: new RegExp(`${B}(?:(?:end|late|early|mid|beginning|start)(?:\\s+of)?(?:\\s+|-)(?:the\\s+month\\s+of\\s+)?${M}|(?:fin|debut|mi)(?:\\s+|-)(?:(?:du\\s+mois\\s+)?d'|de\\s+)?${M}|(?:cuoi|dau|giua)\\s+thang\\s+(\\d{1,2}))(?:(?:\\s+|\\s*/\\s*|\\s+nam\\s+|,\\s*)${Y})?${E}`, 'uy'),
      build: (m, lex) => {
        const mo = m[1] ? month(lex, m[1]) : m[2] ? month(lex, m[2]) : Number(m[3]);
        if (!mo || mo > 12) return undefined;
        return { month: mo, year: m[4] ? Number(m[4]) : undefined, precision: 'month' };
      },
    },
    // mid-2025 · early 2025 · the end of 2025 · fin 2025 · début 2025 · giữa năm 2025 · cuối năm 2025:
    // a part of a year, as a span of months
    {
      digits: false,
      words: flagSet(['end', 'late', 'early', 'mid', 'beginning', 'start', 'fin', 'debut', 'mi', 'cuoi', 'dau', 'giua']),
      re: new RegExp(`${B}(?:(end|late|early|mid|beginning|start)(?:\\s+of)?(?:\\s+|-)|(fin|debut|mi|courant)(?:\\s+|-)|(cuoi|dau|giua)\\s+nam\\s+)${Y}${E}`, 'uy'),
      build: (m) => {
        const part = m[1] ?? m[2] ?? m[3];
        const [from, to] = YEAR_PARTS[part] ?? [1, 12];
        return { month: from, month2: to, year: Number(m[4]), precision: 'month' };
      },
    },
    // December 2024 · mars 2025 · tháng 10/2025 · tháng 10 năm 2025
    {
      digits: false,
      words: flagSet([...months, 'thang']),
      re: new RegExp(`${B}(?:${M}|thang\\s+(\\d{1,2}))(?:\\s+|\\s*/\\s*|\\s+nam\\s+|,\\s*)${Y}${E}`, 'uy'),
      build: (m, lex) => {
        const mo = m[1] ? month(lex, m[1]) : Number(m[2]);
        if (!mo || mo > 12) return undefined;
        return { month: mo, year: Number(m[3]), precision: 'month' };
      },
    },
    // 2019-2024 · (2019–2024) · from 2019 to 2024 · de 2019 à 2024 · từ năm 2019 đến năm 2024 ·
    // between 2019 and 2024: a span of whole years (a dash alone joins two years; a word only
    // after the word that opens the span, "2019 to 2024" alone is two years of a sentence). Tried
    // at digits, as the other patterns: the opening word is looked for behind the first year.
    {
      digits: true,
      re: new RegExp(`${B}${Y}(?:\\s*[-–—]\\s*|(?<=(?:^|[^\\p{L}])(?:from|de|tu|tu\\s+nam)\\s+\\d{4})\\s+(?:to|a|au|den|toi)\\s+(?:nam\\s+)?|(?<=(?:^|[^\\p{L}])(?:between|entre|giua|giua\\s+nam)\\s+\\d{4})\\s+(?:and|et|va)\\s+(?:nam\\s+)?)${Y}(?![\\p{L}\\p{N}]|[.,]\\d|\\s*[-–/]\\s*\\d)`, 'uy'),
      build: (m) => {
        const y1 = Number(m[1]);
        const y2 = Number(m[2]);
        // (a later year, within a century: "2024-2019" or "1990-2095" is no span of a term)
        if (!(y2 > y1) || y2 - y1 > 100) return undefined;
        return { year: y1, year2: y2, precision: 'year' };
      },
    },
    // 2026 · năm 2026 · en 2026 (not part of a range "2026-2028", a time or a number)
    {
      digits: true,
      re: new RegExp(`(?<![\\p{L}\\p{N}/.,:-])${Y}(?![\\p{N}]|\\s*[-–/]\\s*\\d|[.,]\\d|\\s*(?:tỷ|ty|usd|%))`, 'uy'),
      build: (m) => ({ year: Number(m[1]), precision: 'year' }),
    },
  ];
}

const cache = new WeakMap<Lexicon, Pattern[]>();

/** Every date mention of a text, earliest first; overlapping candidates keep the longest. */
export function findDates(ft: FoldedText, lex: Lexicon, lang: Lang): DateMention[] {
  let pats = cache.get(lex);
  if (!pats) cache.set(lex, (pats = datePatterns(lex)));
  const f = ft.text;
  // (mentions are made once kept, field by field: spreading a pattern's result, and deleting its
  // flags, was a fifth of this function's time)
  const found: { fs: number; fe: number; v: DateParts }[] = [];
  // every pattern is tried only where it can begin (see anchored-scan.ts); patterns that begin
  // alike share their starts
  const startsOf = new Map<PhraseSet<true> | undefined, number[]>();
  for (const p of pats) {
    const key = p.digits ? p.words : undefined;
    let starts = p.digits ? startsOf.get(key) : undefined;
    if (!starts) {
      starts = candidateStarts(f, p.words, p.digits);
      if (p.digits) startsOf.set(key, starts);
    }
    for (const m of matchesAt(p.re, f, starts)) {
      const v = p.build(m, lex);
      if (!v) continue;
      if (v.numeric && !(lang === 'vi' || lang === 'fr' || v.year !== undefined || v.ngay)) continue;
      // ("14.10" in Vietnamese and French, where decimals take a comma; "21-10" in Vietnamese only)
      if (v.bareSep === '.' && lang !== 'vi' && lang !== 'fr') continue;
      if (v.bareSep === '-' && lang !== 'vi') continue;
      let fs = m.index;
      // Keep the span on the date itself: a leading "du ", "ngày ", "on " is context, not the value.
      const lead = /^(?:du|ngay|chieu|sang|toi|trua|dem|on|from|since|le)\s+(?=\d)/.exec(m[0]);
      if (lead) fs += lead[0].length;
      let fe = m.index + m[0].length;
      // "22 septembre." — the full stop ends the sentence, it is not an abbreviation mark
      if (m[0].endsWith('.') && /\p{L}{5,}\.$/u.test(m[0])) fe--;
      found.push({ fs, fe, v });
    }
  }
  found.sort((a, b) => a.fs - b.fs || b.fe - a.fe);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const { fs, fe, v } of found) {
    if (fs < lastEnd) continue;
    lastEnd = fe;
    const d: DateMention = { kind: 'date', month: v.month, ...(v.month2 ? { month2: v.month2 } : {}), ...(v.year2 ? { year2: v.year2 } : {}), day1: v.day1, day2: v.day2, year: v.year, precision: v.precision, start: ft.map[fs], end: fe >= ft.map.length - 1 ? ft.map[ft.map.length - 1] : ft.map[fe] };
    const before = f.slice(Math.max(0, fs - 40), fs);
    const wd = weekdayBefore(before, lex);
    if (wd !== undefined) d.weekday = wd;
    if (lex.deadline.test(before.replace(/\s+$/, ' ').trimEnd().replace(/(?:le|the|ngay)$/u, '').trimEnd())) d.deadline = true;
    out.push(d);
  }
  out.push(...findRelative(ft, lex, out));
  return out.sort((a, b) => a.start - b.start);
}

/** A weekday written right before a date: "Saturday, October 25", "thứ Bảy, ngày 25/10". */
const weekdayEnd = new WeakMap<Lexicon, RegExp>();
function weekdayBefore(before: string, lex: Lexicon): number | undefined {
  let re = weekdayEnd.get(lex);
  if (!re) {
    const names = Object.keys(lex.raw.weekdays).sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+'));
    re = new RegExp(`(?<![\\p{L}])(${names.join('|')})[\\s,]*(?:the|le|ngay)?[\\s,]*$`, 'u');
    weekdayEnd.set(lex, re);
  }
  const m = re.exec(before);
  return m ? lex.raw.weekdays[m[1].replace(/\s+/g, ' ')] : undefined;
}

/** What follows a weekday that belongs to a date: a day number or a month name. */
const dateAfterCache = new WeakMap<Lexicon, RegExp>();
function dateAfter(lex: Lexicon): RegExp {
  let re = dateAfterCache.get(lex);
  if (!re) dateAfterCache.set(lex, (re = new RegExp(`^[\\s,]*(?:(?:the|le|ngay)\\s+)?(?:\\d|${lex.monthRe}(?![\\p{L}]))`, 'u')));
  return re;
}

/** "on Monday" and "the same day", resolved later against the document's dates. */
function findRelative(ft: FoldedText, lex: Lexicon, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const f = ft.text;
  // dates are in text order and do not overlap: the first one ending after s is the one that could overlap
  const taken = (s: number, e: number) => {
    const [os, oe] = [ft.map[s], ft.map[e]];
    const i = partitionPoint(dates.length, (k) => dates[k].end <= os);
    return i < dates.length && dates[i].start < oe;
  };
  for (const h of lex.sameDay.findAll(f)) {
    if (taken(h.start, h.end)) continue;
    out.push({ kind: 'date', start: ft.map[h.start], end: ft.map[h.end], precision: 'day', relative: 'same-day' });
  }
  for (const h of lex.weekdays.findAll(f)) {
    if (taken(h.start, h.end)) continue;
    const before = f.slice(Math.max(0, h.start - 4), h.start);
    if (!/(?:on|le)\s+$/u.test(before) && !/^\s*(?:on|le)?\s*$/.test(before)) continue;
    // A weekday followed by a date ("Saturday, October 25", "samedi 25 octobre") was attached to that date already.
    if (dateAfter(lex).test(f.slice(h.end, h.end + 24))) continue;
    if (!/(?:on|le)\s+$/u.test(before)) continue;
    out.push({ kind: 'date', start: ft.map[h.start], end: ft.map[h.end], precision: 'day', relative: 'weekday', weekday: h.entry });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export function lastDayOf(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The interval a mention names, for a given year (its own, or one inferred). */
export function intervalOf(d: DateMention, year: number): { start: string; end: string } | undefined {
  if (d.precision === 'year') {
    // (a span of years keeps its length when the year is given from elsewhere)
    const last = d.year2 !== undefined && d.year !== undefined && d.year2 > d.year ? year + (d.year2 - d.year) : year;
    return { start: iso(year, 1, 1), end: iso(last, 12, 31) };
  }
  if (!d.month) return undefined;
  if (d.precision === 'month') {
    // (a span of months: "mid-2025" is May to August)
    const m2 = d.month2 && d.month2 >= d.month ? d.month2 : d.month;
    return { start: iso(year, d.month, 1), end: iso(year, m2, lastDayOf(year, m2)) };
  }
  if (!d.day1) return undefined;
  const d2 = d.day2 && d.day2 >= d.day1 ? d.day2 : d.day1;
  if (d.day1 > lastDayOf(year, d.month) || d2 > lastDayOf(year, d.month)) return undefined;
  return { start: iso(year, d.month, d.day1), end: iso(year, d.month, d2) };
}

export function weekdayOf(isoDate: string): number {
  return new Date(isoDate + 'T00:00:00Z').getUTCDay();
}
