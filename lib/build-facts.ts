// Builds the fact base from documents: every date, figure and place that its sentence ties to an
// event or a counted noun (lib/subject/claims.ts), and every person named with a post, becomes a
// claim; claims about the same subject — across documents and languages — are merged into one
// fact with all its sources, and disagreeing claims are kept as the fact's variants.
import { analyze, sentenceAt, type Analysis, type ValueMention } from './analyze';
import { claimFrame, coverage, cueIdf, frameSimilarity, sameEvent } from './subject/claims';
import { valueAttr } from './subject/sentence-frame';
import type { Frame } from './subject/frame';
import { defaultLexicon, labelOf, type Lexicon, type RoleEntry } from './lexicon';
import { markedParagraphs } from './extract/furniture';
import { findRoleNames } from './extract/names';
import { intervalOf, iso, weekdayOf, type DateMention } from './extract/dates';
import { fold } from './text/fold';
import { canonicalSpelling, isShortening, isVietnameseName, nearMiss, tokensOf } from './people';
import type { DateValue, Fact, FactBase, FactValue, FigureValue, NameValue, Source, SourceDocument, Variant } from './model';

interface Claim {
  attr: string;
  kind: Fact['kind'];
  /** Grouping key of the value. */
  key: string;
  value: FactValue;
  source: Source;
  /** For dates without a written year: the month/day key, so they join a dated group. */
  looseKey?: string;
  /** What the sentence ties the value to. */
  frame: Frame;
  label: string;
}

function quoteOf(an: Analysis, pos: number): string {
  const s = sentenceAt(an, pos);
  return s ? an.text.slice(s.start, s.end) : '';
}

function sourceOf(doc: SourceDocument, an: Analysis, start: number, end: number): Source {
  return { doc: doc.id, lang: an.lang, quote: quoteOf(an, start), start, end, title: doc.title };
}

/** The year for dates written without one: from the publication date, else the document's own years. */
function yearContext(doc: SourceDocument, an: Analysis, fallbackYear?: number): { year?: number; published?: string } {
  if (doc.published) return { year: Number(doc.published.slice(0, 4)), published: doc.published };
  const years = new Map<number, number>();
  for (const d of an.dates) if (d.year && d.precision !== 'year') years.set(d.year, (years.get(d.year) ?? 0) + 1);
  for (const d of an.dates) if (d.year && d.precision === 'year') years.set(d.year, (years.get(d.year) ?? 0) + 0.5);
  let best: number | undefined;
  let n = 0;
  for (const [y, c] of years) if (c > n) [best, n] = [y, c];
  return { year: best ?? fallbackYear };
}

/** Resolves a date mention to a value; relative dates use the publication date or the date before. */
export function resolveDate(d: DateMention, ctx: { year?: number; published?: string }, previous?: DateValue): DateValue | undefined {
  if (d.relative === 'same-day') return previous && previous.precision === 'day' ? { ...previous } : undefined;
  if (d.relative === 'weekday') {
    if (!ctx.published || d.weekday === undefined) return undefined;
    const p = new Date(ctx.published + 'T00:00:00Z');
    for (let k = 0; k < 7; k++) {
      const t = new Date(p.getTime() - k * 86400000);
      if (t.getUTCDay() === d.weekday) {
        const s = t.toISOString().slice(0, 10);
        return { start: s, end: s, precision: 'day' };
      }
    }
    return undefined;
  }
  let year = d.year;
  let inferred = false;
  if (!year) {
    if (!ctx.year || !d.month) return undefined;
    year = ctx.year;
    inferred = true;
    if (ctx.published && d.month) {
      // the nearest such date to the publication date
      const pub = Date.parse(ctx.published);
      let best = year;
      for (const y of [year - 1, year, year + 1]) {
        const t = Date.parse(iso(y, d.month, d.day1 ?? 1));
        if (Math.abs(t - pub) < Math.abs(Date.parse(iso(best, d.month, d.day1 ?? 1)) - pub)) best = y;
      }
      year = best;
    }
  }
  // "Friday, 24 October" without a year: the year in which that day is a Friday, if one is near
  if (inferred && d.weekday !== undefined && d.month && d.day1) {
    const fits = (y: number) => weekdayOf(iso(y, d.month!, d.day1!)) === d.weekday;
    if (!fits(year)) year = [year + 1, year - 1].find(fits) ?? year;
  }
  const iv = intervalOf(d, year);
  if (!iv) return undefined;
  return { ...iv, precision: d.precision, ...(inferred ? { yearInferred: true } : {}) };
}

function dateKey(v: DateValue): string {
  return `${v.start}/${v.end}/${v.precision}`;
}
function looseDateKey(v: DateValue): string {
  return `${v.start.slice(5)}/${v.end.slice(5)}/${v.precision}`;
}
function figureKey(v: FigureValue): string {
  return `${v.qualifier}:${v.amount}:${v.unit}`;
}

function valueClaims(doc: SourceDocument, an: Analysis, furniture: (pos: number) => boolean, fallbackYear?: number): Claim[] {
  const claims: Claim[] = [];
  const ctx = yearContext(doc, an, fallbackYear);
  let previous: DateValue | undefined;
  const mentions: ValueMention[] = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    let resolved: DateValue | undefined;
    if (m.kind === 'date') {
      resolved = resolveDate(m, ctx, previous);
      if (resolved && resolved.precision === 'day' && m.relative !== 'same-day') previous = resolved;
      if (!resolved) continue;
      // "the same day" may be any day the text spoke of before: no fact is built from it
      if (m.relative === 'same-day') continue;
    }
    if (furniture(m.start)) continue;
    const tie = claimFrame(an, m, mentions);
    if (!tie) continue;
    const source = sourceOf(doc, an, m.start, m.end);
    const base = { attr: valueAttr(m), source, frame: tie.frame, label: tie.label };
    if (m.kind === 'date') {
      const v = resolved!;
      if (m.weekday !== undefined && weekdayOf(v.start) !== m.weekday && !v.yearInferred) continue;
      claims.push({ ...base, kind: 'date', key: dateKey(v), value: v, looseKey: v.yearInferred ? looseDateKey(v) : undefined });
    } else if (m.kind === 'figure') {
      const v: FigureValue = { amount: m.amount, unit: m.unit, qualifier: m.qualifier };
      claims.push({ ...base, kind: 'figure', key: figureKey(v), value: v });
    } else {
      const written = an.text.slice(m.start, m.end);
      const v: NameValue = { name: m.names[0], aliases: [...new Set([...m.names.slice(1), written])].filter((n) => n !== m.names[0]), entity: 'place' };
      claims.push({ ...base, kind: 'name', key: `place:${fold(m.names[0])}`, value: v });
    }
  }
  return claims;
}

interface PersonMention {
  doc: SourceDocument;
  an: Analysis;
  role: RoleEntry;
  name: string;
  start: number;
  end: number;
}

/** A readable id part from a label: folded words joined by dashes. */
function slug(label: string): string {
  return fold(label).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'subject';
}

/** Similarity a claim needs to join a subject: less when it states a value the subject already has. */
const JOIN_SAME_VALUE = 0.2;
const JOIN_OTHER_VALUE = 0.45;

interface Subject {
  claims: Claim[];
  cues: Map<string, number>;
  governing: Map<string, number>;
  keys: Set<string>;
}

function subjectFrame(s: Subject): Frame {
  let governing: string | undefined;
  let n = 0;
  for (const [g, c] of s.governing) if (c > n) [governing, n] = [g, c];
  return { cues: s.cues, governing, governingSet: [...s.governing.keys()], temporal: s.claims[0].frame.temporal };
}

/** Claims of one kind of value grouped by subject: the claims whose frames agree. */
function groupBySubject(claims: Claim[], idf: (c: string) => number): Claim[][] {
  const subjects: Subject[] = [];
  for (const c of claims) {
    let best: Subject | undefined;
    let bestSim = 0;
    for (const s of subjects) {
      const sf = subjectFrame(s);
      const sim = frameSimilarity(c.frame, sf, idf);
      const sameValue = s.keys.has(c.key) || (!!c.looseKey && s.claims.some((x) => looseDateKey(x.value as DateValue) === c.looseKey));
      // the same value for the same kind of event is one subject, in any language; a different
      // value joins only a subject whose words agree too (then it is a disagreement)
      // (the same count of the same thing — "over 1,000 delegates" — is one subject unless two
      // different events govern it; dates are too common for that and need the same event)
      const eventsAgree = (c.frame.temporal ?? '') === (sf.temporal ?? '') && (!c.frame.governing || !sf.governing || sameEvent(c.frame, sf));
      const joins = sameValue
        ? sameEvent(c.frame, sf) || ((c.frame.temporal ?? '') === (sf.temporal ?? '') && (sim >= JOIN_SAME_VALUE || (c.kind === 'figure' && eventsAgree)))
        : coverage(c.frame, sf, idf) >= JOIN_OTHER_VALUE && eventsAgree;
      const rank = sim + (sameValue ? 1 : 0);
      if (joins && rank > bestSim) [best, bestSim] = [s, rank];
    }
    if (!best) {
      best = { claims: [], cues: new Map(), governing: new Map(), keys: new Set() };
      subjects.push(best);
    }
    best.claims.push(c);
    best.keys.add(c.key);
    for (const [k, w] of c.frame.cues) if (w > (best.cues.get(k) ?? 0)) best.cues.set(k, w);
    for (const g of c.frame.governingSet ?? []) best.governing.set(g, (best.governing.get(g) ?? 0) + (g === c.frame.governing ? 1 : 0.5));
  }
  return subjects.map((s) => s.claims);
}

function mergeClaims(claims: Claim[]): Fact[] {
  const byAttr = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!byAttr.has(c.attr)) byAttr.set(c.attr, []);
    byAttr.get(c.attr)!.push(c);
  }
  const facts: Fact[] = [];
  const ids = new Set<string>();
  // (how specific a cue is, over every claim of every kind: within one kind's few claims the
  // words they share would all look common)
  const idf = cueIdf(claims.map((c) => c.frame));
  for (const sameAttr of byAttr.values()) for (const group of groupBySubject(sameAttr, idf)) {
    const first = group[0];
    // dates without a written year join the dated group with the same day and month
    const byKey = new Map<string, Claim[]>();
    const dated = group.filter((c) => !c.looseKey);
    for (const c of group) {
      let key = c.key;
      if (c.looseKey) {
        const host = dated.find((d) => looseDateKey(d.value as DateValue) === c.looseKey);
        if (host) key = host.key;
      }
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push(c);
    }
    const ranked = [...byKey.values()].sort((a, b) => {
      const docs = (g: Claim[]) => new Set(g.map((c) => c.source.doc)).size;
      const written = (g: Claim[]) => g.filter((c) => !c.looseKey).length;
      return docs(b) - docs(a) || written(b) - written(a) || b.length - a.length;
    });
    const main = ranked[0];
    const valueOf = (g: Claim[]): FactValue => {
      const withYear = g.find((c) => !c.looseKey) ?? g[0];
      if (first.kind === 'name') {
        const v = withYear.value as NameValue;
        const aliases = new Set<string>(g.flatMap((c) => [...(c.value as NameValue).aliases]));
        aliases.delete(v.name);
        return { ...v, aliases: [...aliases] };
      }
      return withYear.value;
    };
    const variants: Variant[] = ranked.slice(1).map((g) => ({ value: valueOf(g), sources: g.map((c) => c.source) }));
    // the label: in English where a source is (the model's labels are English), else French,
    // else Vietnamese; the shortest phrase of that language (the most to the point)
    const LANG_ORDER = ['en', 'fr', 'vi'];
    // (a label naming a kind of event, not only "the event")
    const generic = (c: Claim) => (c.frame.governing === '@event' ? 1 : 0);
    const label = [...main].sort((a, b) => generic(a) - generic(b) || LANG_ORDER.indexOf(a.source.lang) - LANG_ORDER.indexOf(b.source.lang) || a.label.length - b.label.length)[0].label;
    const subject = slug(label);
    let id = `${first.attr.replace(':', '-')}.${subject}`;
    for (let k = 2; ids.has(id); k++) id = `${first.attr.replace(':', '-')}.${subject}-${k}`;
    ids.add(id);
    facts.push({
      id,
      kind: first.kind,
      subject,
      subjectLabel: label,
      value: valueOf(main),
      sources: main.map((c) => c.source),
      variants,
      origin: 'corpus',
    });
  }
  return facts;
}

/** Occurrences of a folded phrase as whole words in a folded text. */
function occurrences(f: string, p: string): number[] {
  const out: number[] = [];
  for (let i = f.indexOf(p); i >= 0; i = f.indexOf(p, i + 1)) {
    if (/[\p{L}]/u.test(f[i - 1] ?? '') || /[\p{L}]/u.test(f[i + p.length] ?? '')) continue;
    out.push(i);
  }
  return out;
}

type DocAnalysis = { doc: SourceDocument; an: Analysis; furniture: (p: number) => boolean };

function personFacts(mentions: PersonMention[], analyses: DocAnalysis[]): Fact[] {
  // 1. group role-anchored names: same fold, a shortening, or a near miss for the same role
  interface Cluster { role: RoleEntry; spellings: Map<string, number>; }
  const clusters: Cluster[] = [];
  const full = mentions.filter((m) => m.name.includes(' '));
  full.sort((a, b) => tokensOf(b.name).length - tokensOf(a.name).length);
  for (const m of full) {
    const t = tokensOf(m.name);
    const c = clusters.find((c) => [...c.spellings.keys()].some((s) => {
      const st = tokensOf(s);
      return st.join(' ') === t.join(' ') || isShortening(st, t) || (c.role.id === m.role.id && nearMiss(st, t));
    }));
    if (c) c.spellings.set(m.name, (c.spellings.get(m.name) ?? 0) + 1);
    else clusters.push({ role: m.role, spellings: new Map([[m.name, 1]]) });
  }

  // 2. per cluster, the folded full forms; the form written most often (counting its surname
  //    alone) is the name, near-miss forms are variants
  interface Person { fact: Fact; forms: string[]; variantForms: Map<string, string>; given: string }
  const countIn = (p: string) => analyses.reduce((n, a) => n + occurrences(a.an.ft.text, p).length, 0);
  const people: Person[] = [];
  for (const c of clusters) {
    const byFold = new Map<string, Map<string, number>>();
    for (const [sp, n] of c.spellings) {
      const t = tokensOf(sp);
      const key = [...byFold.keys()].find((k) => k === t.join(' ') || isShortening(tokensOf(k), t)) ?? t.join(' ');
      if (!byFold.has(key)) byFold.set(key, new Map());
      byFold.get(key)!.set(sp, n);
    }
    const score = (k: string) => countIn(k) + countIn(tokensOf(k).slice(-1)[0]) * 0.5;
    const keys = [...byFold.keys()].sort((a, b) => score(b) - score(a));
    const mainKey = keys[0];
    const name = canonicalSpelling(byFold.get(mainKey)!);
    const tokens = tokensOf(name);
    const forms = new Set<string>([mainKey, ...[...byFold.get(mainKey)!.keys()].map((x) => tokensOf(x).join(' '))]);
    if (tokens.length >= 3) forms.add(`${tokens[0]} ${tokens[tokens.length - 1]}`);
    const variantForms = new Map<string, string>();
    for (const k of keys.slice(1)) variantForms.set(k, canonicalSpelling(byFold.get(k)!));
    const aliases = new Set<string>([...byFold.get(mainKey)!.keys()].filter((s) => s !== name));
    const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    if (plain !== name) aliases.add(plain);
    const role = labelOf(c.role.label);
    people.push({
      forms: [...forms],
      variantForms,
      given: tokens[tokens.length - 1],
      fact: {
        id: `person.${tokens.join('-')}`,
        kind: 'name',
        subject: c.role.id,
        subjectLabel: role,
        value: { name, aliases: [...aliases], role, entity: 'person' },
        sources: [],
        variants: [...variantForms.values()].map((v) => ({ value: { name: v, aliases: [], role, entity: 'person' } as NameValue, sources: [] })),
        origin: 'corpus',
      },
    });
  }

  // 3. sources: every full mention; then each name word standing alone ("Waly", "Hằng") goes to
  //    the person last named in full before it in the same document
  for (const { doc, an, furniture } of analyses) {
    const f = an.ft.text;
    const src = (i: number, len: number): Source => {
      const start = an.ft.map[i];
      return { doc: doc.id, lang: an.lang, quote: quoteOf(an, start), start, end: an.ft.map[i + len], title: doc.title };
    };
    const fullAt: { pos: number; end: number; person: Person }[] = [];
    for (const p of people) {
      for (const form of p.forms) for (const i of occurrences(f, form)) {
        if (furniture(an.ft.map[i]) || fullAt.some((x) => x.pos <= i && i < x.end)) continue;
        fullAt.push({ pos: i, end: i + form.length, person: p });
        p.fact.sources.push(src(i, form.length));
      }
      p.variantForms.forEach((spelling, form) => {
        const v = p.fact.variants.find((x) => (x.value as NameValue).name === spelling)!;
        for (const i of occurrences(f, form)) {
          if (furniture(an.ft.map[i])) continue;
          v.sources.push(src(i, form.length));
          fullAt.push({ pos: i, end: i + form.length, person: p });
        }
      });
    }
    fullAt.sort((a, b) => a.pos - b.pos);
    for (const p of people) {
      if (p.given.length < 3) continue;
      for (const i of occurrences(f, p.given)) {
        const start = an.ft.map[i];
        const orig = an.text.charAt(start);
        if (orig === orig.toLowerCase() || furniture(start)) continue;
        if (fullAt.some((x) => x.pos <= i && i < x.end)) continue;
        const before = fullAt.filter((x) => x.pos < i && tokensOf((x.person.fact.value as NameValue).name).includes(p.given));
        const owner = before[before.length - 1]?.person;
        if (owner !== p) continue;
        p.fact.sources.push(src(i, p.given.length));
      }
    }
  }
  return people.map((p) => p.fact).filter((f) => f.sources.length > 0).map((f) => ({ ...f, variants: f.variants.filter((v) => v.sources.length) }));
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources
    .filter((s) => {
      const k = `${s.doc}:${s.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
}

export interface BuildOptions {
  lex?: Lexicon;
}

/** Builds the fact base from documents (the corpus, or any the user adds). */
export function buildFactBase(docs: SourceDocument[], opts: BuildOptions = {}): FactBase {
  const lex = opts.lex ?? defaultLexicon();
  const analyses = docs.map((doc) => {
    const an = analyze(doc.text, { lang: doc.lang, title: doc.title, lex });
    const paras = markedParagraphs(doc.text);
    const furniture = (pos: number) => paras.some((p) => p.furniture && p.start <= pos && pos < p.end);
    return { doc, an, furniture };
  });
  // documents that give no year for a date get the year the corpus speaks of most
  const years = new Map<number, number>();
  for (const { an } of analyses) for (const d of an.dates) if (d.year && d.precision !== 'year') years.set(d.year, (years.get(d.year) ?? 0) + 1);
  const fallbackYear = [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
  const claims = analyses.flatMap(({ doc, an, furniture }) => valueClaims(doc, an, furniture, fallbackYear));
  const people: PersonMention[] = [];
  for (const { doc, an, furniture } of analyses) {
    for (const rn of findRoleNames(doc.text, an.ft, lex)) {
      if (rn.former || furniture(rn.start)) continue;
      people.push({ doc, an, role: rn.role, name: rn.tokens.map((t) => t.text).join(' '), start: rn.start, end: rn.end });
    }
  }
  const facts = [...mergeClaims(claims), ...personFacts(people, analyses)];
  for (const f of facts) f.sources = dedupe(f.sources);
  facts.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { format: 'factlens-facts/1', facts };
}
