// Import and export of the engine's `factlens-facts/1` file.
//
// Import checks the whole file before returning anything: a file with one bad fact yields no
// facts at all, only the list of what is wrong and where (`facts[12].value.amount`), so the caller
// can write all or nothing. Strings are kept exactly as written; markup in them is plain text and
// is never interpreted by Factlens (the components render text nodes only).
import type { Fact, FactValue, Source, Variant } from '../model';
import { Checker, checkFact, join, type FieldError } from '../validate';
import { exportLimitProblem } from './export-size';
import { DEFAULT_MAX_BYTES, jsonLines, parseJsonText, type JsonInput } from './json-text';

export const FACTS_FORMAT = 'factlens-facts/1';
export const DEFAULT_MAX_ERRORS = 50;

export interface ImportError { path: string; message: string; code?: string }

export type FactsImport =
  | { ok: true; facts: Fact[] }
  | { ok: false; errors: ImportError[]; /** All problems found, listed or not. */ total: number };

export interface ImportOptions { maxBytes?: number; maxErrors?: number }

function fail(path: string, message: string): FactsImport {
  return { ok: false, errors: [{ path, message }], total: 1 };
}

/** Checks an already parsed JSON value as a fact base. */
export function importFactsValue(data: unknown, opts: ImportOptions = {}): FactsImport {
  const r = checkFactsValue(data, opts);
  if (!r.ok) return r;
  const tooBig = exportLimitProblem(r.facts, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  return tooBig ? fail('(file)', tooBig) : r;
}

function checkFactsValue(data: unknown, opts: ImportOptions): FactsImport {
  const maxErrors = opts.maxErrors ?? DEFAULT_MAX_ERRORS;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('(file)', `Expected an object {"format": "${FACTS_FORMAT}", "facts": [...]}, found ${Array.isArray(data) ? 'a list' : data === null ? 'null' : typeof data}.`);
  }
  const o = data as Record<string, unknown>;
  if (o.format !== FACTS_FORMAT) {
    const looksLd = '@context' in o || '@type' in o || '@graph' in o;
    if (looksLd) return fail('format', `This looks like schema.org JSON-LD, not a ${FACTS_FORMAT} file. Import it as ClaimReview instead.`);
    if (o.format === undefined) return fail('format', `The file has no "format" field; a Factlens fact file starts with "format": "${FACTS_FORMAT}".`);
    return fail('format', `Unsupported format ${shortJson(o.format)}; this version of Factlens reads "${FACTS_FORMAT}".`);
  }
  if (!Array.isArray(o.facts)) return fail('facts', `"facts" must be a list of facts${o.facts === undefined ? ' and is missing' : ''}.`);

  const c = new Checker(maxErrors);
  const facts: Fact[] = [];
  const firstUse = new Map<string, number>();
  o.facts.forEach((raw, i) => {
    const path = join('facts', i);
    const fact = checkFact(raw, path, c);
    // Duplicates are checked on the raw id so a fact with other errors still reports them too.
    const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') {
      const first = firstUse.get(id);
      if (first !== undefined) c.add(join(path, 'id'), 'duplicate-id', { id, first: `facts[${first}]` });
      else firstUse.set(id, i);
    }
    if (fact) facts.push(fact);
  });
  if (c.total > 0) return { ok: false, errors: c.errors.map(toImportError), total: c.total };
  return { ok: true, facts };
}

/** A value as JSON, cut to a readable length (a hostile file can put anything there). */
function shortJson(v: unknown): string {
  let s: string;
  try { s = JSON.stringify(v) ?? String(v); } catch { s = '(unreadable)'; }
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

function toImportError(e: FieldError): ImportError {
  return { path: e.path, message: e.message, code: e.code };
}

/** Parses and checks a `factlens-facts/1` file (text or bytes). */
export function importFacts(input: JsonInput, opts: ImportOptions = {}): FactsImport {
  const parsed = parseJsonText(input, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!parsed.ok) return fail(parsed.path, parsed.message);
  return importFactsValue(parsed.value, opts);
}

// Export: objects are rebuilt in a fixed key order so the same facts always give the same bytes
// (diffable, and a re-export of an import is identical).

function orderedValue(v: FactValue): Record<string, unknown> {
  if ('name' in v) return strip({ name: v.name, aliases: [...(v.aliases ?? [])], role: v.role, entity: v.entity });
  if ('amount' in v) return { amount: v.amount, unit: v.unit, qualifier: v.qualifier };
  return strip({ start: v.start, end: v.end, precision: v.precision, yearInferred: v.yearInferred });
}

function orderedSource(s: Source): Record<string, unknown> {
  return strip({ doc: s.doc, lang: s.lang, title: s.title, quote: s.quote, start: s.start, end: s.end });
}

function orderedVariant(v: Variant): Record<string, unknown> {
  return { value: orderedValue(v.value), sources: v.sources.map(orderedSource) };
}

export function orderedFact(f: Fact): Record<string, unknown> {
  return strip({
    id: f.id,
    kind: f.kind,
    subject: f.subject,
    subjectLabel: f.subjectLabel,
    value: orderedValue(f.value),
    sources: (f.sources ?? []).map(orderedSource),
    variants: (f.variants ?? []).map(orderedVariant),
    origin: f.origin,
    userEdited: f.userEdited ? true : undefined,
  });
}

function strip(o: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * A stable `factlens-facts/1` file, one fact per line: diffable, and without the indentation that
 * made an export twice the size of the file it came from (see export-size.ts).
 */
export function exportFacts(facts: readonly Fact[]): string {
  return jsonLines(`{"format":${JSON.stringify(FACTS_FORMAT)},"facts":[`, facts.map((f) => JSON.stringify(orderedFact(f))), ']}');
}
