// schema.org ClaimReview JSON-LD, both ways.
//
// Mapping (one ClaimReview per fact):
//
//   Fact                      ClaimReview
//   ------------------------  ----------------------------------------------------------------
//   id                        identifier (and "@id": "urn:factlens:fact:<id>")
//   subject / subjectLabel    itemReviewed.about.identifier / itemReviewed.about.name
//   (first source) quote      claimReviewed; its lang → inLanguage
//   sources[]                 itemReviewed.appearance[]: CreativeWork {identifier: doc, name: title,
//                             inLanguage: lang, text: quote, factlens:start, factlens:end}
//   variants.length > 0       reviewRating.alternateName "Disputed" (else "True"); the variants'
//                             values are listed in reviewRating.ratingExplanation
//   value, rendered           reviewBody ("Signing ceremony …: 25–26 October 2025")
//   kind, value, variants     factlens:kind, factlens:value, factlens:variants (structured, exact)
//   origin, userEdited        factlens:origin, factlens:userEdited (when true), so that importing
//                             an export gives the same fact base
//   —                         author: Organization "Factlens"
//
// The factlens: prefix is https://factlens.example/ns# (declared in @context).
//
// Import accepts a single ClaimReview, a list, or an object with @graph. Each item becomes a fact
// (the user's, unless it carries factlens:origin) when it maps, and the report says per item what
// did not:
//   - a value is read only from the structured factlens:value; a date, figure or name is never
//     guessed from the claimReviewed sentence (items without it are skipped, with the reason);
//   - a rating other than True/Disputed (e.g. "False") is skipped: the fact base holds values
//     taken as true, it has no place for refuted ones; no rating at all is read as True;
//   - appearances become sources (in en/fr/vi only); without factlens:start/end the offsets are
//     0/0, meaning "unknown" (cards then search the quote for the value);
//   - properties with no place in a fact (datePublished, url, other authors…) are named as not kept.
// The values, sources and variants go through the same checks as a factlens-facts/1 import.
import { LANGS, type Fact, type FactKind, type Lang, type Source } from '../model';
import { formatValue, valueKind } from '../format';
import { Checker, checkFact } from '../validate';
import { exportLimitProblem } from './export-size';
import { DEFAULT_MAX_BYTES, jsonLines, parseJsonText, type JsonInput } from './json-text';

export const FACTLENS_NS = 'https://factlens.example/ns#';
const CONTEXT = ['https://schema.org', { factlens: FACTLENS_NS }];

function appearanceOf(s: Source): Record<string, unknown> {
  const o: Record<string, unknown> = { '@type': 'CreativeWork', identifier: s.doc };
  if (s.title !== undefined) o.name = s.title;
  o.inLanguage = s.lang;
  o.text = s.quote;
  o['factlens:start'] = s.start;
  o['factlens:end'] = s.end;
  return o;
}

export function factToClaimReview(f: Fact): Record<string, unknown> {
  const first = f.sources[0];
  const label = f.subjectLabel ?? f.subject;
  const rendered = formatValue(f.value, 'en');
  const disputed = f.variants.length > 0;
  const about: Record<string, unknown> = { '@type': 'Thing', identifier: f.subject };
  if (f.subjectLabel !== undefined) about.name = f.subjectLabel;
  const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: disputed ? 'Disputed' : 'True' };
  if (disputed) rating.ratingExplanation = `Sources disagree: ${[f.value, ...f.variants.map((v) => v.value)].map((v) => formatValue(v, 'en')).join(' / ')}`;
  const o: Record<string, unknown> = {
    '@type': 'ClaimReview',
    '@id': `urn:factlens:fact:${encodeURIComponent(wellFormed(f.id))}`,
    identifier: f.id,
    claimReviewed: first ? first.quote : `${label}: ${rendered}`,
  };
  if (first) o.inLanguage = first.lang;
  Object.assign(o, {
    author: { '@type': 'Organization', name: 'Factlens' },
    itemReviewed: { '@type': 'Claim', about, appearance: f.sources.map(appearanceOf) },
    reviewRating: rating,
    reviewBody: `${label}: ${rendered}`,
    'factlens:kind': f.kind,
    'factlens:value': f.value,
    'factlens:variants': f.variants,
  });
  if (f.origin !== undefined) o['factlens:origin'] = f.origin;
  if (f.userEdited) o['factlens:userEdited'] = true;
  return o;
}

/** The string with each lone surrogate replaced by U+FFFD (encodeURIComponent throws on one). */
function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A JSON-LD document with one ClaimReview per fact, one per line. */
export function exportClaimReview(facts: readonly Fact[]): string {
  return jsonLines(`{"@context":${JSON.stringify(CONTEXT)},"@graph":[`, facts.map((f) => JSON.stringify(factToClaimReview(f))), ']}');
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ClaimReviewItemReport {
  /** Where the item is in the file: "@graph[3]", "[0]", "(root)". */
  path: string;
  /** The claim, shortened, so the user recognises the item. */
  claim: string;
  status: 'imported' | 'skipped';
  /** The fact id it became (imported items). */
  id?: string;
  /** What did not map, or why the item was skipped. */
  notes: string[];
}

export type ClaimReviewImport =
  | { ok: true; facts: Fact[]; items: ClaimReviewItemReport[] }
  | { ok: false; errors: Array<{ path: string; message: string }> };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function ext(o: Record<string, unknown>, name: string): unknown {
  return o[`factlens:${name}`] ?? o[FACTLENS_NS + name];
}

function isClaimReview(o: Record<string, unknown>): boolean {
  return asList(o['@type']).some((t) => typeof t === 'string' && /(^|[/:#])ClaimReview$/.test(t));
}

function typeName(o: Record<string, unknown>): string {
  const t = asList(o['@type']).filter((x) => typeof x === 'string');
  return t.length ? t.join(', ') : 'untyped';
}

/** Properties a ClaimReview may carry that the mapping reads (everything else is reported). */
const MAPPED = new Set([
  '@type', '@id', '@context', 'identifier', 'claimReviewed', 'inLanguage', 'author', 'itemReviewed',
  'reviewRating', 'reviewBody', 'factlens:kind', 'factlens:value', 'factlens:variants', 'factlens:subject',
  'factlens:origin', 'factlens:userEdited',
  ...['kind', 'value', 'variants', 'subject', 'origin', 'userEdited'].map((n) => FACTLENS_NS + n),
]);

function shorten(s: string, n = 90): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** FNV-1a: a stable id for items that carry none. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** JSON text of a value, or "" when it cannot be written (e.g. absurd nesting in a hostile file). */
function safeJson(v: unknown): string {
  try { return JSON.stringify(v) ?? ''; } catch { return ''; }
}

function langOf(v: unknown): Lang | undefined {
  const s = str(v)?.toLowerCase().split(/[-_]/)[0];
  return s && (LANGS as readonly string[]).includes(s) ? (s as Lang) : undefined;
}

function ratingOf(o: Record<string, unknown>): string | undefined {
  const r = asList(o.reviewRating).find(isObj);
  return r ? str(r.alternateName) ?? str(r.name) : undefined;
}

function mapItem(o: Record<string, unknown>, path: string, seenIds: Set<string>): { fact?: Fact; report: ClaimReviewItemReport } {
  const claim = str(o.claimReviewed) ?? '';
  const report: ClaimReviewItemReport = { path, claim: shorten(claim), status: 'skipped', notes: [] };
  const skip = (why: string) => { report.notes.unshift(why); return { report }; };

  const rating = ratingOf(o);
  if (rating !== undefined && !/^(true|disputed)$/i.test(rating)) {
    return skip(`rated "${rating}": the fact base keeps values taken as true (or disputed), not refuted claims.`);
  }
  if (rating === undefined) report.notes.push('no reviewRating: read as "True".');

  const value = ext(o, 'value');
  if (value === undefined) {
    return skip(`no factlens:value: a date, figure or name is not guessed from the claim text${claim ? ` "${shorten(claim, 60)}"` : ''}.`);
  }
  const declared = ext(o, 'kind');
  let kind: FactKind | undefined;
  if (typeof declared === 'string') kind = declared as FactKind;
  else if (isObj(value)) kind = valueKind(value as never);

  const item = asList(o.itemReviewed).find(isObj) ?? {};
  const about = asList(item.about).find(isObj) ?? {};
  const subject = str(ext(o, 'subject')) ?? str(about.identifier) ?? str(about.name);
  if (!subject) return skip('no subject: neither factlens:subject nor itemReviewed.about names what the claim is about.');

  const itemLang = langOf(o.inLanguage);
  const sources: Array<Record<string, unknown>> = [];
  asList(item.appearance).forEach((a, i) => {
    if (!isObj(a)) return;
    // An appearance without a language is taken to be in the review's language.
    const lang = a.inLanguage === undefined ? itemLang : langOf(a.inLanguage);
    const doc = str(a.identifier) ?? str(a.url) ?? str(a['@id']);
    // A quote is kept exactly as written (even blank); only a missing one falls back to the claim.
    const quote = typeof a.text === 'string' ? a.text : claim;
    if (!lang) { report.notes.push(`appearance ${i}: language ${JSON.stringify(a.inLanguage ?? o.inLanguage ?? null)} is not English, French or Vietnamese; not kept.`); return; }
    if (!doc) { report.notes.push(`appearance ${i}: no identifier or url; not kept.`); return; }
    const start = ext(a, 'start'), end = ext(a, 'end');
    const hasOffsets = Number.isInteger(start) && Number.isInteger(end);
    const src: Record<string, unknown> = { doc, lang, quote, start: hasOffsets ? start : 0, end: hasOffsets ? end : 0 };
    const title = typeof a.name === 'string' ? a.name : str(a.headline);
    if (title !== undefined) src.title = title;
    sources.push(src);
  });
  if (sources.length === 0 && claim) {
    if (itemLang) {
      sources.push({ doc: str(o.url) ?? str(item.url) ?? 'claimreview', lang: itemLang, quote: claim, start: 0, end: 0 });
      report.notes.push('no usable appearance: the claim itself is kept as the quote.');
    } else report.notes.push('the claim text is not kept as a quote: its language is not given as en, fr or vi.');
  }

  const id = str(o.identifier) ?? str(o['@id']) ?? str(o.url) ?? `claimreview:${hash(`${claim}|${subject}|${safeJson(value)}`)}`;
  if (seenIds.has(id)) return skip(`the id "${id}" is used by an earlier item of this file.`);
  const variants = ext(o, 'variants') ?? [];
  if (rating && /^disputed$/i.test(rating) && Array.isArray(variants) && variants.length === 0) {
    report.notes.push('rated "Disputed" but carries no factlens:variants: imported without the other values.');
  }
  const origin = ext(o, 'origin') ?? 'user';
  const candidate: Record<string, unknown> = { id, kind, subject, value, sources, variants, origin };
  const edited = ext(o, 'userEdited');
  if (edited !== undefined) candidate.userEdited = edited;
  // about.name is the subject's label when the subject is named by an identifier.
  const label = about.name;
  if (typeof label === 'string' && (label !== subject || str(about.identifier) === subject)) candidate.subjectLabel = label;

  const c = new Checker(10);
  const fact = checkFact(candidate, '', c);
  if (!fact) {
    for (const e of c.errors) report.notes.push(`${e.path}: ${e.message}`);
    return skip('its structured data is not valid:');
  }
  const unmapped = Object.keys(o).filter((k) => !MAPPED.has(k));
  if (unmapped.length) report.notes.push(`not kept (no place in a fact): ${unmapped.join(', ')}.`);
  const authors = asList(o.author).filter(isObj).map((a) => str(a.name)).filter((n): n is string => !!n && n !== 'Factlens');
  if (authors.length) report.notes.push(`author ${authors.map((a) => `"${a}"`).join(', ')} not kept.`);
  seenIds.add(id);
  report.status = 'imported';
  report.id = id;
  return { fact, report };
}

/** Finds the ClaimReview candidates of a JSON-LD document: single object, list, or @graph (one level). */
function itemsOf(data: unknown): Array<{ path: string; value: unknown }> {
  const out: Array<{ path: string; value: unknown }> = [];
  const visit = (v: unknown, path: string) => {
    if (isObj(v) && Array.isArray(v['@graph'])) {
      v['@graph'].forEach((g, i) => out.push({ path: `${path === '(root)' ? '' : path}@graph[${i}]`, value: g }));
      if (isClaimReview(v)) out.push({ path, value: v });
    } else out.push({ path, value: v });
  };
  if (Array.isArray(data)) data.forEach((d, i) => visit(d, `[${i}]`));
  else visit(data, '(root)');
  return out;
}

export function importClaimReview(input: JsonInput, opts: { maxBytes?: number } = {}): ClaimReviewImport {
  const parsed = parseJsonText(input, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!parsed.ok) return { ok: false, errors: [{ path: parsed.path, message: parsed.message }] };
  return importClaimReviewValue(parsed.value, opts);
}

export function importClaimReviewValue(data: unknown, opts: { maxBytes?: number } = {}): ClaimReviewImport {
  const r = mapClaimReviews(data);
  if (!r.ok) return r;
  const tooBig = exportLimitProblem(r.facts, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  return tooBig ? { ok: false, errors: [{ path: '(file)', message: tooBig }] } : r;
}

function mapClaimReviews(data: unknown): ClaimReviewImport {
  const facts: Fact[] = [];
  const items: ClaimReviewItemReport[] = [];
  const seen = new Set<string>();
  let reviews = 0;
  for (const { path, value } of itemsOf(data)) {
    if (!isObj(value)) {
      items.push({ path, claim: '', status: 'skipped', notes: ['not an object.'] });
      continue;
    }
    if (!isClaimReview(value)) {
      items.push({ path, claim: '', status: 'skipped', notes: [`a ${typeName(value)}, not a ClaimReview.`] });
      continue;
    }
    reviews++;
    const { fact, report } = mapItem(value, path, seen);
    items.push(report);
    if (fact) facts.push(fact);
  }
  // An empty @graph is what exporting no facts writes: a valid file with nothing in it.
  if (reviews === 0 && isObj(data) && Array.isArray(data['@graph']) && data['@graph'].length === 0) return { ok: true, facts, items };
  if (reviews === 0) {
    const hint = isObj(data) && data.format === 'factlens-facts/1' ? ' This is a factlens-facts/1 file: import it as such.' : '';
    return { ok: false, errors: [{ path: '(file)', message: `No schema.org ClaimReview found in the file.${hint}` }] };
  }
  return { ok: true, facts, items };
}
