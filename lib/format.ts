// Renders fact values for people: "25–26 October 2025", "over 1,000 delegates",
// "Lương Cường (State President)". Used by the cards, the table and the search index (which
// indexes the renderings of all three languages so a French or Vietnamese query finds an
// English-only fact).
import type { DateValue, FactKind, FactValue, FigureValue, Lang, NameValue, Qualifier } from './model';

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  vi: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9', 'tháng 10', 'tháng 11', 'tháng 12'],
};

const QUALIFIER_WORDS: Record<Lang, Record<Qualifier, string>> = {
  en: { exact: '', over: 'over', 'at-least': 'at least', under: 'under', nearly: 'nearly', about: 'about' },
  fr: { exact: '', over: 'plus de', 'at-least': 'au moins', under: 'moins de', nearly: 'près de', about: 'environ' },
  vi: { exact: '', over: 'hơn', 'at-least': 'ít nhất', under: 'dưới', nearly: 'gần', about: 'khoảng' },
};

/** Unit words per language: [singular, plural]. Vietnamese has no plural. Unknown units print as their id. */
const UNIT_WORDS: Record<string, Record<Lang, [string, string]>> = {
  delegates: { en: ['delegate', 'delegates'], fr: ['délégué', 'délégués'], vi: ['đại biểu', 'đại biểu'] },
  countries: { en: ['country', 'countries'], fr: ['pays', 'pays'], vi: ['nước', 'nước'] },
  speakers: { en: ['speaker', 'speakers'], fr: ['intervenant', 'intervenants'], vi: ['diễn giả', 'diễn giả'] },
  years: { en: ['year', 'years'], fr: ['an', 'ans'], vi: ['năm', 'năm'] },
  chapters: { en: ['chapter', 'chapters'], fr: ['chapitre', 'chapitres'], vi: ['chương', 'chương'] },
  articles: { en: ['article', 'articles'], fr: ['article', 'articles'], vi: ['điều', 'điều'] },
  states: { en: ['state', 'states'], fr: ['État', 'États'], vi: ['quốc gia', 'quốc gia'] },
  'member-states': { en: ['member state', 'member states'], fr: ['État membre', 'États membres'], vi: ['quốc gia thành viên', 'quốc gia thành viên'] },
  people: { en: ['person', 'people'], fr: ['personne', 'personnes'], vi: ['người', 'người'] },
  participants: { en: ['participant', 'participants'], fr: ['participant', 'participants'], vi: ['người tham dự', 'người tham dự'] },
  signatories: { en: ['signatory', 'signatories'], fr: ['signataire', 'signataires'], vi: ['bên ký', 'bên ký'] },
  sessions: { en: ['session', 'sessions'], fr: ['session', 'sessions'], vi: ['kỳ họp', 'kỳ họp'] },
  days: { en: ['day', 'days'], fr: ['jour', 'jours'], vi: ['ngày', 'ngày'] },
  percent: { en: ['%', '%'], fr: ['%', '%'], vi: ['%', '%'] },
};

/** The unit written out in a language (falls back to the unit id with dashes as spaces). */
export function unitLabel(unit: string, amount: number, lang: Lang = 'en'): string {
  const words = UNIT_WORDS[unit]?.[lang];
  if (!words) return unit.replace(/[-_]/g, ' ');
  return Math.abs(amount) === 1 || (lang === 'fr' && Math.abs(amount) < 2) ? words[0] : words[1];
}

// Building an Intl.NumberFormat is slow; the search index formats every figure three times.
const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(n)) return String(n);
  let nf = numberFormats.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 6 });
    numberFormats.set(lang, nf);
  }
  return nf.format(n);
}

interface Ymd { y: number; m: number; d: number }
function ymd(iso: string): Ymd | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function day(d: number, lang: Lang): string {
  return lang === 'fr' && d === 1 ? '1er' : String(d);
}

function dayMonth(p: Ymd, lang: Lang): string {
  if (lang === 'vi') return `${p.d}/${p.m}`;
  return `${day(p.d, lang)} ${MONTHS[lang][p.m - 1]}`;
}

const DASH = '–';

export function formatDate(v: DateValue, lang: Lang = 'en'): string {
  const a = ymd(v.start);
  const b = ymd(v.end);
  if (!a || !b) return v.start === v.end ? v.start : `${v.start}${DASH}${v.end}`;
  const sameYear = a.y === b.y;
  const sameMonth = sameYear && a.m === b.m;
  if (v.precision === 'year') {
    const s = sameYear ? String(a.y) : `${a.y}${DASH}${b.y}`;
    return lang === 'vi' ? `năm ${s}` : s;
  }
  if (v.precision === 'month') {
    if (lang === 'vi') return sameMonth ? `tháng ${a.m}/${a.y}` : sameYear ? `tháng ${a.m}${DASH}${b.m}/${a.y}` : `tháng ${a.m}/${a.y} ${DASH} tháng ${b.m}/${b.y}`;
    const ma = MONTHS[lang][a.m - 1];
    const mb = MONTHS[lang][b.m - 1];
    return sameMonth ? `${ma} ${a.y}` : sameYear ? `${ma}${DASH}${mb} ${a.y}` : `${ma} ${a.y} ${DASH} ${mb} ${b.y}`;
  }
  if (lang === 'vi') {
    if (v.start === v.end) return `ngày ${a.d}/${a.m}/${a.y}`;
    if (sameMonth) return `ngày ${a.d}${DASH}${b.d}/${a.m}/${a.y}`;
    if (sameYear) return `ngày ${a.d}/${a.m} ${DASH} ${b.d}/${b.m}/${a.y}`;
    return `ngày ${a.d}/${a.m}/${a.y} ${DASH} ${b.d}/${b.m}/${b.y}`;
  }
  if (v.start === v.end) return `${dayMonth(a, lang)} ${a.y}`;
  if (sameMonth) return `${day(a.d, lang)}${DASH}${b.d} ${MONTHS[lang][a.m - 1]} ${a.y}`;
  if (sameYear) return `${dayMonth(a, lang)} ${DASH} ${dayMonth(b, lang)} ${a.y}`;
  return `${dayMonth(a, lang)} ${a.y} ${DASH} ${dayMonth(b, lang)} ${b.y}`;
}

export function formatFigure(v: FigureValue, lang: Lang = 'en'): string {
  const q = QUALIFIER_WORDS[lang][v.qualifier] ?? '';
  const unit = unitLabel(v.unit, v.amount, lang);
  const amount = formatNumber(v.amount, lang);
  const body = unit === '%' ? `${amount}${lang === 'fr' ? '\u202f' : ''}%` : unit ? `${amount} ${unit}` : amount;
  return q ? `${q} ${body}` : body;
}

export function formatName(v: NameValue): string {
  return v.role ? `${v.name} (${v.role})` : v.name;
}

/** The kind a value's shape says it is (a value carries no tag of its own). */
export function valueKind(v: FactValue): FactKind {
  if ('name' in v) return 'name';
  if ('amount' in v) return 'figure';
  return 'date';
}

export function formatValue(v: FactValue, lang: Lang = 'en'): string {
  switch (valueKind(v)) {
    case 'date': return formatDate(v as DateValue, lang);
    case 'figure': return formatFigure(v as FigureValue, lang);
    default: return formatName(v as NameValue);
  }
}

/**
 * Strings a reader might type to find this value, in all three languages: renderings, bare
 * numbers, ISO dates, names and aliases. Used by the search index.
 */
export function valueSearchTexts(v: FactValue): string[] {
  const out: string[] = [];
  switch (valueKind(v)) {
    case 'date': {
      const d = v as DateValue;
      for (const l of ['en', 'fr', 'vi'] as Lang[]) out.push(formatDate(d, l));
      out.push(d.start, d.end);
      break;
    }
    case 'figure': {
      const f = v as FigureValue;
      for (const l of ['en', 'fr', 'vi'] as Lang[]) out.push(formatFigure(f, l), unitLabel(f.unit, 2, l), unitLabel(f.unit, 1, l));
      out.push(String(f.amount), f.unit);
      break;
    }
    default: {
      const n = v as NameValue;
      out.push(n.name, ...(n.aliases ?? []));
    }
  }
  return out;
}
