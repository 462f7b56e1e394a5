// npx tsx tests/bench/dates-vs-chrono.ts — our date finder (lib/extract/dates.ts) against chrono-node
// on the same texts, in the same process. A measurement only: the engine does not use chrono-node.
//
//   coverage  the gold date spans of the labelled eval pages (../shared/eval: natural pages, and the
//             perturbed pages whose changed value is a date), per language: the found span covers
//             the gold span / only overlaps it / nothing there. Then every date span either side
//             finds in the corpus and the natural eval pages, and where they disagree, with examples.
//             Then the forms the corpus uses, one short sentence each.
//   speed     the corpus's longest article (~20 KB) and 1 MB of each language's texts: best of
//             several runs, as ms and as a ratio to findDates. findDates runs on folded text (the
//             fold is shared with the other extractors); fold + findDates is shown too.
//
// chrono-node is run with the parser of the text's language (chrono.en / .fr / .vi, casual = the
// default, strict = formal dates only) and a fixed reference date, so results do not depend on today.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { readCorpus } from '../../lib/cli/corpus';
import { findDates, type DateMention } from '../../lib/extract/dates';
import { defaultLexicon } from '../../lib/lexicon';
import type { Lang } from '../../lib/model';
import { foldWithMap, type FoldedText } from '../../lib/text/fold';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const shared = resolve(root, '../shared');
const LANGS: Lang[] = ['en', 'fr', 'vi'];
const REF = new Date(Date.UTC(2025, 9, 1, 12));
const lex = defaultLexicon();

// ---------------------------------------------------------------- texts

interface Doc {
  id: string;
  lang: Lang;
  text: string;
}
interface GoldSpan {
  doc: Doc;
  start: number;
  end: number;
  text: string;
  verdict: string;
}

const corpusDir = existsSync(join(shared, 'corpus')) ? join(shared, 'corpus') : join(root, 'public/corpus');
const corpus: Doc[] = readCorpus(corpusDir).map((d) => ({ id: `corpus/${d.id}`, lang: d.lang, text: d.text }));

const evalDir = join(shared, 'eval');
const pages: Doc[] = [];
const gold: { set: string; span: GoldSpan }[] = [];
if (existsSync(join(evalDir, 'pages/index.json'))) {
  const index = JSON.parse(readFileSync(join(evalDir, 'pages/index.json'), 'utf8')) as { file: string; lang: Lang }[];
  for (const e of index) {
    const doc: Doc = { id: `eval/${e.file}`, lang: e.lang, text: readFileSync(join(evalDir, 'pages', e.file), 'utf8') };
    pages.push(doc);
    const g = JSON.parse(readFileSync(join(evalDir, 'gold', e.file.replace(/\.txt$/, '.json')), 'utf8'));
    for (const s of g.spans) if (s.kind === 'date') gold.push({ set: 'natural', span: { doc, ...s } });
  }
  // Perturbed pages: only the changed value, and only where it is a date (the rest repeats the natural pages).
  const pdir = join(evalDir, 'perturbed');
  if (existsSync(join(pdir, 'gold'))) {
    for (const f of readdirSync(join(pdir, 'gold')).sort()) {
      const g = JSON.parse(readFileSync(join(pdir, 'gold', f), 'utf8'));
      if (g.perturbation?.kind !== 'date') continue;
      const lang = /-(en|fr|vi)\./.exec(f)![1] as Lang;
      const doc: Doc = { id: `perturbed/${g.file}`, lang, text: readFileSync(join(pdir, 'pages', g.file), 'utf8') };
      const s = g.spans.find((x: { start: number; kind: string }) => x.kind === 'date' && x.start === g.perturbation.start) ?? g.spans[g.perturbation.span_index];
      if (s?.kind === 'date') gold.push({ set: 'perturbed', span: { doc, ...s } });
    }
  }
}

// ---------------------------------------------------------------- the two finders

interface Found {
  start: number;
  end: number;
  value: string;
}

const pad = (n: number | undefined) => (n === undefined ? '??' : String(n).padStart(2, '0'));

function ourValue(d: DateMention): string {
  if (d.relative) return d.relative === 'weekday' ? `(weekday ${d.weekday})` : '(same day)';
  const y = d.year ?? '????';
  let v = d.precision === 'year' ? `${y}` : d.precision === 'month' ? `${y}-${pad(d.month)}` : `${y}-${pad(d.month)}-${pad(d.day1)}`;
  if (d.day2 !== undefined) v += d.month2 ? `..${pad(d.month2)}-${pad(d.day2)}` : `..${pad(d.day2)}`;
  return d.weekday !== undefined ? `${v} wd${d.weekday}` : v;
}

function ours(text: string, lang: Lang, ft: FoldedText = foldWithMap(text)): Found[] {
  return findDates(ft, lex, lang).map((d) => ({ start: d.start, end: d.end, value: ourValue(d) }));
}

function chronoValue(c: chrono.ParsedComponents): string {
  const k = (n: chrono.Component) => c.isCertain(n);
  const wd = k('weekday') ? ` wd${c.get('weekday')}` : '';
  const y = k('year') ? String(c.get('year')) : '????';
  if (k('day')) return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}${wd}`;
  if (k('month')) return `${y}-${pad(c.get('month')!)}`;
  if (k('year')) return y;
  if (wd) return `(weekday ${c.get('weekday')})`;
  if (k('hour')) return `(time ${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)})`;
  return '(relative: nothing certain)';
}

type Mode = 'casual' | 'strict';
function chronoFor(lang: Lang, mode: Mode): chrono.Chrono {
  const m = { en: chrono.en, fr: chrono.fr, vi: chrono.vi }[lang] as unknown as Record<Mode, chrono.Chrono>;
  return m[mode];
}

function chronoFind(text: string, lang: Lang, mode: Mode = 'casual'): Found[] {
  return chronoFor(lang, mode)
    .parse(text, REF)
    .map((r) => {
      const s = chronoValue(r.start);
      const e = r.end ? chronoValue(r.end) : undefined;
      return { start: r.index, end: r.index + r.text.length, value: e && e !== s ? `${s}..${e.replace(/^\?{4}-/, '')}` : s };
    });
}

// ---------------------------------------------------------------- coverage of the gold spans

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
type Status = 'covers' | 'partial' | 'missed';
function statusOf(found: Found[], g: GoldSpan): { status: Status; by: Found[] } {
  const by = found.filter((f) => overlaps(f, g));
  if (!by.length) return { status: 'missed', by };
  return { status: by.some((f) => f.start <= g.start && f.end >= g.end) ? 'covers' : 'partial', by };
}

const show = (doc: Doc, f: { start: number; end: number }) => JSON.stringify(doc.text.slice(f.start, f.end));
const context = (doc: Doc, f: { start: number; end: number }) =>
  `…${doc.text.slice(Math.max(0, f.start - 25), f.start)}[${doc.text.slice(f.start, f.end)}]${doc.text.slice(f.end, f.end + 20)}…`.replace(/\s+/g, ' ');

function coverage(): void {
  console.log('\n## Coverage of the gold date spans (../shared/eval)\n');
  if (!gold.length) {
    console.log('(no eval pages found)');
    return;
  }
  const cache = new Map<string, { ours: Found[]; casual: Found[]; strict: Found[] }>();
  const foundIn = (doc: Doc) => {
    let c = cache.get(doc.id);
    if (!c) cache.set(doc.id, (c = { ours: ours(doc.text, doc.lang), casual: chronoFind(doc.text, doc.lang), strict: chronoFind(doc.text, doc.lang, 'strict') }));
    return c;
  };
  const sides = ['ours', 'casual', 'strict'] as const;
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const set of ['natural', 'perturbed']) {
    for (const lang of LANGS) {
      const spans = gold.filter((g) => g.set === set && g.span.doc.lang === lang).map((g) => g.span);
      if (!spans.length) continue;
      const row = [set, lang, String(spans.length)];
      for (const side of sides) {
        const n: Record<Status, number> = { covers: 0, partial: 0, missed: 0 };
        for (const g of spans) {
          const { status, by } = statusOf(foundIn(g.doc)[side], g);
          n[status]++;
          if (status !== 'covers' && side !== 'strict')
            notes.push(`  ${side === 'ours' ? 'findDates' : 'chrono'} ${status} ${JSON.stringify(g.text)} (${g.doc.id}, ${g.verdict})${by.length ? ': found ' + by.map((f) => `${show(g.doc, f)} = ${f.value}`).join(', ') : ''}`);
        }
        row.push(`${n.covers} / ${n.partial} / ${n.missed}`);
      }
      rows.push(row);
    }
  }
  table(['set', 'lang', 'gold', 'findDates covers/partial/missed', 'chrono casual', 'chrono strict'], rows);
  console.log('\nGold spans not covered (findDates and chrono casual):');
  console.log([...new Set(notes)].join('\n') || '  none');
  // Values: what each side reads in the natural gold spans it covers.
  console.log('\nValues read in the natural gold spans (findDates | chrono casual):');
  const seen = new Set<string>();
  for (const { set, span: g } of gold) {
    if (set !== 'natural' || seen.has(g.text)) continue;
    seen.add(g.text);
    const o = statusOf(foundIn(g.doc).ours, g).by.map((f) => f.value).join(' + ') || '—';
    const c = statusOf(foundIn(g.doc).casual, g).by.map((f) => f.value).join(' + ') || '—';
    console.log(`  ${g.doc.lang} ${JSON.stringify(g.text).padEnd(26)} ${o.padEnd(24)} | ${c}`);
  }
}

// ---------------------------------------------------------------- all spans, both sides

function agreement(): void {
  console.log('\n## Every date span found in the corpus and the natural eval pages\n');
  const rows: string[][] = [];
  const examples: string[] = [];
  for (const lang of LANGS) {
    const docs = [...corpus, ...pages].filter((d) => d.lang === lang);
    let nO = 0;
    let nC = 0;
    let same = 0;
    let differ = 0;
    let nS = 0;
    let onlyS = 0;
    const onlyO: string[] = [];
    const onlyC: string[] = [];
    const diff: string[] = [];
    for (const doc of docs) {
      const o = ours(doc.text, lang);
      const c = chronoFind(doc.text, lang);
      nO += o.length;
      nC += c.length;
      for (const f of o) {
        const m = c.filter((x) => overlaps(x, f));
        if (!m.length) onlyO.push(`${context(doc, f)} = ${f.value}`);
        else if (m.length === 1 && m[0].start === f.start && m[0].end === f.end) same++;
        else {
          differ++;
          diff.push(`${show(doc, f)} = ${f.value}  vs chrono ${m.map((x) => `${show(doc, x)} = ${x.value}`).join(', ')}`);
        }
      }
      for (const f of c) if (!o.some((x) => overlaps(x, f))) onlyC.push(`${context(doc, f)} = ${f.value}`);
      const st = chronoFind(doc.text, lang, 'strict');
      nS += st.length;
      onlyS += st.filter((f) => !o.some((x) => overlaps(x, f))).length;
    }
    rows.push([lang, String(docs.length), String(nO), String(nC), String(same), String(differ), String(onlyO.length), String(onlyC.length), `${nS} / ${onlyS}`]);
    const few = (xs: string[], n = 6) => [...new Set(xs)].slice(0, n).map((x) => `    ${x}`).join('\n');
    examples.push(`${lang}: only findDates (${onlyO.length})\n${few(onlyO)}`);
    examples.push(`${lang}: only chrono casual (${onlyC.length})\n${few(onlyC, 10)}`);
    examples.push(`${lang}: both, different extent or split (${differ})\n${few(diff)}`);
  }
  table(['lang', 'docs', 'findDates', 'chrono casual', 'same span', 'overlap, differ', 'only findDates', 'only chrono', 'chrono strict / only strict'], rows);
  console.log('\n' + examples.join('\n'));
}

// ---------------------------------------------------------------- the corpus's forms

const FORMS: { lang: Lang; text: string; form: string }[] = [
  { lang: 'en', text: 'The signing ceremony will take place on October 25-26 in Hanoi.', form: 'October 25-26' },
  { lang: 'en', text: 'The ceremony is set for October 25-26, 2025 in Hanoi.', form: 'October 25-26, 2025' },
  { lang: 'en', text: 'Viet Nam To Host The Signing On October 25th,2025', form: 'October 25th,2025' },
  { lang: 'en', text: 'The session opened in Vienna on May 19.', form: 'May 19' },
  { lang: 'en', text: 'It opens on Saturday, October 25, 2025.', form: 'Saturday, October 25, 2025' },
  { lang: 'en', text: 'It opens on 25 October 2025 in Hanoi.', form: '25 October 2025' },
  { lang: 'en', text: 'The convention was adopted in December 2024.', form: 'December 2024' },
  { lang: 'fr', text: 'La cérémonie aura lieu du 25 au 26 octobre à Hanoï.', form: 'du 25 au 26 octobre' },
  { lang: 'fr', text: 'La cérémonie aura lieu les 25 et 26 octobre 2025 à Hanoï.', form: '25 et 26 octobre' },
  { lang: 'fr', text: 'La cérémonie aura lieu le samedi 25 octobre 2025.', form: 'samedi 25 octobre 2025' },
  { lang: 'fr', text: 'La cérémonie aura lieu les 25-26/10 à Hanoï.', form: '25-26/10' },
  { lang: 'fr', text: 'La Convention a été adoptée en décembre 2024.', form: 'décembre 2024' },
  { lang: 'vi', text: 'Lễ mở ký sẽ diễn ra ngày 25/10/2025 tại Hà Nội.', form: 'ngày 25/10/2025' },
  { lang: 'vi', text: 'Lễ mở ký diễn ra trong hai ngày 25-26/10 tại Hà Nội.', form: '25-26/10' },
  { lang: 'vi', text: 'Lễ mở ký diễn ra ngày 25 tháng 10 năm 2025.', form: 'ngày 25 tháng 10 năm 2025' },
  { lang: 'vi', text: 'Lễ mở ký diễn ra vào thứ Bảy, ngày 25/10.', form: 'thứ Bảy, ngày 25/10' },
  { lang: 'vi', text: 'Phiên họp khai mạc ngày 19/5 tại Vienna.', form: 'ngày 19/5' },
  { lang: 'vi', text: 'Công ước được thông qua vào tháng 12/2024.', form: 'tháng 12/2024' },
];

function forms(): void {
  console.log('\n## The forms the corpus uses (one sentence each)\n');
  const all = [...corpus, ...pages].map((d) => d.text).join('\n');
  const rows = FORMS.map(({ lang, text, form }) => {
    const doc: Doc = { id: 'form', lang, text };
    const fmt = (fs: Found[]) => fs.map((f) => `${show(doc, f)}=${f.value}`).join(' ') || '—';
    return [lang, form + (all.includes(form) ? ' *' : ''), fmt(ours(text, lang)), fmt(chronoFind(text, lang))];
  });
  table(['lang', 'form (* = verbatim in corpus/eval)', 'findDates', 'chrono casual'], rows);
}

// ---------------------------------------------------------------- speed

function best(fn: () => void, runs: number): number {
  // Warm-up (JIT, chrono's lazily built patterns): the 20 K cases run first and warm up the 1 M ones.
  if (runs > 5) fn();
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    b = Math.min(b, performance.now() - t);
  }
  return b;
}

function speed(): void {
  console.log('\n## Speed (best of several runs, same process; sizes in characters)\n');
  const repeatTo = (texts: string[], n: number) => {
    const one = texts.join('\n\n');
    return Array.from({ length: Math.ceil(n / one.length) }, () => one).join('\n\n').slice(0, n);
  };
  const longest = corpus.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const bytes = Buffer.byteLength(longest.text);
  const textsOf = (lang: Lang) => [...corpus, ...pages].filter((d) => d.lang === lang).map((d) => d.text);
  const cases: { name: string; lang: Lang; text: string; runs: number }[] = [
    { name: `corpus ${longest.id.slice(7, 10)} (${(bytes / 1000).toFixed(1)} KB = ${(longest.text.length / 1000).toFixed(1)} K chars)`, lang: longest.lang, text: longest.text, runs: 20 },
    ...LANGS.map((lang) => ({ name: '20 K chars', lang, text: repeatTo(textsOf(lang), 20_000), runs: 20 })),
    ...LANGS.map((lang) => ({ name: '1 M chars', lang, text: repeatTo(textsOf(lang), 1_000_000), runs: 3 })),
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    // (each run of findDates gets a copy of its own, differing in its last characters: the engine
    // keeps the last page's tokens, and the same text again would skip cutting it into tokens)
    const copies = Array.from({ length: c.runs + 1 }, (_, i) => JSON.parse(JSON.stringify(`${c.text} ${i}`)) as string);
    const fts = copies.map((t) => foldWithMap(t));
    let k = 0;
    const tOurs = best(() => findDates(fts[k++ % fts.length], lex, c.lang), c.runs);
    const tFold = best(() => findDates(foldWithMap(copies[k++ % copies.length]), lex, c.lang), c.runs);
    const tCasual = best(() => chronoFor(c.lang, 'casual').parse(c.text, REF), c.runs);
    const tStrict = best(() => chronoFor(c.lang, 'strict').parse(c.text, REF), c.runs);
    const big = c.text.length > 100_000;
    // chrono's casual parsers slow down more than linearly on one long text; the content script
    // hands the background a long page in slices, so 1 M chars is also timed as 20 K slices.
    const tSlices = big
      ? best(() => {
          for (let i = 0; i < c.text.length; i += 20_000) chronoFor(c.lang, 'casual').parse(c.text.slice(i, i + 20_000), REF);
        }, c.runs)
      : NaN;
    // Language unknown: findDates reads all three languages at once; chrono needs one parser each.
    const tAll = big ? NaN : best(() => LANGS.forEach((l) => chronoFor(l, 'casual').parse(c.text, REF)), c.runs);
    const ms = (t: number) => (t < 10 ? t.toFixed(2) : t.toFixed(0));
    const x = (t: number) => (Number.isNaN(t) ? '—' : `${ms(t)} (${(t / tOurs).toFixed(1)}×)`);
    rows.push([c.name, c.lang, ms(tOurs), ms(tFold), x(tCasual), x(tStrict), x(tSlices), x(tAll)]);
  }
  table(['text', 'lang', 'findDates ms', 'fold+findDates', 'chrono casual ms (× findDates)', 'chrono strict', 'casual in 20 K slices', 'en+fr+vi casual'], rows);
}

// ---------------------------------------------------------------- output

function table(head: string[], rows: string[][]): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
  rows.forEach((r) => console.log(line(r)));
}

const t0 = performance.now();
const pkg = JSON.parse(readFileSync(resolve(root, 'node_modules/chrono-node/package.json'), 'utf8'));
console.log(`# findDates vs chrono-node ${pkg.version} (Node ${process.versions.node}); texts: ${basename(corpusDir)}/ (${corpus.length}), eval pages (${pages.length}), ${gold.length} gold date spans`);
coverage();
agreement();
forms();
speed();
console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
