// Fact search for the popup: as-you-type, any of the three languages, with or without diacritics,
// tolerant of small typos.
//
// The index is built once: every fact's texts are folded (case, accents, đ→d) and cut into
// tokens; each token keeps, per fact, the weight of the best field it came from (subject and name
// 3, role and rendered value 2, quotes 1). A query token matches a vocabulary token exactly (1.0),
// as a prefix (0.7) or within a small edit distance (≤1 from 4 characters, ≤2 from 8: 0.5/0.35);
// a fact's score is the sum over query tokens of the best match × field weight. Every query token
// must match (small words such as "the", "de", "của" may not); when nothing matches them all, the
// facts matching all but one are returned and flagged `partial`.
import type { Fact, Source } from './model';
import { fold } from './text/fold';
import { valueSearchTexts } from './format';
import { partitionPoint } from './sorted';

export const WEIGHT = { subject: 3, name: 3, role: 2, value: 2, variant: 1.5, quote: 1 } as const;
const QUALITY = { exact: 1, prefix: 0.7, fuzzy1: 0.5, fuzzy2: 0.35 } as const;

/** Folded small words that need not match (they are in nearly every quote). */
const STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'for', 'by', 'is', 'was', 'from', 'with',
  'le', 'la', 'les', 'de', 'des', 'du', 'd', 'l', 'et', 'au', 'aux', 'un', 'une', 'en', 'sur', 'par',
  'cua', 'va', 'cac', 'nhung', 'tai', 'cho', 'voi', 'duoc',
]);

/** "1,000" / "1.000" / "1 000" (no-break or thin space) → "1000", so figures match however written. */
const GROUPED_NUMBER = /(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?![\d]|[.,]\d)/g;

const ASCII = /^[\x00-\x7f]*$/;

/** Folded tokens of a text, in order. */
export function tokenize(text: string): string[] {
  // Fast paths (same result): ASCII text only needs lower-casing, and folded Vietnamese and
  // French are ASCII too, so the costly Unicode split is rarely needed.
  let folded = ASCII.test(text) ? text.toLowerCase() : fold(text);
  if (/\d[,.\u00a0\u202f]\d/.test(folded)) folded = folded.replace(GROUPED_NUMBER, (m) => m.replace(/[,.\u00a0\u202f]/g, ''));
  const parts = ASCII.test(folded) ? folded.split(/[^a-z0-9]+/) : folded.split(/[^\p{L}\p{N}]+/u);
  return parts.filter(Boolean);
}

const isNumeric = (t: string) => /^\d+$/.test(t);

export interface SearchIndex {
  readonly facts: readonly Fact[];
  /** Sorted vocabulary, for prefix ranges. */
  readonly vocab: string[];
  readonly tokenId: Map<string, number>;
  /** Per token id: the facts it occurs in and the field weight there. */
  readonly postFacts: Int32Array[];
  readonly postWeights: Float32Array[];
  /** Token ids by token length, for the fuzzy scan. */
  readonly byLength: Int32Array[];
  /** Per token id: a 32-bit set of its letters, a cheap lower bound on the edit distance. */
  readonly letterMask: Int32Array;
  /** Per fact: its place when scores tie (more sources first, then by label). */
  readonly tieRank: Int32Array;
}

function lettersOf(t: string): number {
  let m = 0;
  for (let i = 0; i < t.length; i++) m |= 1 << (t.charCodeAt(i) & 31);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface IndexOptions {
  /** More names for a fact's subject (e.g. the lexicon's French and Vietnamese labels); weigh as the subject. */
  subjectTexts?: (fact: Fact) => readonly string[];
}

export function buildSearchIndex(facts: readonly Fact[], opts: IndexOptions = {}): SearchIndex {
  const perToken = new Map<string, { facts: number[]; weights: number[] }>();
  const local = new Map<string, number>();
  // Texts of one weight are tokenized together (joined by a line break, which no token crosses):
  // a few calls per fact instead of one per string keeps the build fast on 10,000 facts.
  const addTexts = (texts: ReadonlyArray<string | undefined>, w: number) => {
    const joined = texts.filter(Boolean).join('\n');
    if (!joined) return;
    for (const t of tokenize(joined)) if ((local.get(t) ?? 0) < w) local.set(t, w);
  };
  const quotes = (sources: readonly Source[] | undefined) => (sources ?? []).map((s) => s.quote);
  facts.forEach((f, i) => {
    local.clear();
    addTexts([f.subjectLabel, f.subject, ...(opts.subjectTexts?.(f) ?? [])], WEIGHT.subject);
    if ('name' in f.value) {
      addTexts([f.value.name, ...(f.value.aliases ?? [])], WEIGHT.name);
      addTexts([f.value.role], WEIGHT.role);
    } else {
      addTexts(valueSearchTexts(f.value), WEIGHT.value);
    }
    addTexts((f.variants ?? []).flatMap((v) => valueSearchTexts(v.value)), WEIGHT.variant);
    addTexts([...quotes(f.sources), ...(f.variants ?? []).flatMap((v) => quotes(v.sources))], WEIGHT.quote);
    for (const [t, w] of local) {
      let p = perToken.get(t);
      if (!p) perToken.set(t, (p = { facts: [], weights: [] }));
      p.facts.push(i);
      p.weights.push(w);
    }
  });
  const vocab = [...perToken.keys()].sort();
  const tokenId = new Map<string, number>();
  const postFacts: Int32Array[] = [];
  const postWeights: Float32Array[] = [];
  const lengthLists: number[][] = [];
  vocab.forEach((t, id) => {
    tokenId.set(t, id);
    const p = perToken.get(t)!;
    postFacts.push(Int32Array.from(p.facts));
    postWeights.push(Float32Array.from(p.weights));
    (lengthLists[t.length] ??= []).push(id);
  });
  const byLength = Array.from({ length: lengthLists.length }, (_, l) => Int32Array.from(lengthLists[l] ?? []));
  const letterMask = Int32Array.from(vocab, lettersOf);
  // localeCompare is slow on 10,000 facts; folded labels compare well enough for a tie-break.
  const label = facts.map((f) => fold(f.subjectLabel ?? f.subject));
  const order = facts.map((_, i) => i).sort((a, b) =>
    (facts[b].sources?.length ?? 0) - (facts[a].sources?.length ?? 0) || (label[a] < label[b] ? -1 : label[a] > label[b] ? 1 : a - b));
  const tieRank = new Int32Array(facts.length);
  order.forEach((f, rank) => { tieRank[f] = rank; });
  return { facts, vocab, tokenId, postFacts, postWeights, byLength, letterMask, tieRank };
}

// Optimal string alignment distance (a transposition counts as one edit), bounded: returns
// max + 1 as soon as the distance must exceed max. Rows are reused across calls.
let rowA = new Int32Array(32), rowB = new Int32Array(32), rowC = new Int32Array(32);
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length <= n) { rowA = new Int32Array(n + 1); rowB = new Int32Array(n + 1); rowC = new Int32Array(n + 1); }
  let prev2 = rowA, prev = rowB, cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2; prev2 = prev; prev = cur; cur = t;
  }
  return prev[n];
}

function lowerBound(arr: string[], q: string): number {
  return partitionPoint(arr.length, (i) => arr[i] < q);
}

/** Vocabulary tokens matching one query token, with the quality of the match. */
function matchToken(ix: SearchIndex, q: string, allowShortPrefix: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const exact = ix.tokenId.get(q);
  if (exact !== undefined) out.push([exact, QUALITY.exact]);
  if (q.length >= 2 || allowShortPrefix) {
    for (let i = lowerBound(ix.vocab, q); i < ix.vocab.length && ix.vocab[i].startsWith(q); i++) {
      if (i !== exact) out.push([i, QUALITY.prefix]);
    }
  }
  // Numbers are never fuzzy: 1001 is not a typo of 1000, it is another figure.
  if (q.length >= 4 && !isNumeric(q)) {
    const k = q.length >= 8 ? 2 : 1;
    const seen = new Set(out.map(([id]) => id));
    const qMask = lettersOf(q);
    for (let len = q.length - k; len <= q.length + k; len++) {
      const ids = ix.byLength[len];
      if (!ids) continue;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (seen.has(id)) continue;
        // Each edit removes at most one letter q has and t lacks, and adds at most one t has and q lacks.
        const tMask = ix.letterMask[id];
        if (popcount(qMask & ~tMask) > k || popcount(tMask & ~qMask) > k) continue;
        const d = boundedDistance(q, ix.vocab[id], k);
        if (d <= k) out.push([id, d === 1 ? QUALITY.fuzzy1 : QUALITY.fuzzy2]);
      }
    }
  }
  return out;
}

export interface SearchHit {
  fact: Fact;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** No fact matched every word; these match all but one. */
  partial: boolean;
  /** The folded query tokens that were searched. */
  terms: string[];
  /** How many facts matched before the limit was applied. */
  total: number;
}

export function searchFacts(ix: SearchIndex, query: string, opts: { limit?: number } = {}): SearchResult {
  const limit = opts.limit ?? 50;
  const terms = [...new Set(tokenize(query))];
  const empty: SearchResult = { hits: [], partial: false, terms, total: 0 };
  if (terms.length === 0 || ix.facts.length === 0) return empty;
  const onlyStop = terms.every((t) => STOPWORDS.has(t));
  const required = terms.filter((t) => onlyStop || !STOPWORDS.has(t));
  const n = ix.facts.length;
  const score = new Float32Array(n);
  const count = new Uint16Array(n);
  const best = new Float32Array(n);
  const touched: number[] = [];
  for (const term of terms) {
    const isRequired = required.includes(term);
    best.fill(0);
    const hitFacts: number[] = [];
    for (const [id, quality] of matchToken(ix, term, terms.length === 1)) {
      const fs = ix.postFacts[id], ws = ix.postWeights[id];
      for (let k = 0; k < fs.length; k++) {
        const f = fs[k];
        const s = quality * ws[k];
        if (best[f] === 0) hitFacts.push(f);
        if (s > best[f]) best[f] = s;
      }
    }
    for (const f of hitFacts) {
      if (score[f] === 0 && count[f] === 0) touched.push(f);
      score[f] += best[f];
      if (isRequired) count[f]++;
    }
  }
  const need = required.length;
  let pool = touched.filter((f) => count[f] === need);
  let partial = false;
  if (pool.length === 0 && need >= 2) {
    pool = touched.filter((f) => count[f] === need - 1);
    partial = pool.length > 0;
  }
  pool.sort((a, b) => score[b] - score[a] || ix.tieRank[a] - ix.tieRank[b]);
  return {
    hits: pool.slice(0, limit).map((f) => ({ fact: ix.facts[f], score: score[f] })),
    partial,
    terms,
    total: pool.length,
  };
}
