// The rules a fact must follow, shared by the import checker (whole files, paths like
// `facts[12].value.amount`) and the add/edit form (one message per field). checkFact never trusts
// its input: it rebuilds a clean Fact from the known fields only, so an imported object cannot
// smuggle extra keys (or `__proto__`) into the fact base.
import {
  FACT_KINDS, LANGS, QUALIFIERS,
  type DatePrecision, type DateValue, type Fact, type FactKind, type FactOrigin, type FactValue,
  type FigureValue, type Lang, type NameValue, type Qualifier, type Source, type Variant,
} from './model';

export type ErrorCode =
  | 'type' | 'required' | 'empty' | 'enum' | 'kind' | 'date-format' | 'date-order'
  | 'not-number' | 'offsets' | 'control' | 'surrogate' | 'too-long' | 'too-many' | 'duplicate-id' | 'precision';

export interface FieldError {
  /** Where: `facts[3].value.end` for a file, `value.end` for a single fact. */
  path: string;
  code: ErrorCode;
  /** English sentence for a person; `params` lets the UI translate it (components/strings.ts). */
  message: string;
  params?: Record<string, string>;
}

export const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];
export const ENTITIES = ['person', 'place'] as const;
export const ORIGINS: readonly FactOrigin[] = ['corpus', 'user'];
/** Longest string accepted in any field (a quote is a sentence, not a book). */
export const MAX_STRING = 20_000;
/** Longest id, subject, label, name, alias, role, unit, document id or title (a name, not a text). */
export const MAX_SHORT = 1_000;
/**
 * What one fact may hold. Every alias is a phrase the matcher compiles and every source a quote a
 * card shows; without a bound one imported fact could hold millions. The shipped corpus's largest
 * fact has 6 aliases, 14 sources and 1 variant.
 */
export const FACT_LIMITS = { aliases: 100, sources: 200, variants: 50 } as const;

/**
 * C0/C1 control characters (tab, CR, LF allowed), bidi overrides and marks, and invisible
 * characters that make two equal-looking names differ or disguise text: zero-width space (U+200B),
 * left-to-right and right-to-left marks (U+200E/F), Arabic letter mark (U+061C), word joiner and
 * invisible operators (U+2060–2064), byte order mark (U+FEFF). Zero-width (non-)joiners stay:
 * scripts and emoji sequences need them.
 */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** Half of a surrogate pair without the other half: not a character (text decoders write U+FFFD). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function describeError(code: ErrorCode, p: Record<string, string> = {}): string {
  switch (code) {
    case 'type': return `must be ${p.expected}${p.got ? `, but it is ${p.got}` : ''}.`;
    case 'required': return `is missing; ${p.what ?? 'this field'} is required.`;
    case 'empty': return `cannot be empty.`;
    case 'enum': return `"${p.got}" is not allowed; use one of: ${p.allowed}.`;
    case 'kind': return `unknown kind "${p.got}"; a fact is a date, a name or a figure.`;
    case 'date-format': return `"${p.got}" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-10-25.`;
    case 'date-order': return `the end date (${p.end}) is before the start date (${p.start}).`;
    case 'not-number': return `"${p.got}" is not a number; write digits, e.g. 1000 or 1,000.`;
    case 'offsets': return `the end offset (${p.end}) is before the start offset (${p.start}).`;
    case 'control': return `contains an invisible control character (${p.char}); remove it.`;
    case 'surrogate': return `contains a broken character (${p.char}, half of a pair); remove it.`;
    case 'precision': return p.precision === 'year'
      ? `"year" precision covers whole years: start on 1 January (${p.start}) and end on 31 December (${p.end}).`
      : `"month" precision covers whole months: start on the 1st (${p.start}) and end on the month's last day (${p.end}).`;
    case 'too-long': return `is too long (${p.length} characters; at most ${p.max}).`;
    case 'too-many': return `has ${p.count} ${p.what}; a fact may hold at most ${p.max}.`;
    case 'duplicate-id': return `the id "${p.id}" is already used by ${p.first}.`;
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : String(v);
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

const codePoint = (ch: string) => 'U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for a real calendar day written yyyy-mm-dd (from year 0001: there is no year 0). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[mo - 1];
}

/** Collects errors while walking one unknown value; paths are joined for the messages. */
export class Checker {
  readonly errors: FieldError[] = [];
  /** Stop collecting (but keep counting) past this many errors: a hostile file can have millions. */
  constructor(readonly max = Infinity) {}
  total = 0;

  add(path: string, code: ErrorCode, params: Record<string, string> = {}): void {
    this.total++;
    if (this.errors.length < this.max) this.errors.push({ path, code, message: describeError(code, params), params });
  }

  string(o: Record<string, unknown>, key: string, path: string, opts: { optional?: boolean; nonEmpty?: boolean; max?: number } = {}): string | undefined {
    const p = join(path, key);
    const v = o[key];
    if (v === undefined) {
      if (!opts.optional) this.add(p, 'required', { what: key });
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(p, 'type', { expected: 'a text', got: describeType(v) });
      return undefined;
    }
    if (opts.nonEmpty && v.trim() === '') { this.add(p, 'empty'); return undefined; }
    if (!this.text(v, p, opts.max)) return undefined;
    return v;
  }

  /** Checks a string already known to be one: length and control characters. */
  text(v: string, p: string, max = MAX_STRING): boolean {
    if (v.length > max) { this.add(p, 'too-long', { length: String(v.length), max: String(max) }); return false; }
    const c = CONTROL.exec(v);
    if (c) { this.add(p, 'control', { char: codePoint(c[0]) }); return false; }
    const l = LONE_SURROGATE.exec(v);
    if (l) { this.add(p, 'surrogate', { char: codePoint(l[0]) }); return false; }
    return true;
  }

  oneOf<T extends string>(o: Record<string, unknown>, key: string, path: string, allowed: readonly T[], optional = false): T | undefined {
    const v = this.string(o, key, path, { optional });
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      this.add(join(path, key), 'enum', { got: v, allowed: allowed.join(', ') });
      return undefined;
    }
    return v as T;
  }

  integer(o: Record<string, unknown>, key: string, path: string): number | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) { this.add(p, 'required', { what: key }); return undefined; }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      this.add(p, 'type', { expected: 'a whole number ≥ 0', got: describeType(v) });
      return undefined;
    }
    return v;
  }

  object(v: unknown, p: string): Record<string, unknown> | undefined {
    if (isObject(v)) return v;
    this.add(p, v === undefined ? 'required' : 'type', v === undefined ? { what: p.split('.').pop() ?? p } : { expected: 'an object', got: describeType(v) });
    return undefined;
  }

  list(o: Record<string, unknown>, key: string, path: string, optional = false, max = Infinity): unknown[] | undefined {
    const v = o[key];
    const p = join(path, key);
    if (v === undefined) {
      if (optional) return [];
      this.add(p, 'required', { what: key });
      return undefined;
    }
    if (!Array.isArray(v)) { this.add(p, 'type', { expected: 'a list', got: describeType(v) }); return undefined; }
    if (v.length > max) { this.add(p, 'too-many', { count: String(v.length), what: key, max: String(max) }); return undefined; }
    return v;
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function checkDate(v: Record<string, unknown>, p: string, c: Checker): DateValue | undefined {
  const before = c.total;
  const start = c.string(v, 'start', p);
  const end = c.string(v, 'end', p);
  if (start !== undefined && !isIsoDate(start)) c.add(join(p, 'start'), 'date-format', { got: start });
  if (end !== undefined && !isIsoDate(end)) c.add(join(p, 'end'), 'date-format', { got: end });
  if (start && end && isIsoDate(start) && isIsoDate(end) && end < start) c.add(join(p, 'end'), 'date-order', { start, end });
  const precision = c.oneOf(v, 'precision', p, PRECISIONS);
  if (precision && precision !== 'day' && start && end && isIsoDate(start) && isIsoDate(end) && end >= start) {
    const whole = wholePeriod(start, end, precision);
    if (whole[0] !== start || whole[1] !== end) c.add(join(p, 'precision'), 'precision', { precision, start: whole[0], end: whole[1] });
  }
  let yearInferred: boolean | undefined;
  if (v.yearInferred !== undefined) {
    if (typeof v.yearInferred !== 'boolean') c.add(join(p, 'yearInferred'), 'type', { expected: 'true or false', got: describeType(v.yearInferred) });
    else yearInferred = v.yearInferred;
  }
  if (c.total !== before) return undefined;
  const out: DateValue = { start: start!, end: end!, precision: precision! };
  if (yearInferred !== undefined) out.yearInferred = yearInferred;
  return out;
}

/** The whole months or years around [start, end]: what month or year precision must cover. */
export function wholePeriod(start: string, end: string, precision: 'month' | 'year'): [string, string] {
  const [ys, ms] = start.split('-');
  const [ye, me] = end.split('-');
  if (precision === 'year') return [`${ys}-01-01`, `${ye}-12-31`];
  const last = new Date(Date.UTC(+ye, +me, 0)).getUTCDate();
  return [`${ys}-${ms}-01`, `${ye}-${me}-${String(last).padStart(2, '0')}`];
}

export function checkFigure(v: Record<string, unknown>, p: string, c: Checker): FigureValue | undefined {
  const before = c.total;
  const a = v.amount;
  if (a === undefined) c.add(join(p, 'amount'), 'required', { what: 'amount' });
  else if (typeof a !== 'number' || !Number.isFinite(a)) c.add(join(p, 'amount'), 'type', { expected: 'a finite number', got: describeType(a) });
  const unit = c.string(v, 'unit', p, { nonEmpty: true, max: MAX_SHORT });
  const qualifier = c.oneOf(v, 'qualifier', p, QUALIFIERS);
  if (c.total !== before) return undefined;
  // -0 is written "0" in JSON: read it as 0 so that export and import give the same value.
  return { amount: (a as number) === 0 ? 0 : (a as number), unit: unit!, qualifier: qualifier! };
}

export function checkName(v: Record<string, unknown>, p: string, c: Checker): NameValue | undefined {
  const before = c.total;
  const name = c.string(v, 'name', p, { nonEmpty: true, max: MAX_SHORT });
  const aliasList = c.list(v, 'aliases', p, true, FACT_LIMITS.aliases);
  const aliases: string[] = [];
  aliasList?.forEach((a, i) => {
    const ap = join(join(p, 'aliases'), i);
    if (typeof a !== 'string') c.add(ap, 'type', { expected: 'a text', got: describeType(a) });
    else if (a.trim() === '') c.add(ap, 'empty');
    else if (c.text(a, ap, MAX_SHORT)) aliases.push(a);
  });
  const role = c.string(v, 'role', p, { optional: true, nonEmpty: true, max: MAX_SHORT });
  const entity = c.oneOf(v, 'entity', p, ENTITIES, true);
  if (c.total !== before) return undefined;
  const out: NameValue = { name: name!, aliases };
  if (role !== undefined) out.role = role;
  if (entity !== undefined) out.entity = entity;
  return out;
}

export function checkValue(kind: FactKind, raw: unknown, p: string, c: Checker): FactValue | undefined {
  const v = c.object(raw, p);
  if (!v) return undefined;
  if (kind === 'date') return checkDate(v, p, c);
  if (kind === 'figure') return checkFigure(v, p, c);
  return checkName(v, p, c);
}

export function checkSource(raw: unknown, p: string, c: Checker): Source | undefined {
  const s = c.object(raw, p);
  if (!s) return undefined;
  const before = c.total;
  const doc = c.string(s, 'doc', p, { nonEmpty: true, max: MAX_SHORT });
  const lang = c.oneOf<Lang>(s, 'lang', p, LANGS);
  const quote = c.string(s, 'quote', p);
  const start = c.integer(s, 'start', p);
  const end = c.integer(s, 'end', p);
  if (start !== undefined && end !== undefined && end < start) c.add(join(p, 'end'), 'offsets', { start: String(start), end: String(end) });
  const title = c.string(s, 'title', p, { optional: true, max: MAX_SHORT });
  if (c.total !== before) return undefined;
  const out: Source = { doc: doc!, lang: lang!, quote: quote!, start: start!, end: end! };
  if (title !== undefined) out.title = title;
  return out;
}

function checkSources(o: Record<string, unknown>, p: string, c: Checker, optional: boolean): Source[] {
  const list = c.list(o, 'sources', p, optional, FACT_LIMITS.sources) ?? [];
  const out: Source[] = [];
  list.forEach((s, i) => { const v = checkSource(s, join(join(p, 'sources'), i), c); if (v) out.push(v); });
  return out;
}

/**
 * Checks one fact. Returns a clean copy, or undefined when anything is wrong (the errors are in
 * `c`). `sources` and `variants` may be absent (read as empty lists); everything else the model
 * requires must be there.
 */
export function checkFact(raw: unknown, p: string, c: Checker): Fact | undefined {
  const o = c.object(raw, p || 'fact');
  if (!o) return undefined;
  const before = c.total;
  const id = c.string(o, 'id', p, { nonEmpty: true, max: MAX_SHORT });
  let kind: FactKind | undefined;
  if (o.kind === undefined) c.add(join(p, 'kind'), 'required', { what: 'kind' });
  else if (typeof o.kind !== 'string' || !(FACT_KINDS as readonly string[]).includes(o.kind)) {
    c.add(join(p, 'kind'), 'kind', { got: typeof o.kind === 'string' ? o.kind : describeType(o.kind) });
  } else kind = o.kind as FactKind;
  const subject = c.string(o, 'subject', p, { nonEmpty: true, max: MAX_SHORT });
  const subjectLabel = c.string(o, 'subjectLabel', p, { optional: true, max: MAX_SHORT });
  const value = kind ? checkValue(kind, o.value, join(p, 'value'), c) : undefined;
  const sources = checkSources(o, p, c, true);
  const variantList = c.list(o, 'variants', p, true, FACT_LIMITS.variants) ?? [];
  const variants: Variant[] = [];
  variantList.forEach((raw, i) => {
    const vp = join(join(p, 'variants'), i);
    const vo = c.object(raw, vp);
    if (!vo || !kind) return;
    const val = checkValue(kind, vo.value, join(vp, 'value'), c);
    const srcs = checkSources(vo, vp, c, false);
    if (val) variants.push({ value: val, sources: srcs });
  });
  const origin = c.oneOf<FactOrigin>(o, 'origin', p, ORIGINS, true);
  let userEdited: boolean | undefined;
  if (o.userEdited !== undefined) {
    if (typeof o.userEdited !== 'boolean') c.add(join(p, 'userEdited'), 'type', { expected: 'true or false', got: describeType(o.userEdited) });
    else userEdited = o.userEdited;
  }
  if (c.total !== before) return undefined;
  const fact: Fact = { id: id!, kind: kind!, subject: subject!, value: value!, sources, variants };
  if (subjectLabel !== undefined) fact.subjectLabel = subjectLabel;
  if (origin !== undefined) fact.origin = origin;
  if (userEdited !== undefined) fact.userEdited = userEdited;
  return fact;
}

/** Checks one fact on its own (the form, a single edit). */
export function validateFact(raw: unknown): { ok: true; fact: Fact } | { ok: false; errors: FieldError[] } {
  const c = new Checker();
  const fact = checkFact(raw, '', c);
  return fact ? { ok: true, fact } : { ok: false, errors: c.errors };
}

/**
 * Reads a number as people type it: "1000", "1,000", "1 000", "1.000" (continental thousands),
 * "2.5", "2,5". A dot or comma followed by exactly three digits is read as a thousands separator.
 */
export function parseAmount(input: string): number | undefined {
  let s = input.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export type { Qualifier };
