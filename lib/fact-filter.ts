// Filtering and sorting the options page's fact table. Everything a filter or a sort needs is
// computed once per fact base (prepareFacts), so a keystroke in the filter box only scans
// precomputed strings: ~10,000 facts filter and sort in a few milliseconds.
import { allSources, type Fact, type FactKind, type FactOrigin, type Lang, type Source } from './model';
import { tokenize } from './search';
import { formatValue, valueSearchTexts } from './format';

export interface FactFilter {
  /** Words that must all start a word of the subject, value, role or quotes (accents ignored). */
  text: string;
  kind: FactKind | '';
  /** A source document id. */
  doc: string;
  lang: Lang | '';
  origin: FactOrigin | '';
  disputed: boolean;
}

export const NO_FILTER: FactFilter = { text: '', kind: '', doc: '', lang: '', origin: '', disputed: false };

export type SortKey = 'subject' | 'kind' | 'value' | 'sources' | 'origin';
export interface SortSpec { key: SortKey; dir: 'asc' | 'desc' }

export interface PreparedFacts {
  facts: readonly Fact[];
  /** " tok tok tok " per fact, for word-prefix search with includes(). */
  haystack: string[];
  docs: Set<string>[];
  langs: Set<Lang>[];
  subjectKey: string[];
  valueNum: Float64Array;
  valueStr: string[];
  /** Documents met in the base: id → title (when a source gives one). */
  allDocs: Map<string, string | undefined>;
}

const KIND_ORDER: Record<FactKind, number> = { date: 0, name: 1, figure: 2 };

export function originOf(f: Fact): FactOrigin {
  return f.origin ?? 'corpus';
}

export function prepareFacts(facts: readonly Fact[]): PreparedFacts {
  const n = facts.length;
  const p: PreparedFacts = {
    facts, haystack: new Array(n), docs: new Array(n), langs: new Array(n), subjectKey: new Array(n),
    valueNum: new Float64Array(n), valueStr: new Array(n), allDocs: new Map(),
  };
  facts.forEach((f, i) => {
    const srcs = allSources(f);
    const texts = [f.subjectLabel ?? '', f.subject, ...valueSearchTexts(f.value), 'role' in f.value ? f.value.role ?? '' : '', ...srcs.map((s) => s.quote)];
    p.haystack[i] = ' ' + tokenize(texts.join(' \n ')).join(' ') + ' ';
    p.docs[i] = new Set(srcs.map((s) => s.doc));
    p.langs[i] = new Set(srcs.map((s) => s.lang));
    for (const s of srcs) if (!p.allDocs.has(s.doc) || (s.title && !p.allDocs.get(s.doc))) p.allDocs.set(s.doc, s.title);
    p.subjectKey[i] = tokenize(f.subjectLabel ?? f.subject).join(' ');
    const v = f.value;
    if ('amount' in v) { p.valueNum[i] = v.amount; p.valueStr[i] = ''; }
    else if ('start' in v) { p.valueNum[i] = Number(v.start.replace(/-/g, '')) * 1e8 + Number(v.end.replace(/-/g, '')); p.valueStr[i] = ''; }
    else { p.valueNum[i] = 0; p.valueStr[i] = tokenize(v.name).join(' '); }
  });
  return p;
}

/** Indices of the facts that pass the filter, in base order. */
export function filterFacts(p: PreparedFacts, filter: FactFilter): number[] {
  const words = tokenize(filter.text).map((w) => ' ' + w);
  const out: number[] = [];
  for (let i = 0; i < p.facts.length; i++) {
    const f = p.facts[i];
    if (filter.kind && f.kind !== filter.kind) continue;
    if (filter.origin && originOf(f) !== filter.origin) continue;
    if (filter.disputed && f.variants.length === 0) continue;
    if (filter.doc && !p.docs[i].has(filter.doc)) continue;
    if (filter.lang && !p.langs[i].has(filter.lang)) continue;
    if (words.length) {
      const h = p.haystack[i];
      let all = true;
      for (const w of words) if (!h.includes(w)) { all = false; break; }
      if (!all) continue;
    }
    out.push(i);
  }
  return out;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts indices in place (stable: ties keep base order). */
export function sortFacts(p: PreparedFacts, indices: number[], sort: SortSpec): number[] {
  const f = p.facts;
  const sign = sort.dir === 'asc' ? 1 : -1;
  let cmp: (a: number, b: number) => number;
  switch (sort.key) {
    case 'subject': cmp = (a, b) => cmpStr(p.subjectKey[a], p.subjectKey[b]); break;
    case 'kind': cmp = (a, b) => KIND_ORDER[f[a].kind] - KIND_ORDER[f[b].kind]; break;
    case 'sources': cmp = (a, b) => f[a].sources.length - f[b].sources.length; break;
    case 'origin': cmp = (a, b) => cmpStr(originOf(f[a]), originOf(f[b])); break;
    case 'value': cmp = (a, b) => KIND_ORDER[f[a].kind] - KIND_ORDER[f[b].kind] || p.valueNum[a] - p.valueNum[b] || cmpStr(p.valueStr[a], p.valueStr[b]); break;
  }
  return indices.sort((a, b) => sign * cmp(a, b) || a - b);
}

/** One line of the table for a fact (value rendered in the interface language). */
export function valueText(f: Fact, lang: Lang): string {
  return formatValue(f.value, lang);
}
