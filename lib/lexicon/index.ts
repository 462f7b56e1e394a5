// The lexicon: vocabulary the extractors and the subject finder need, compiled once into regular
// expressions over folded text. The data lives in lexicon.json (editable; no fact values in it).
import data from './lexicon.json';
import { fold } from '../text/fold';
import type { Lang } from '../model';

export type Labels = Partial<Record<Lang, string>>;

export interface SubjectEntry {
  id: string;
  label: Labels;
  /** What the subject can carry: "date", "place" or "figure:<unit>". */
  accepts: string[];
  /** An event (dates and places belong to it; "the event" can refer back to it). */
  event?: boolean;
  /** Only an explicit trigger in the same sentence ties a value to it. */
  explicitOnly?: boolean;
  /** The only subject that owns its figure units (chapters, articles): the unit alone names it. */
  unitOwner?: boolean;
  /** Words that must stand right before a figure for this subject ("first … in more than 20 years"). */
  valueCue?: string[];
  triggers: string[];
}

export interface RoleEntry {
  id: string;
  label: Labels;
  unique?: boolean;
  triggers: string[];
  /** Phrases specific enough that a different person named with them is a conflict. */
  strong?: string[];
  notAfter?: string[];
  notBefore?: string[];
}

export interface UnitEntry {
  id: string;
  label: Labels;
  words: string[];
}

export interface RawLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  sameDay: string[];
  deadlineWords: string[];
  numberWords: Record<string, number>;
  decadeWords: string[];
  qualifiers: Record<string, string[]>;
  units: UnitEntry[];
  places: string[][];
  placeCompounds: string[];
  locatives: string[];
  originWords: string[];
  titles: string[];
  formerWords: string[];
  anaphora: string[];
  blockers: string[];
  subjects: SubjectEntry[];
  roles: RoleEntry[];
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex matching any of the phrases (folded) as whole words, longest first. */
export function phraseRegex(phrases: string[], flags = 'gu'): RegExp {
  const alts = [...new Set(phrases.map((p) => fold(p)))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s+'));
  return new RegExp(`${B}(?:${alts.join('|')})${E}`, flags);
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  entry: T;
  phrase: string;
}

/** Word tokens of folded text: runs of letters/digits, or one punctuation character. */
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
let lastText = '';
let lastTokens: { s: Int32Array; e: Int32Array; w: string[] } | undefined;
const shortCache = new Map<string, { s: Int32Array; e: Int32Array; w: string[] }>();
function tokenize(text: string) {
  // a page is looked up many times in a row: its tokens are kept; short strings (a word, a
  // qualifier) recur across pages and are kept in a small table
  if (text === lastText && lastTokens) return lastTokens;
  const keep = text.length > 2048;
  if (!keep) {
    const hit = shortCache.get(text);
    if (hit) return hit;
  }
  const s: number[] = [];
  const e: number[] = [];
  const w: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(text)); ) {
    s.push(m.index);
    e.push(m.index + m[0].length);
    w.push(m[0]);
  }
  const tokens = { s: Int32Array.from(s), e: Int32Array.from(e), w };
  if (keep) {
    lastText = text;
    lastTokens = tokens;
  } else if (text.length < 13) {
    // (V8 copies substrings shorter than 13 characters; a longer key could be a slice that keeps
    // a whole page alive)
    if (shortCache.size > 2000) shortCache.clear();
    shortCache.set(text, tokens);
  }
  return tokens;
}
const keyOf = (phrase: string) => (fold(phrase).match(TOKEN) ?? []).join(' ');

/**
 * A set of phrases, each pointing at an entry, found in folded text as whole words. Lookup walks
 * the text's words and tries the phrase lengths in a hash map, longest first: linear in the text
 * and independent of the number of phrases (a regular expression of 10,000 alternatives is not).
 */
export class PhraseSet<T> {
  private readonly byKey = new Map<string, T>();
  private readonly lengths: number[];
  private readonly firstWords = new Set<string>();
  private compiled?: RegExp;
  constructor(pairs: [string, T][]) {
    const lens = new Set<number>();
    for (const [p, e] of pairs) {
      const k = keyOf(p);
      if (!k || this.byKey.has(k)) continue;
      this.byKey.set(k, e);
      const words = k.split(' ');
      lens.add(words.length);
      this.firstWords.add(words[0]);
    }
    this.lengths = [...lens].sort((a, b) => b - a);
  }
  /** The phrases as one regular expression (for composing small patterns, like figures). */
  get re(): RegExp {
    this.compiled ??= phraseRegex([...this.byKey.keys()].map((k) => k.replace(/ ([^\p{L}\p{N}]) /gu, '$1').replace(/ ([^\p{L}\p{N}])$/u, '$1')));
    return this.compiled;
  }
  findAll(folded: string, from = 0, to = folded.length): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    const { s, e, w } = tokenize(folded);
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < s.length && s[i] < to; i++) {
      if (!this.firstWords.has(w[i])) continue;
      for (const n of this.lengths) {
        if (i + n > s.length) continue;
        let key = w[i];
        for (let k = 1; k < n; k++) key += ' ' + w[i + k];
        const entry = this.byKey.get(key);
        if (entry === undefined) continue;
        out.push({ start: s[i], end: e[i + n - 1], entry, phrase: key });
        i += n - 1;
        break;
      }
    }
    return out;
  }
}

export interface Lexicon {
  raw: RawLexicon;
  monthRe: string;
  months: Map<string, number>;
  weekdays: PhraseSet<number>;
  sameDay: RegExp;
  deadline: RegExp;
  numberWords: Map<string, number>;
  numberWordRe: string;
  decadeWords: Set<string>;
  qualifiers: PhraseSet<string>;
  units: PhraseSet<UnitEntry>;
  unitById: Map<string, UnitEntry>;
  places: PhraseSet<string[]>;
  placeCompounds: RegExp;
  locatives: Set<string>;
  originWords: Set<string>;
  titles: RegExp;
  formerWords: Set<string>;
  anaphora: RegExp;
  blockers: RegExp;
  subjects: PhraseSet<SubjectEntry>;
  subjectById: Map<string, SubjectEntry>;
  roles: PhraseSet<RoleEntry>;
  strongRoles: PhraseSet<RoleEntry>;
  roleById: Map<string, RoleEntry>;
}

export function compileLexicon(raw: RawLexicon): Lexicon {
  const monthNames = Object.keys(raw.months).sort((a, b) => b.length - a.length);
  const numberNames = Object.keys(raw.numberWords).map(fold).sort((a, b) => b.length - a.length);
  return {
    raw,
    monthRe: `(?:${monthNames.map(escapeRe).join('|')})`,
    months: new Map(Object.entries(raw.months)),
    weekdays: new PhraseSet(Object.entries(raw.weekdays)),
    sameDay: phraseRegex(raw.sameDay),
    deadline: new RegExp(`${B}(?:${raw.deadlineWords.map((w) => escapeRe(fold(w))).join('|')})\\s*$`, 'u'),
    numberWords: new Map(Object.entries(raw.numberWords).map(([k, v]) => [fold(k), v])),
    numberWordRe: `(?:${numberNames.map((n) => escapeRe(n).replace(/ /g, '\\s+')).join('|')})`,
    decadeWords: new Set(raw.decadeWords.map(fold)),
    qualifiers: new PhraseSet(Object.entries(raw.qualifiers).flatMap(([q, ws]) => ws.map((w) => [w, q] as [string, string]))),
    units: new PhraseSet(raw.units.flatMap((u) => u.words.map((w) => [w, u] as [string, UnitEntry]))),
    unitById: new Map(raw.units.map((u) => [u.id, u])),
    places: new PhraseSet(raw.places.flatMap((names) => names.map((n) => [n, names] as [string, string[]]))),
    placeCompounds: new RegExp(`^\\s*(?:${raw.placeCompounds.map((w) => escapeRe(fold(w))).join('|')})${E}`, 'u'),
    locatives: new Set(raw.locatives.map(fold)),
    originWords: new Set(raw.originWords.map(fold)),
    titles: new RegExp(`${B}(?:${raw.titles.map((t) => escapeRe(fold(t))).join('|')})\\.?\\s*$`, 'u'),
    formerWords: new Set(raw.formerWords.map(fold)),
    anaphora: phraseRegex(raw.anaphora),
    blockers: phraseRegex(raw.blockers),
    subjects: new PhraseSet(raw.subjects.flatMap((s) => s.triggers.map((t) => [t, s] as [string, SubjectEntry]))),
    subjectById: new Map(raw.subjects.map((s) => [s.id, s])),
    roles: new PhraseSet(raw.roles.flatMap((r) => r.triggers.map((t) => [t, r] as [string, RoleEntry]))),
    strongRoles: new PhraseSet(raw.roles.flatMap((r) => (r.strong ?? []).map((t) => [t, r] as [string, RoleEntry]))),
    roleById: new Map(raw.roles.map((r) => [r.id, r])),
  };
}

let cached: Lexicon | undefined;
/** The lexicon shipped with Factlens. */
export function defaultLexicon(): Lexicon {
  cached ??= compileLexicon(data as unknown as RawLexicon);
  return cached;
}

export function labelOf(labels: Labels, lang: Lang = 'en'): string {
  return labels[lang] ?? labels.en ?? Object.values(labels)[0] ?? '';
}
