// Names of people and places. People are found next to a role ("State President Lương Cường",
// "Le Quoc Hung, vice-ministre de la Sécurité publique"); places from the gazetteer of the lexicon
// or after a locative ("in Vienna", "tại Hà Nội", "à Hanoi").
import type { Lexicon, RoleEntry } from '../lexicon';
import { fold, type FoldedText } from '../text/fold';
import { letterOrMarkWidth } from '../text/char-class';
import { candidateStarts, matchesAt } from './anchored-scan';
import { spanIndexAt } from '../sorted';

export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
}

/** Runs of capitalised words separated by single spaces: the shape of a name. */
export interface CapRun {
  tokens: Token[];
}

/** End of a word starting at i (letters, marks, and ' ’ - inside): the expression [\p{L}\p{M}]['’\-\p{L}\p{M}]* by hand. */
function wordEndAt(text: string, i: number, to: number): number {
  while (i < to) {
    const k = text.charCodeAt(i);
    const width = k === 0x27 || k === 0x2019 || k === 0x2d ? 1 : letterOrMarkWidth(text, i);
    if (!width) break;
    i += width;
  }
  return i;
}

/**
 * Runs of capitalised words separated by single spaces (or no-break spaces): the shape of a name.
 * A scan by hand: this runs over every page, and a regular expression per word was a tenth of the
 * check's time.
 */
export function capitalizedRuns(text: string, from = 0, to = text.length): CapRun[] {
  const runs: CapRun[] = [];
  let cur: Token[] = [];
  let lastEnd = -1;
  const n = text.length;
  for (let i = from; i < n && i < to; ) {
    const width = letterOrMarkWidth(text, i);
    if (!width) {
      i++;
      continue;
    }
    const start = i;
    // (a word starting before `to` is read whole, as the regular expression did)
    const rawEnd = wordEndAt(text, i + width, n);
    let end = rawEnd;
    while (end > start + width) {
      const k = text.charCodeAt(end - 1);
      if (k === 0x27 || k === 0x2019 || k === 0x2d) end--;
      else break;
    }
    const c = text.charAt(start);
    const cap = c !== c.toLowerCase();
    const single = start - lastEnd === 1 && (text.charCodeAt(lastEnd) === 0x20 || text.charCodeAt(lastEnd) === 0xa0);
    if (cap) {
      const w = text.slice(start, end);
      const token = { start, end, text: w, folded: fold(w) };
      if (cur.length && lastEnd >= 0 && single) cur.push(token);
      else {
        if (cur.length) runs.push({ tokens: cur });
        cur = [token];
      }
    } else if (cur.length) {
      runs.push({ tokens: cur });
      cur = [];
    }
    lastEnd = rawEnd;
    i = rawEnd;
  }
  if (cur.length) runs.push({ tokens: cur });
  return runs;
}

export interface RoleName {
  role: RoleEntry;
  /** The role phrase (original offsets). */
  roleStart: number;
  roleEnd: number;
  tokens: Token[];
  start: number;
  end: number;
  /** Whether a "former"-type word stands before the role. */
  former: boolean;
  strong: boolean;
}

const HONORIFIC = /^(?:\s*\([^)\n]{1,60}\))?\s*,?\s*(?:(?:mr|mrs|ms|m|mme|madame|monsieur|dr|ong|ba)\.?\s+)?/u;

function roleIsBlocked(role: RoleEntry, f: string, s: number, e: number): boolean {
  const before = f.slice(Math.max(0, s - 15), s);
  const after = f.slice(e, e + 15);
  if (role.notAfter?.some((w) => new RegExp(`(?:^|[^\\p{L}])${w}[\\s-]*$`, 'u').test(before))) return true;
  if (role.notBefore?.some((w) => new RegExp(`^\\s*${w}(?![\\p{L}])`, 'u').test(after))) return true;
  return false;
}

/** People named next to a role phrase, before or after it. */
export function findRoleNames(text: string, ft: FoldedText, lex: Lexicon, maxTokens = 5): RoleName[] {
  const f = ft.text;
  const out: RoleName[] = [];
  const strongAt = new Set(lex.strongRoles.findAll(f).map((h) => `${h.start}:${h.entry.id}`));
  for (const hit of lex.roles.findAll(f)) {
    if (roleIsBlocked(hit.entry, f, hit.start, hit.end)) continue;
    const roleStart = ft.map[hit.start];
    const roleEnd = ft.map[hit.end];
    const beforeWords = f.slice(Math.max(0, hit.start - 12), hit.start).trim().split(/\s+/);
    const former = beforeWords.some((w) => lex.formerWords.has(w.replace(/[^\p{L}-]/gu, '')));
    const strong = lex.strongRoles
      .findAll(f, Math.max(0, hit.start - 30), hit.end + 1)
      .some((h) => h.entry.id === hit.entry.id && h.end >= hit.end - 1 && h.start <= hit.end) || strongAt.has(`${hit.start}:${hit.entry.id}`);
    // after the role: "President Lương Cường", "Tổng giám đốc UNODC, bà Ghada Fathi Waly"
    const skip = HONORIFIC.exec(f.slice(hit.end, hit.end + 80))?.[0].length ?? 0;
    const at = skip ? ft.map[Math.min(hit.end + skip, ft.map.length - 1)] : roleEnd;
    const after = capitalizedRuns(text, at, at + 60)[0];
    if (after && after.tokens[0].start === at) {
      const tokens = after.tokens.slice(0, maxTokens);
      out.push({ role: hit.entry, roleStart, roleEnd, tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end, former, strong });
      continue;
    }
    // before the role, as an apposition: "Le Quoc Hung, vice-ministre de la Sécurité publique"
    const head = text.slice(Math.max(0, roleStart - 60), roleStart);
    const m = /([\p{Lu}][\p{L}\p{M}'’-]*(?: [\p{Lu}][\p{L}\p{M}'’-]*){0,4}),\s*(?:the\s+|la\s+|le\s+|l')?$/u.exec(head);
    if (m) {
      const base = roleStart - head.length + m.index;
      const run = capitalizedRuns(text, base, base + m[1].length)[0];
      if (run) {
        const tokens = run.tokens.slice(-maxTokens);
        out.push({ role: hit.entry, roleStart, roleEnd, tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end, former, strong });
      }
    }
  }
  return out;
}

export interface PlaceMention {
  kind: 'place';
  start: number;
  end: number;
  /** All the spellings of the place (the gazetteer entry), or just the one written. */
  names: string[];
  known: boolean;
  /** A locative stands before it ("in", "tại", "à"). */
  locative: boolean;
}

/** Places: gazetteer names anywhere (not inside "Hanoi Convention"), unknown ones after a locative. */
export function findPlaces(text: string, ft: FoldedText, lex: Lexicon): PlaceMention[] {
  const f = ft.text;
  const out: PlaceMention[] = [];
  const prevWord = (fs: number) => /([\p{L}']+)[\s,]*$/u.exec(f.slice(Math.max(0, fs - 20), fs))?.[1] ?? '';
  for (const h of lex.places.findAll(f)) {
    const s = ft.map[h.start];
    const c = text.charAt(s);
    if (c === c.toLowerCase()) continue; // a place name is capitalised
    if (lex.placeCompounds.test(f.slice(h.end, h.end + 30))) continue;
    const before = f.slice(Math.max(0, h.start - 25), h.start);
    if (/(?:cong uoc|convention de|convention d'|road to|duong toi|route vers|tuyen bo)\s*["“«]?\s*$/u.test(before)) continue;
    const pw = prevWord(h.start);
    if (lex.originWords.has(pw) && !lex.locatives.has(pw)) continue;
    // "Vienna, Austria" / "New York (Mỹ)": the second place only says where the first one is
    if (out.length && /^[\s,(]*$/.test(text.slice(out[out.length - 1].end, s))) continue;
    out.push({ kind: 'place', start: s, end: ft.map[h.end], names: h.entry, known: true, locative: lex.locatives.has(pw) });
  }
  const known = out.slice(); // in text order
  // unknown places: "in Da Lat", "tại Cần Giờ" — only right after a locative written as such
  const locWords = new Set(['in', 'at', 'à', 'au', 'aux', 'en', 'dans', 'tại', 'ở']);
  // (tried only at the page's locative words: see anchored-scan.ts)
  const loc = new RegExp(`(?<![\\p{L}])(?:${[...lex.locatives].join('|')})\\s+`, 'uy');
  for (const m of matchesAt(loc, f, candidateStarts(f, lex.locativeWords))) {
    const at = ft.map[m.index + m[0].length];
    const c = text.charAt(at);
    if (c === c.toLowerCase()) continue;
    const locWord = text.slice(ft.map[m.index], at).trim().normalize('NFC').toLowerCase();
    if (!locWords.has(locWord)) continue;
    if (coveredBy(known, at)) continue;
    const run = capitalizedRuns(text, at, at + 40)[0];
    if (!run || run.tokens[0].start !== at) continue;
    const tokens = run.tokens.slice(0, 3);
    const word = tokens[0].folded;
    if (lex.months.has(word) || lex.weekdays.findAll(word).length) continue;
    if (tokens.length === 1 && tokens[0].text.length < 3) continue;
    const end = tokens[tokens.length - 1].end;
    if (/^\s*(?:convention|declaration|cong uoc)/u.test(fold(text.slice(end, end + 20)))) continue;
    out.push({ kind: 'place', start: at, end, names: [text.slice(at, end)], known: false, locative: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a position falls inside one of the spans (sorted by start, not overlapping). */
function coveredBy(spans: { start: number; end: number }[], pos: number): boolean {
  return spanIndexAt(spans, pos) >= 0;
}

export function samePlace(a: string[], b: string[]): boolean {
  const fa = new Set(a.map(fold));
  return b.some((n) => fa.has(fold(n)));
}
