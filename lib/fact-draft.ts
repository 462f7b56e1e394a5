// The add/edit form's model: what the user types (all strings) and how it becomes a Fact. The
// rules are those of lib/validate.ts (the import checker's): the draft is turned into a candidate
// fact and checked by checkFact; errors are then mapped to the form's fields with sentences meant
// for the person typing, not for a file's author.
import type { DatePrecision, Fact, FactKind, FactOrigin, Lang, Qualifier, Source, Variant } from './model';
import { Checker, checkFact, isIsoDate, parseAmount, type ErrorCode } from './validate';

export interface FactDraft {
  /** Empty for a new fact. */
  id: string;
  kind: FactKind;
  /** What the fact is about: the label of a corpus fact's subject, or a user fact's free-text subject. */
  subject: string;
  /** The subject id kept from an edited fact whose subject is a lexicon id (the label is what is edited). */
  subjectId?: string;
  start: string;
  /** Empty means the same day as start. */
  end: string;
  precision: DatePrecision;
  amount: string;
  unit: string;
  qualifier: Qualifier;
  name: string;
  /** Other spellings, one per line or comma-separated. */
  aliases: string;
  role: string;
  entity: '' | 'person' | 'place';
  /** Sources of an edited fact, kept as they are (the form can remove them). */
  sources: Source[];
  variants: Variant[];
  origin?: FactOrigin;
  /** An optional new source: the sentence the value comes from. */
  quote: string;
  docTitle: string;
  lang: Lang | '';
}

export type DraftField =
  | 'subject' | 'start' | 'end' | 'precision' | 'amount' | 'unit' | 'qualifier' | 'name' | 'aliases'
  | 'role' | 'entity' | 'quote' | 'docTitle' | 'lang' | 'form';

export interface DraftError {
  field: DraftField;
  code: ErrorCode | 'lang-missing';
  params: Record<string, string>;
  /** English sentence; components/strings.ts translates by field + code. */
  message: string;
}

export type DraftErrors = Partial<Record<DraftField, DraftError>>;

export function emptyDraft(kind: FactKind = 'date'): FactDraft {
  return {
    id: '', kind, subject: '', start: '', end: '', precision: 'day', amount: '', unit: '', qualifier: 'exact',
    name: '', aliases: '', role: '', entity: '', sources: [], variants: [], quote: '', docTitle: '', lang: '',
  };
}

export function draftFromFact(f: Fact): FactDraft {
  const d = emptyDraft(f.kind);
  d.id = f.id;
  d.subject = f.subjectLabel ?? f.subject;
  if (f.subjectLabel !== undefined) d.subjectId = f.subject;
  d.sources = f.sources.map((s) => ({ ...s }));
  d.variants = f.variants;
  d.origin = f.origin;
  const v = f.value;
  if ('name' in v) {
    d.name = v.name; d.aliases = (v.aliases ?? []).join('\n'); d.role = v.role ?? ''; d.entity = v.entity ?? '';
  } else if ('amount' in v) {
    d.amount = String(v.amount); d.unit = v.unit; d.qualifier = v.qualifier;
  } else {
    d.start = v.start; d.end = v.end === v.start ? '' : v.end; d.precision = v.precision;
  }
  return d;
}

/** Month and year precision cover whole months and years, whatever day was picked. */
function widen(start: string, end: string, precision: DatePrecision): [string, string] {
  if (precision === 'day' || !isIsoDate(start) || !isIsoDate(end)) return [start, end];
  const [ys, ms] = start.split('-');
  const [ye, me] = end.split('-');
  if (precision === 'year') return [`${ys}-01-01`, `${ye}-12-31`];
  const last = new Date(Date.UTC(+ye, +me, 0)).getUTCDate();
  return [`${ys}-${ms}-01`, `${ye}-${me}-${String(last).padStart(2, '0')}`];
}

const FIELD_MESSAGES: Partial<Record<string, (p: Record<string, string>) => string>> = {
  'subject:required': () => 'Say what the fact is about, e.g. “Signing ceremony”.',
  'subject:empty': () => 'Say what the fact is about, e.g. “Signing ceremony”.',
  'start:required': () => 'Enter the date (the first day, if it is a range).',
  'start:date-format': () => 'Enter a real date as YYYY-MM-DD, e.g. 2025-10-25.',
  'end:date-format': () => 'Enter a real date as YYYY-MM-DD, or leave it empty for a single day.',
  'end:date-order': (p) => `The end date (${p.end}) is before the start date (${p.start}).`,
  'amount:required': () => 'Enter the figure, e.g. 1000.',
  'amount:not-number': (p) => `“${p.got}” is not a number. Write digits, e.g. 1000 or 1,000.`,
  'amount:type': () => 'Enter a number, e.g. 1000.',
  'unit:empty': () => 'Say what is counted, e.g. delegates.',
  'unit:required': () => 'Say what is counted, e.g. delegates.',
  'name:empty': () => 'Enter the name.',
  'name:required': () => 'Enter the name.',
  'lang:lang-missing': () => 'Pick the language of the quote.',
};

const GENERIC: Partial<Record<string, (p: Record<string, string>) => string>> = {
  control: (p) => `Remove the invisible control character (${p.char}).`,
  'too-long': (p) => `Too long: ${p.length} characters (at most ${p.max}).`,
  'too-many': (p) => `Too many ${p.what}: ${p.count} (at most ${p.max}).`,
  surrogate: (p) => `Remove the broken character (${p.char}).`,
  empty: () => 'Cannot be empty.',
  precision: (p) => (p.precision === 'year' ? `A year runs from ${p.start} to ${p.end}.` : `A month runs from ${p.start} to ${p.end}.`),
  enum: (p) => `Choose one of: ${p.allowed}.`,
};

export function draftMessage(field: DraftField, code: string, params: Record<string, string>): string {
  const f = FIELD_MESSAGES[`${field}:${code}`] ?? GENERIC[code];
  return f ? f(params) : 'This value is not valid.';
}

/** Which form field a checkFact path belongs to. */
function fieldOf(path: string, newSourceIndex: number): DraftField {
  const m = /^value\.(\w+)/.exec(path);
  if (m) return (m[1] as DraftField);
  if (path === 'subject' || path === 'subjectLabel') return 'subject';
  const s = /^sources\[(\d+)\]\.(\w+)/.exec(path);
  if (s && +s[1] === newSourceIndex) return s[2] === 'title' ? 'docTitle' : s[2] === 'quote' ? 'quote' : s[2] === 'lang' ? 'lang' : 'docTitle';
  return 'form';
}

export interface DraftOptions {
  /** Makes the id of a new fact (and of a new source document). */
  makeId?: () => string;
}

let counter = 0;
function defaultId(): string {
  const rnd = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `user:${Date.now().toString(36)}-${(counter++).toString(36)}-${rnd}`;
}

/**
 * Turns a draft into a fact, or says per field what is wrong. Saving a draft always gives a user
 * fact (origin "user"), so a corpus reload never overwrites what the user edited.
 */
export function draftToFact(d: FactDraft, opts: DraftOptions = {}): { fact?: Fact; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const put = (field: DraftField, code: DraftError['code'], params: Record<string, string> = {}) => {
    if (!errors[field]) errors[field] = { field, code, params, message: draftMessage(field, code, params) };
  };
  let value: Record<string, unknown>;
  if (d.kind === 'date') {
    const start = d.start.trim();
    const end = d.end.trim() || start;
    const [s, e] = widen(start, end, d.precision);
    value = { start: s, end: e, precision: d.precision };
  } else if (d.kind === 'figure') {
    const raw = d.amount.trim();
    const amount = raw === '' ? undefined : parseAmount(raw);
    if (raw !== '' && amount === undefined) put('amount', 'not-number', { got: raw });
    value = { amount, unit: d.unit.trim(), qualifier: d.qualifier };
  } else {
    const aliases = d.aliases.split(/[\n,;]+/).map((a) => a.trim()).filter(Boolean);
    value = { name: d.name.trim(), aliases };
    if (d.role.trim()) value.role = d.role.trim();
    if (d.entity) value.entity = d.entity;
  }
  const sources: Source[] = [...d.sources];
  let newSourceIndex = -1;
  if (d.quote.trim()) {
    if (!d.lang) put('lang', 'lang-missing');
    const title = d.docTitle.trim() || undefined;
    // Offsets 0/0: a quote typed in the form has no document text around it ("unknown" span).
    const src = { doc: `user-note:${title ?? 'quote'}`, lang: (d.lang || 'en') as Lang, quote: d.quote.trim(), start: 0, end: 0, ...(title ? { title } : {}) };
    newSourceIndex = sources.push(src) - 1;
  }
  const subject = d.subject.trim();
  const candidate: Record<string, unknown> = {
    id: d.id || 'new',
    kind: d.kind,
    subject: d.subjectId ?? subject,
    value,
    sources,
    variants: d.variants,
    origin: 'user',
  };
  if (d.subjectId !== undefined) candidate.subjectLabel = subject;
  const c = new Checker();
  const fact = checkFact(candidate, '', c);
  if (d.subjectId !== undefined && !subject) put('subject', 'empty');
  for (const e of c.errors) {
    const field = fieldOf(e.path, newSourceIndex);
    // A date left empty is "required" to the form even though checkFact sees "" as a bad format.
    if (field === 'start' && d.start.trim() === '') put('start', 'required');
    // An empty end means "same day": its errors are the start's.
    else if (field === 'end' && d.end.trim() === '') continue;
    else if (field === 'amount' && d.amount.trim() === '') put('amount', 'required');
    else put(field, e.code, e.params ?? {});
  }
  if (!fact || Object.keys(errors).length) return { errors };
  if (!d.id) fact.id = (opts.makeId ?? defaultId)();
  return { fact, errors };
}
