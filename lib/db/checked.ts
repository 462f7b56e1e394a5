// What the repository accepts, whoever calls it: facts as lib/validate.ts rules them (limits on
// what one fact may hold included), user documents with an id, a title, a text and a language,
// and rows put back by Undo with their bookkeeping fields. Everything is rebuilt from known fields.
import type { Fact, FactOrigin, Lang, SourceDocument } from '../model';
import { LANGS } from '../model';
import { Checker, CONTROL, LONE_SURROGATE, MAX_SHORT, ORIGINS, validateFact } from '../validate';
import type { FactRecord } from './records';

/** Up to this many problems are listed in an error message. */
const MAX_LISTED = 5;
/** Longest user document (the longest text a check reads, see lib/ext/check-service.ts). */
export const MAX_DOCUMENT_CHARS = 6_000_000;

export class FactCheckError extends Error {
  override name = 'FactCheckError';
}

/** The facts as checked by lib/validate.ts, or an error naming each problem and where it is. */
export function checkedFacts(raw: unknown, what = 'facts', single = false): Fact[] {
  if (!Array.isArray(raw)) throw new FactCheckError(`${what} must be a list`);
  const out: Fact[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  raw.forEach((item, i) => {
    const r = validateFact(item);
    if (!r.ok) {
      const at = single ? what : `${what}[${i}]`;
      for (const e of r.errors) problems.push(`${at}${e.path ? '.' + e.path.replace(/^\./, '') : ''}: ${e.message}`);
      return;
    }
    if (ids.has(r.fact.id)) problems.push(`${what}[${i}].id: "${r.fact.id}" is used twice`);
    ids.add(r.fact.id);
    out.push(r.fact);
  });
  if (problems.length) {
    const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
    throw new FactCheckError(`Nothing was written: ${problems.slice(0, MAX_LISTED).join('; ')}${more}`);
  }
  return out;
}

export function checkedFact(raw: unknown): Fact {
  return checkedFacts([raw], 'fact', true)[0];
}

/** A row deleteFact returned, checked before Undo writes it back. */
export function checkedRow(raw: unknown): Fact & { origin: FactOrigin; userEdited: boolean } {
  const fact = checkedFact(raw);
  const r = raw as Partial<FactRecord>;
  if (!(ORIGINS as readonly unknown[]).includes(r.origin)) throw new FactCheckError('Nothing was written: fact.origin must be "corpus" or "user"');
  if (typeof r.userEdited !== 'boolean') throw new FactCheckError('Nothing was written: fact.userEdited must be true or false');
  return { ...fact, origin: r.origin as FactOrigin, userEdited: r.userEdited };
}

const INVISIBLE_G = new RegExp(CONTROL.source, 'g');
const LONE_SURROGATE_G = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * A document's text as facts may quote it: without the invisible and control characters the
 * validator refuses in a quote (pages pasted from the web carry zero-width spaces and marks), a
 * broken surrogate written U+FFFD as a decoder would. Proposed facts are read from this text, so
 * their offsets are offsets into the document as stored.
 */
export function cleanDocumentText(text: string): string {
  return text.replace(INVISIBLE_G, '').replace(LONE_SURROGATE_G, '\ufffd');
}

export function checkedDocument(doc: unknown): SourceDocument {
  const d = doc as Partial<SourceDocument> | null;
  if (!d || typeof d !== 'object') throw new FactCheckError('The document is missing');
  if (typeof d.id !== 'string' || !d.id.trim()) throw new FactCheckError('The document has no id');
  if (typeof d.title !== 'string' || !d.title.trim()) throw new FactCheckError('Give the document a title');
  if (typeof d.text !== 'string' || !d.text.trim()) throw new FactCheckError('The document has no text');
  if (!(LANGS as readonly unknown[]).includes(d.lang)) throw new FactCheckError(`The document's language must be one of ${LANGS.join(', ')}`);
  const c = new Checker(1);
  c.text(d.id, 'id', MAX_SHORT);
  c.text(d.title.trim(), 'title', MAX_SHORT);
  if (d.text.length > MAX_DOCUMENT_CHARS) c.add('text', 'too-long', { length: String(d.text.length), max: String(MAX_DOCUMENT_CHARS) });
  const optional = (v: unknown, key: string): string | null => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') { c.add(key, 'type', { expected: 'a text' }); return null; }
    c.text(v, key, MAX_SHORT);
    return v;
  };
  const published = optional(d.published, 'published');
  const outlet = optional(d.outlet, 'outlet');
  if (c.errors.length) throw new FactCheckError(`The document's ${c.errors[0].path} ${c.errors[0].message}`);
  return { id: d.id, title: d.title.trim(), text: cleanDocumentText(d.text), lang: d.lang as Lang, published, outlet, origin: 'user' };
}
