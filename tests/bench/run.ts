// npm run bench — speed of the checker, as ratios against baselines measured in the same run.
//   floor:   finding every alias of every fact with indexOf over the same text
//   mark.js: highlighting the same terms in a DOM (happy-dom), the tool one would otherwise use
// Texts: a typical article (20 KB of UTF-8, 15,753 characters: the corpus's longest page) and a 5 MB page of the five corpus
// articles in three languages repeated. Fact bases: the corpus's, and a synthetic 10,000 facts.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Window } from 'happy-dom';
import { buildFactBase, checkText, compileMatcher, type Fact } from '../../lib/index';
import { readCorpus } from '../../lib/cli/corpus';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const docs = readCorpus(resolve(root, 'public/corpus'));
const article = docs.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
const mixed = docs.map((d) => d.text).join('\n\n');
const huge = Array.from({ length: Math.ceil(5_000_000 / mixed.length) }, () => mixed).join('\n\n').slice(0, 5_000_000);
const half = huge.slice(0, 2_500_000);

function time(fn: () => void, minMs = 300, maxRuns = 200): number {
  // warm up: the JIT needs a few dozen calls on a small text (the first 30 checks of the article
  // take twice as long as the rest); a huge text gets one call
  const warmUntil = performance.now() + (maxRuns >= 20 ? 1000 : 0);
  do fn();
  while (performance.now() < warmUntil);
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < maxRuns && (performance.now() - t0 < minMs || times.length < 3)) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Copies of a text that differ in their last characters, each a flat string of its own: a check
 * must not find anything of the previous one's (the engine keeps the last page's tokens, so that
 * its passes share them, and the same text checked again would reuse them).
 */
function freshCopies(text: string, n: number): () => string {
  const copies = Array.from({ length: n }, (_, i) => JSON.parse(JSON.stringify(`${text} ${String.fromCharCode(0x41 + (i % 26))}${i}`)) as string);
  let k = 0;
  return () => copies[k++ % n];
}

/** The names and aliases of the name facts: what a plain name finder would look for. */
function namesOf(facts: Fact[]): string[] {
  const out = new Set<string>();
  for (const f of facts) {
    const v = f.value as { name?: string; aliases?: string[] };
    if (v.name) [v.name, ...(v.aliases ?? [])].forEach((a) => out.add(a));
  }
  out.delete('');
  return [...out];
}

/**
 * Every alias of every fact: the names and aliases, and every way the sources write a value
 * ("October 25-26", "25-26/10", "du 25 au 26 octobre", "hơn 1.000"), read from the documents at
 * the sources' offsets (the values and their variants). This is the floor the issue names: the
 * cost of looking for every known spelling with indexOf.
 */
function aliasesOf(facts: Fact[]): string[] {
  const out = new Set(namesOf(facts));
  const text = new Map(docs.map((d) => [d.id, d.text]));
  for (const f of facts) {
    for (const s of [...f.sources, ...f.variants.flatMap((v) => v.sources)]) {
      const written = text.get(s.doc)?.slice(s.start, s.end).trim();
      if (written) out.add(written);
    }
  }
  return [...out];
}

function indexOfFloor(text: string, terms: string[]): number {
  let n = 0;
  for (const t of terms) for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length)) n++;
  return n;
}

function markJs(text: string, terms: string[]): void {
  const window = new Window();
  const document = window.document;
  const g = globalThis as Record<string, unknown>;
  // mark.js reads the DOM's globals
  const names = ['window', 'document', 'NodeFilter', 'NodeList', 'Node', 'Element', 'HTMLElement', 'Document', 'Text'];
  const saved = Object.fromEntries(names.map((n) => [n, g[n]]));
  for (const n of names) g[n] = n === 'window' ? window : n === 'document' ? document : (window as unknown as Record<string, unknown>)[n];
  try {
    const div = document.createElement('div');
    for (const p of text.split('\n')) {
      const el = document.createElement('p');
      el.textContent = p;
      div.appendChild(el);
    }
    document.body.appendChild(div);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Mark = require('mark.js');
    new Mark(div).mark(terms, { separateWordSearch: false, diacritics: true, acrossElements: false });
  } finally {
    for (const n of names) g[n] = saved[n];
    window.happyDOM.abort();
    window.close();
  }
}

/** A synthetic fact base of n facts: people, dates and figures on invented subjects. */
function syntheticFacts(n: number, base: Fact[]): Fact[] {
  const out: Fact[] = [...base];
  const syll = ['an', 'bao', 'chi', 'dung', 'gia', 'hai', 'khanh', 'linh', 'minh', 'ngoc', 'phuong', 'quang', 'son', 'thanh', 'uyen', 'vinh'];
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  for (let i = out.length; i < n; i++) {
    const a = syll[i % 16], b = syll[(i >> 4) % 16], c = syll[(i >> 8) % 16];
    const src = [{ doc: 'synthetic', lang: 'en' as const, quote: 'synthetic', start: 0, end: 0 }];
    if (i % 3 === 0) out.push({ id: `syn.${i}`, kind: 'name', subject: `role ${i}`, value: { name: `${cap(a)} ${cap(b)} ${cap(c)}${i}`, aliases: [], entity: 'person' }, sources: src, variants: [] });
    else if (i % 3 === 1) out.push({ id: `syn.${i}`, kind: 'date', subject: `event ${a} ${b} ${i}`, value: { start: '2025-01-01', end: '2025-01-02', precision: 'day' }, sources: src, variants: [] });
    else out.push({ id: `syn.${i}`, kind: 'figure', subject: `meeting ${a} ${c} ${i}`, value: { amount: i, unit: 'delegates', qualifier: 'over' }, sources: src, variants: [] });
  }
  return out;
}

const t0 = performance.now();
const corpusFacts = buildFactBase(docs).facts;
const buildMs = performance.now() - t0;
const bigFacts = syntheticFacts(10_000, corpusFacts);

const rows: string[][] = [];
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const ratio = (r: number) => (r < 10 ? r.toFixed(1) : r.toFixed(0)) + '×';
const buildSteady = time(() => buildFactBase(docs), 500, 30);
console.log(`fact base from the corpus: ${corpusFacts.length} facts built in ${buildMs.toFixed(0)} ms on the first run (cold), ${buildSteady.toFixed(0)} ms warm (median)`);
for (const [label, facts] of [['corpus', corpusFacts], ['10k synthetic', bigFacts]] as const) {
  const compileMs = time(() => compileMatcher(facts), 200, 20);
  const m = compileMatcher(facts);
  const terms = aliasesOf(facts);
  const names = namesOf(facts);
  console.log(`matcher for ${label} (${facts.length} facts): compiled in ${fmt(compileMs)} ms; ${terms.length} alias terms (${names.length} of them names)`);
  for (const [tlabel, text, runs] of [['article 20 KB', article, 200], ['page 2.5 MB', half, 3], ['page 5 MB', huge, 3]] as const) {
    const isArticle = tlabel.startsWith('article');
    const next = freshCopies(text, isArticle ? 64 : runs + 1);
    const engine = time(() => checkText(m, next()), isArticle ? 300 : 1, runs);
    const floor = time(() => indexOfFloor(next(), terms), isArticle ? 300 : 1, runs);
    const nameFloor = time(() => indexOfFloor(next(), names), isArticle ? 300 : 1, runs);
    // mark.js builds one diacritics-expanded regular expression per term: with 10,000 facts it
    // runs out of memory, so it is measured on the corpus's terms only
    const mark = isArticle && label === 'corpus' ? time(() => markJs(text, terms), 1, 3) : NaN;
    console.error(`  measured ${label} × ${tlabel}`);
    rows.push([
      label, tlabel, fmt(engine), fmt(floor), ratio(engine / floor), fmt(nameFloor), ratio(engine / nameFloor),
      Number.isNaN(mark) ? '—' : fmt(mark), Number.isNaN(mark) ? '—' : (engine / mark).toFixed(2) + '×',
    ]);
  }
}
const head = ['facts', 'text', 'engine ms', 'floor ms (every alias)', 'engine/floor', 'names-only floor ms', 'engine/names floor', 'mark.js ms', 'engine/mark.js'];
const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
console.log('\n' + head.map((h, i) => h.padEnd(w[i])).join(' | '));
console.log(w.map((n) => '-'.repeat(n)).join('-|-'));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join(' | '));
// The corpus's articles one by one, by language: short English and French articles cost more per
// character than the long Vietnamese one (more sentences to segment, more capitalised words), and
// their floor is cheaper.
{
  const m = compileMatcher(corpusFacts);
  const terms = aliasesOf(corpusFacts);
  console.log('\nby article (corpus facts): lang | characters | engine ms | floor ms | engine/floor');
  for (const d of [...docs].sort((a, b) => (a.lang ?? '').localeCompare(b.lang ?? '') || b.text.length - a.text.length)) {
    const next = freshCopies(d.text, 64);
    const engine = time(() => checkText(m, next()), 300, 200);
    const floor = time(() => indexOfFloor(next(), terms), 300, 200);
    console.log(`  ${d.lang ?? '?'} | ${d.text.length} | ${fmt(engine)} | ${floor.toFixed(3)} | ${ratio(engine / floor)}`);
  }
}
const lin = rows.filter((r) => r[0] === 'corpus');
console.log(`\nlinearity (corpus facts): 5 MB / 2.5 MB time = ${(Number(lin[2][2]) / Number(lin[1][2])).toFixed(2)} (2.00 is linear)`);
console.log(`memory: heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
