// npm run bench — the limits of issue 14: a large fact base, one fact with many aliases, and odd
// text shapes, each as a ratio against a baseline measured in the same run (never a timed test).
//   compile: compileMatcher on 10,000 / 40,000 / 100,000 synthetic facts, against the floor of
//            any index over them (folding and cutting into words every name, alias, role and
//            subject label, and putting each word in a Map); linear when time/fact stays flat
//   aliases: one name fact with 1,000 / 10,000 / 100,000 aliases (the validator allows 100 per
//            fact; the engine must not fall over on more), against the same floor
//   first check: the 20 KB article checked right after compiling 100,000 facts, against the
//            same check with the corpus's matcher
//   shapes:  8 MB of one-line paragraphs, of digits and of long words, checked as the CLI checks
//            long texts (chunks, lib/cli/chunks.ts), against 8 MB of the corpus's articles
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFactBase, checkText, compileMatcher, type Fact } from '../../lib/index';
import { checkInChunks } from '../../lib/cli/chunks';
import { readCorpus } from '../../lib/cli/corpus';
import { wordsOf } from '../../lib/lexicon/phrase-set';
import { rng, syntheticFacts } from '../unit/fixtures/synthetic-facts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const docs = readCorpus(resolve(root, 'public/corpus'));
const corpusFacts = buildFactBase(docs).facts;
const article = docs.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;

const ms = (fn: () => unknown): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
/** Best of `runs` (compiles allocate a lot: the best run is the one the GC disturbed least). */
const best = (runs: number, fn: () => unknown) => Math.min(...Array.from({ length: runs }, () => ms(fn)));
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** The floor of any index over the facts: every phrase folded, cut into words, each word in a Map. */
function indexFloor(facts: readonly Fact[]): void {
  const m = new Map<string, number>();
  for (const f of facts) {
    const v = f.value as { name?: string; aliases?: string[]; role?: string };
    for (const p of [f.subjectLabel ?? '', v.name ?? '', v.role ?? '', ...(v.aliases ?? [])]) for (const w of wordsOf(p)) m.set(w, (m.get(w) ?? 0) + 1);
  }
}

function table(title: string, head: string[], rows: string[][]) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  console.log(`\n${title}\n` + head.map((h, i) => h.padEnd(w[i])).join(' | '));
  console.log(w.map((n) => '-'.repeat(n)).join('-|-'));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join(' | '));
}

// warm up the engine (lexicon, JIT) on a small base
compileMatcher(syntheticFacts(2_000, 1));

// --- compile: many facts
const compileRows: string[][] = [];
let big: ReturnType<typeof compileMatcher> | undefined;
let perFact10k = 0;
for (const n of [10_000, 40_000, 100_000]) {
  const facts = syntheticFacts(n, n);
  const floor = best(3, () => indexFloor(facts));
  const compile = best(n >= 100_000 ? 2 : 3, () => (big = compileMatcher(facts)));
  const perFact = (compile / n) * 1000;
  if (n === 10_000) perFact10k = perFact;
  compileRows.push([String(n), fmt(compile), fmt(floor), (compile / floor).toFixed(1) + '×', perFact.toFixed(1), (perFact / perFact10k).toFixed(2)]);
}
table('compile for many facts (synthetic, a third of them names)', ['facts', 'compile ms', 'floor ms', 'compile/floor', 'µs per fact', 'per fact vs 10k'], compileRows);

// --- first check after a big compile
const copy = (s: string, i: number) => JSON.parse(JSON.stringify(`${s} ${i}`)) as string;
const corpusMatcher = compileMatcher(corpusFacts);
checkText(corpusMatcher, copy(article, 0));
checkText(big!, copy(article, 1));
const small = best(5, () => checkText(corpusMatcher, copy(article, 2)));
const firstBig = ms(() => checkText(big!, copy(article, 3)));
const steadyBig = best(5, () => checkText(big!, copy(article, 4)));
console.log(`\n20 KB article with 100,000 facts: ${fmt(firstBig)} ms on the check after the compile, ${fmt(steadyBig)} ms later, against ${fmt(small)} ms with the corpus's ${corpusFacts.length} facts (${(steadyBig / small).toFixed(1)}×)`);

// --- one fact, many aliases
const aliasRows: string[][] = [];
const [nameBase] = syntheticFacts(3, 5).filter((f) => f.kind === 'name');
for (const n of [1_000, 10_000, 100_000]) {
  const r = rng(n);
  const syl = ['ka', 'lo', 'mi', 'ren', 'tu', 'vo', 'zan', 'pe', 'qi', 'sor', 'bel', 'dun'];
  const word = () => Array.from({ length: 3 }, () => syl[Math.floor(r() * syl.length)]).join('');
  const aliases = Array.from({ length: n }, () => `${word()} ${word()}`);
  const fact: Fact = { ...nameBase, value: { name: 'Zed Quorin', aliases } };
  const floor = best(3, () => indexFloor([fact]));
  let m: ReturnType<typeof compileMatcher> | undefined;
  const compile = best(3, () => (m = compileMatcher([fact])));
  const check = best(3, () => checkText(m!, copy(`Today ${aliases[7]} met the press in Hanoi. ${article}`, n)));
  aliasRows.push([String(n), fmt(compile), fmt(floor), (compile / floor).toFixed(1) + '×', fmt(check)]);
}
table('one name fact with many aliases', ['aliases', 'compile ms', 'floor ms', 'compile/floor', 'check 20 KB ms'], aliasRows);

// --- odd text shapes, 8 MB each, checked in chunks as the CLI does
const EIGHT = 8 * 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(EIGHT / unit.length)).slice(0, EIGHT);
const shapes: Array<[string, string]> = [
  ['ordinary: the corpus articles', fill(docs.map((d) => d.text).join('\n\n') + '\n\n')],
  ['one-line paragraphs', fill(docs.map((d) => d.text.replace(/\s*\n\s*/g, ' ')).join(' ') + ' ')],
  ['one line of dates', fill('The meeting was held on 25 October 2025, then on 26 October 2025. ')],
  ['digits', fill('7')],
  ['long words', fill('x'.repeat(100_000) + ' ')],
];
const shapeRows: string[][] = [];
let ordinary = 0;
for (const [name, text] of shapes) {
  const t = ms(() => checkInChunks(text, (chunk) => checkText(corpusMatcher, chunk)));
  if (!ordinary) ordinary = t;
  shapeRows.push([name, fmt(t), (t / ordinary).toFixed(2) + '×']);
}
table('8 MB of each text shape, in chunks (corpus facts)', ['text', 'ms', 'vs ordinary'], shapeRows);
console.log(`memory: heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
