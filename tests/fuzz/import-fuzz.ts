// A seeded fuzzer of fact-base imports (issue 14). Each case starts from a valid export (the
// hand-made fixture facts, in factlens-facts/1 or ClaimReview) and breaks it the ways the audit
// did: missing and mistyped fields, invisible characters, lone surrogates, blank strings, bad dates
// and precisions, duplicate ids, too many aliases, prototype-named keys and ids, huge strings,
// truncated or byte-flipped files, a BOM. checkCase then asserts, as a user would notice:
//   - nothing invalid is accepted: every fact the importer returns passes lib/validate.ts;
//   - every accepted file round-trips: its facts export, in both formats, to files that import
//     back to the same facts;
//   - the repository agrees with the importer, and a write it refuses leaves the base unchanged.
// Run by tests/unit/io/fuzz-import.test.ts (a few hundred cases) and tests/bench/fuzz-import.ts
// (several thousand).
import type { FactRepository } from '../../lib/db/repository';
import { exportClaimReview, importClaimReview, importClaimReviewValue } from '../../lib/io/claimreview';
import { exportFacts, importFacts, importFactsValue } from '../../lib/io/facts-json';
import { parseJsonText } from '../../lib/io/json-text';
import type { Fact } from '../../lib/model';
import { validateFact } from '../../lib/validate';
import { FIXTURE_FACTS } from '../unit/fixtures/hand-made-facts';
import { rng } from '../unit/fixtures/synthetic-facts';

export interface FuzzCase {
  seed: number;
  /** What was broken, for the failure message. */
  what: string[];
  format: 'facts' | 'claimreview';
  bytes: Uint8Array;
}

const NASTY_STRINGS = ['', ' ', '\u200b', 'a\u200eb', '\u061c', '\ufeffx', 'x\ud800', '\udc00', '\u0007', '\u202e', '__proto__', 'constructor', 'toString', '<script>alert(1)</script>', 'x'.repeat(1_200), 'ê'.repeat(30)];
const NASTY_VALUES: unknown[] = [null, 0, -1, 1.5, true, [], {}, 'text', ...NASTY_STRINGS, { __proto__: { polluted: true } }, [null], 1e308, -0];

type Json = unknown;
type Rand = () => number;

const pick = <T>(r: Rand, a: readonly T[]): T => a[Math.floor(r() * a.length)];

/** Every [object, key] of a JSON value, so that a mutation can land anywhere. */
function slots(v: Json, out: Array<[Record<string, Json> | Json[], string | number]> = []): typeof out {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([v, i]); slots(x, out); });
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) { out.push([v as Record<string, Json>, k]); slots((v as Record<string, Json>)[k], out); }
  return out;
}

const MUTATIONS: Array<[string, (r: Rand, root: Json) => void]> = [
  ['set a field to an odd value', (r, root) => { const [o, k] = pick(r, slots(root)); (o as Record<string | number, Json>)[k] = pick(r, NASTY_VALUES); }],
  ['delete a field', (r, root) => { const s = slots(root).filter(([o]) => !Array.isArray(o)); if (s.length) { const [o, k] = pick(r, s); delete (o as Record<string, Json>)[k as string]; } }],
  ['put an invisible character in a string', (r, root) => {
    const s = slots(root).filter(([o, k]) => typeof (o as Record<string | number, Json>)[k] === 'string');
    if (!s.length) return;
    const [o, k] = pick(r, s);
    const v = (o as Record<string | number, string>)[k];
    const at = Math.floor(r() * (v.length + 1));
    (o as Record<string | number, string>)[k] = v.slice(0, at) + pick(r, ['\u200b', '\u200e', '\u200f', '\u061c', '\ufeff', '\ud800', '\udfff', '\u0000', '\u2066']) + v.slice(at);
  }],
  ['blank a string', (r, root) => { const s = slots(root).filter(([o, k]) => typeof (o as Record<string | number, Json>)[k] === 'string'); if (s.length) { const [o, k] = pick(r, s); (o as Record<string | number, Json>)[k] = pick(r, ['', ' ', '\t']); } }],
  ['break a date', (r, root) => {
    const s = slots(root).filter(([, k]) => k === 'start' || k === 'end' || k === 'precision');
    if (!s.length) return;
    const [o, k] = pick(r, s);
    (o as Record<string, Json>)[k as string] = k === 'precision' ? pick(r, ['month', 'year', 'day', 'week', 'Day']) : pick(r, ['0000-01-01', '2025-02-29', '2024-02-29', '2025-13-01', '2025-10-25T00:00', '25/10/2025', '2025-10-01', '2025-10-31', 12, '9999-12-31']);
  }],
  ['add many aliases', (r, root) => { const s = slots(root).filter(([, k]) => k === 'aliases'); if (s.length) { const [o, k] = pick(r, s); (o as Record<string, Json>)[k as string] = Array.from({ length: pick(r, [99, 100, 101, 400]) }, (_, i) => `Alias ${i}`); } }],
  ['add many sources', (r, root) => { const s = slots(root).filter(([, k]) => k === 'sources' || k === 'appearance'); if (s.length) { const [o, k] = pick(r, s); const list = (o as Record<string, Json[]>)[k as string]; if (Array.isArray(list) && list.length) (o as Record<string, Json>)[k as string] = Array.from({ length: pick(r, [200, 201]) }, () => list[0]); } }],
  ['duplicate a fact', (r, root) => { const list = factList(root); if (list?.length) list.push(JSON.parse(JSON.stringify(pick(r, list)))); }],
  ['rename an id after a prototype key', (r, root) => { const s = slots(root).filter(([, k]) => k === 'id' || k === 'identifier' || k === 'doc' || k === 'subject'); if (s.length) { const [o, k] = pick(r, s); (o as Record<string, Json>)[k as string] = pick(r, ['__proto__', 'constructor', 'toString', 'hasOwnProperty']); } }],
  ['add an unknown key', (r, root) => { const s = slots(root).filter(([o, k]) => { const v = (o as Record<string | number, Json>)[k]; return !!v && typeof v === 'object' && !Array.isArray(v); }); if (s.length) { const [o, k] = pick(r, s); ((o as Record<string | number, Record<string, Json>>)[k])[pick(r, ['extra', 'userEdited', 'origin', 'factlens:origin', '@type'])] = pick(r, NASTY_VALUES); } }],
  ['nest deeply', (r, root) => { const s = slots(root); if (s.length) { const [o, k] = pick(r, s); let v: Json = 1; for (let i = 0; i < 2_000; i++) v = [v]; (o as Record<string | number, Json>)[k] = v; } }],
];

/** The list of facts (or ClaimReviews) of a file's JSON. */
function factList(root: Json): Json[] | undefined {
  const o = root as Record<string, Json>;
  return Array.isArray(o?.facts) ? (o.facts as Json[]) : Array.isArray(o?.['@graph']) ? (o['@graph'] as Json[]) : undefined;
}

const TEXT_MUTATIONS: Array<[string, (r: Rand, text: string) => string]> = [
  ['truncate the file', (r, t) => t.slice(0, Math.floor(r() * t.length))],
  ['start with a BOM', (_r, t) => '\ufeff' + t],
  ['write a raw "__proto__" key', (_r, t) => t.replace('{"id":', '{"__proto__":{"kind":"figure"},"id":')],
  ['write NaN', (_r, t) => t.replace(/"amount":\d+/, '"amount":NaN')],
];

export function fuzzCase(seed: number): FuzzCase {
  const r = rng(seed);
  const format = r() < 0.7 ? 'facts' : 'claimreview';
  const facts = FIXTURE_FACTS.filter(() => r() < 0.7);
  const text0 = format === 'facts' ? exportFacts(facts) : exportClaimReview(facts);
  const root = JSON.parse(text0) as Json;
  const what: string[] = [];
  for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
    const [name, mutate] = pick(r, MUTATIONS);
    what.push(name);
    mutate(r, root);
  }
  let text = JSON.stringify(root);
  if (r() < 0.15) {
    const [name, mutate] = pick(r, TEXT_MUTATIONS);
    what.push(name);
    text = mutate(r, text);
  }
  let bytes = new TextEncoder().encode(text);
  if (r() < 0.05) {
    what.push('flip a byte');
    bytes = bytes.slice();
    if (bytes.length) bytes[Math.floor(r() * bytes.length)] = 0xff;
  }
  return { seed, what, format, bytes };
}

/** What the options page does with a file: parse, tell the format, check every fact. */
export function readLikeOptionsPage(bytes: Uint8Array): { ok: true; facts: Fact[] } | { ok: false } {
  const parsed = parseJsonText(bytes);
  if (!parsed.ok) return { ok: false };
  const v = parsed.value as Record<string, unknown>;
  const ld = (o: unknown) => typeof o === 'object' && o !== null && ('@context' in o || '@type' in o || '@graph' in o);
  const isLd = Array.isArray(v) ? v.some(ld) : ld(v) && !(typeof v === 'object' && v !== null && 'format' in v);
  const r = isLd ? importClaimReviewValue(parsed.value) : importFactsValue(parsed.value);
  return r.ok ? { ok: true, facts: r.facts } : { ok: false };
}

const plain = (facts: Fact[]) => JSON.parse(JSON.stringify(facts)) as Fact[];

/** Checks one case; returns what went wrong (empty when nothing did). */
export async function checkCase(c: FuzzCase, repo: FactRepository): Promise<string[]> {
  const problems: string[] = [];
  const read = readLikeOptionsPage(c.bytes);
  if (read.ok) {
    for (const f of read.facts) if (!validateFact(f).ok) problems.push(`accepted an invalid fact ${JSON.stringify(f.id)}`);
    const back = importFacts(exportFacts(read.facts));
    if (!back.ok) problems.push(`its factlens-facts/1 export is refused: ${JSON.stringify(back.errors[0])}`);
    else if (JSON.stringify(back.facts) !== JSON.stringify(plain(read.facts))) problems.push('its factlens-facts/1 export imports back to other facts');
    const cr = importClaimReview(exportClaimReview(read.facts));
    if (!cr.ok) problems.push(`its ClaimReview export is refused: ${JSON.stringify(cr.errors[0])}`);
    else if (JSON.stringify(cr.facts) !== JSON.stringify(plain(read.facts).map((f) => ({ ...f, origin: f.origin ?? 'user' })))) problems.push('its ClaimReview export imports back to other facts');
  }
  // The repository, given the file's facts as they are (a caller that skipped the importer), agrees.
  const parsed = parseJsonText(c.bytes);
  const raw = parsed.ok ? factList(parsed.value) : undefined;
  if (Array.isArray(raw) && c.format === 'facts') {
    const before = JSON.stringify(await snapshot(repo));
    const mode = c.seed % 2 ? 'merge' : 'replace';
    let written = true;
    try { await repo.importFacts(raw as Fact[], mode); } catch { written = false; }
    if (!written && JSON.stringify(await snapshot(repo)) !== before) problems.push('a refused write changed the base');
    // (the file's envelope, its "format", is the importer's business: the repository sees facts only)
    const envelope = parsed.ok && (parsed.value as Record<string, unknown>).format === 'factlens-facts/1';
    if (envelope && written !== read.ok) problems.push(`the repository ${written ? 'wrote' : 'refused'} what the importer ${read.ok ? 'accepted' : 'refused'}`);
    if (written) for (const row of await repo.listFacts()) if (!validateFact(row).ok) problems.push(`the base holds an invalid fact ${JSON.stringify(row.id)}`);
  }
  return problems;
}

async function snapshot(repo: FactRepository) {
  return { facts: (await repo.listFacts()).map(({ updatedAt: _u, ...r }) => r), settings: await repo.db.settings.toArray() };
}
