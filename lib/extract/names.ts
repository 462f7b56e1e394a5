// Names of people and places. People are found next to a role ("State President Lương Cường",
// "Le Quoc Hung, vice-ministre de la Sécurité publique"); places from the gazetteer of the lexicon
// or after a locative ("in Vienna", "tại Hà Nội", "à Hanoi").
import type { Lexicon, RoleEntry } from '../lexicon';
import { fold, type FoldedText } from '../text/fold';
import { isContentWord, kindNounPattern, namesBuilding } from '../subject/frame';
import { isHighSurrogate, isLowSurrogate, isUpperCode, letterOrMarkWidth } from '../text/char-class';
import { candidateStarts, matchesAt } from './anchored-scan';
import { partitionPoint, spanIndexAt } from '../sorted';
import { isVietnameseFamilyName } from '../people';

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

/** A character that can stand inside a word: a letter or mark, or ' ’ - (width 0 when not). */
function wordCharWidth(text: string, i: number): number {
  const k = text.charCodeAt(i);
  return k === 0x27 || k === 0x2019 || k === 0x2d ? 1 : letterOrMarkWidth(text, i);
}

/** Whether the character ending at i (exclusive) can stand inside a word, and its width. */
function wordCharBefore(text: string, i: number): number {
  if (i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2))) return letterOrMarkWidth(text, i - 2);
  return wordCharWidth(text, i - 1);
}

/**
 * Whether a word starts at p when words are read from `from`: a word is a run of word characters
 * that starts at its first letter or mark (a leading ' or - is skipped).
 */
function startsWord(text: string, p: number, from: number): boolean {
  let q = p;
  for (let w; q > from && (w = wordCharBefore(text, q)); ) q -= w;
  while (q < p && !letterOrMarkWidth(text, q)) q++;
  return q === p;
}

/**
 * Runs of capitalised words separated by single spaces (or no-break spaces): the shape of a name.
 * Hand-written: it runs over every page. Words are runs of letters, marks and ' ’ - inside, as the expression [\p{L}\p{M}]['’\-\p{L}\p{M}]*
 * read them; a word is capitalised when its first character changes in lower case. A word starting
 * before `to` is read whole.
 */
export function capitalizedRuns(text: string, from = 0, to = text.length): CapRun[] {
  const runs: CapRun[] = [];
  let cur: Token[] = [];
  /** The end of the last capitalised word, trailing ' and - included. */
  let lastEnd = -1;
  const n = text.length;
  const limit = Math.min(n, to);
  // (the words are not read one by one: most words of a page are lower case, and the capitals are
  // looked for first, code unit by code unit, then confirmed as the start of a word)
  let next = from;
  for (;;) {
    let start = next;
    while (start < limit && !isUpperCode(text.charCodeAt(start))) start++;
    next = start + 1;
    if (start >= limit) break;
    // (a capital outside the BMP is no capital here: the first code unit, alone, does not change)
    let rawEnd = start + 1;
    for (let w; rawEnd < n && (w = wordCharWidth(text, rawEnd)); ) rawEnd += w;
    // (a capital inside a word, "McDonald": the rest of the word has no word start either)
    if (!startsWord(text, start, from)) {
      next = rawEnd;
      continue;
    }
    let end = rawEnd;
    while (end > start + 1) {
      const k = text.charCodeAt(end - 1);
      if (k === 0x27 || k === 0x2019 || k === 0x2d) end--;
      else break;
    }
    const w = text.slice(start, end);
    const token = { start, end, text: w, folded: fold(w) };
    // the run goes on when this word follows the last capitalised one after one space: no other
    // word can stand between them
    const sep = text.charCodeAt(start - 1);
    if (cur.length && lastEnd === start - 1 && (sep === 0x20 || sep === 0xa0)) cur.push(token);
    else {
      if (cur.length) runs.push({ tokens: cur });
      cur = [token];
    }
    lastEnd = rawEnd;
    next = rawEnd;
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

const COMPLEMENT = /^\s+[^,.;:()\n]{1,60},/u;

/** Whether a run of capitalised words can be a person's name: not all acronyms, not a known place. */
function personLike(run: CapRun, lex: Lexicon): boolean {
  if (run.tokens.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) return false;
  const names = run.tokens.map((t) => t.text).join(' ').replace(/['’]s$/u, '');
  return !lex.places.findAll(fold(names)).some((h) => h.start === 0 && h.end >= fold(names).length - 1);
}

/**
 * A name without the titles and ranks written before it ("Senior Lieutenant General Ana Rill",
 * "Professor Ana Rill", "Trung tướng Lê Văn A"): empty when nothing else is left.
 */
export function withoutLeadingTitles(tokens: Token[], lex: Lexicon): Token[] {
  let k = 0;
  while (k < tokens.length) {
    const rest = tokens.slice(k).map((t) => t.folded).join(' ');
    let len = 0;
    for (const h of [...lex.titles.findAll(rest), ...lex.ranks.findAll(rest)]) if (h.start === 0 && (h.end === rest.length || rest[h.end] === ' ') && h.end > len) len = h.end;
    if (!len) break;
    k += rest.slice(0, len).split(' ').length;
  }
  return tokens.slice(k);
}

/** Words joining the words of a name in capitals ("Trade and Industry", "Sécurité et Défense"). */
const NAME_CONNECTORS = new Set(['and', '&', 'of', 'for', 'on', 'the', 'de', 'du', 'des', 'la', "l'", 'et', 'va', 'cua']);
/** What opens a post's complement ("Minister of …", "ministre de la …", "Bộ trưởng của …"). */
const COMPLEMENT_OPENER = /^\s+(?:of|for|de\s+la|de\s+l'|de|du|des|d'|cua)\s*(?=\p{L})/u;

/** The folded offset of an original offset. */
function foldedAt(ft: FoldedText, orig: number): number {
  return partitionPoint(ft.map.length, (i) => ft.map[i] < orig);
}

/**
 * Whether the words tokens[0..k) are written elsewhere in the text as a name of their own — not
 * followed by a word in capitals — while here more capitalised words follow them: then they name
 * what the post is of ("Tổng Thư ký Liên Minh Phương Bắc Ana Rill", where "Liên Minh Phương Bắc"
 * stands alone elsewhere), and the person is the rest.
 */
const aloneCache = new WeakMap<FoldedText, Map<string, boolean>>();
/** How far from the run (characters) its complement is looked for standing alone. */
const ALONE_REACH = 20_000;
function standsAloneElsewhere(text: string, ft: FoldedText, tokens: Token[], k: number): boolean {
  // (as written, marks and capitals included: "Lê" is not "Lễ"; a family name alone says nothing)
  if (k === 1 && isVietnameseFamilyName(tokens[0].folded)) return false;
  const p = text.slice(tokens[0].start, tokens[k - 1].end);
  // (the answer is the text's, not this run's: here more capitalised words follow, so here is
  // never where they stand alone; kept per text, as the same post and name come back)
  let seen = aloneCache.get(ft);
  if (!seen) aloneCache.set(ft, (seen = new Map()));
  const known = seen.get(p);
  if (known !== undefined) return known;
  let alone = false;
  // (looked for in the run's neighbourhood, the article it stands in: a long page costs no more)
  const last = tokens[0].start + ALONE_REACH;
  for (let i = text.indexOf(p, Math.max(0, tokens[0].start - ALONE_REACH)); i >= 0 && i <= last && !alone; i = text.indexOf(p, i + 1)) {
    if (/[\p{L}\p{M}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{M}\p{N}]/u.test(text[i + p.length] ?? '')) continue;
    // (not where a sentence or a paragraph starts: "Le ministre …" is no name)
    if (/(?:^|[.!?:;"“«(\n])[\s\u00a0]*$/u.test(text.slice(Math.max(0, i - 12), i))) continue;
    const next = /^[\s\u00a0]*(\S)/u.exec(text.slice(i + p.length, i + p.length + 8))?.[1] ?? '';
    if (next === next.toLowerCase() || !/\p{L}/u.test(next)) alone = true;
  }
  seen.set(p, alone);
  return alone;
}

/**
 * Where the person's name starts in a run of capitalised words that begins with the post's
 * complement: after the longest leading part written alone elsewhere in the text, or (after a
 * complement opened by "of"/"de", which the run must then hold) at a Vietnamese family name
 * leaving two to four words ("Deputy Minister of Trade and Industry Lê Văn A"). 0: no split.
 */
function nameStartInRun(text: string, ft: FoldedText, tokens: Token[], afterOpener: boolean): number {
  for (let k = tokens.length - 2; k >= 1; k--) if (standsAloneElsewhere(text, ft, tokens, k)) return k;
  if (afterOpener) {
    for (let k = 1; k < tokens.length - 1; k++) if (tokens.length - k <= 4 && isVietnameseFamilyName(tokens[k].folded)) return k;
  }
  return 0;
}

/**
 * After a post and its complement in capitals ("Deputy Minister of Trade and Industry …",
 * "le ministre de la Sécurité publique …"): where the name starts (folded offset), if it can be told.
 */
function afterComplementInCapitals(text: string, ft: FoldedText, end: number): number | undefined {
  const f = ft.text;
  const open = COMPLEMENT_OPENER.exec(f.slice(end, end + 16));
  if (!open) return undefined;
  let at = ft.map[end + open[0].length];
  for (let guard = 0; guard < 6; guard++) {
    const run = capitalizedRuns(text, at, at + 80)[0];
    if (!run || run.tokens[0].start !== at) return undefined;
    const last = run.tokens[run.tokens.length - 1].end;
    const after = text.slice(last, last + 40);
    // the complement goes on after a connector ("Trade and Industry")
    const joined = /^[ \u00a0]+([\p{L}'’&]+)[ \u00a0]+(?=\p{Lu})/u.exec(after);
    if (joined && NAME_CONNECTORS.has(fold(joined[1]))) {
      at = last + joined[0].length;
      continue;
    }
    // the name follows the complement in the same run ("… Industry Lê Văn A")
    const k = nameStartInRun(text, ft, run.tokens, true);
    if (k > 0) return foldedAt(ft, run.tokens[k].start);
    // or after one or two lower-case words that end it ("de la Santé publique Lê Văn A")
    const tail = /^((?:[ \u00a0]+[\p{Ll}][\p{L}\p{M}'’-]*){1,2})[ \u00a0]+(?=\p{Lu})/u.exec(after);
    if (tail && tail[1].trim().split(/\s+/).every((w) => isContentWord(fold(w)) && !NAME_CONNECTORS.has(fold(w)))) return foldedAt(ft, last + tail[0].length);
    return undefined;
  }
  return undefined;
}

/**
 * A post's complement closed by its acronym in parentheses: an opener and an article, if any, then
 * up to 80 characters without punctuation, then "(XYZ)" (folded text: capitals are checked in the
 * original).
 */
const ACRONYM_COMPLEMENT = /^(\s+(?:(?:of|for|de|du|des|cua)\s+|d'\s*)?(?:(?:the|la|le|les)\s+|l'\s*)?)([^,.;:!?()\n"“”«»]{2,80}?)\s*\(\s*([^()\s]{2,12})\s*\)/u;
/** An acronym as written: capitals (and digits, & or -), at least two capitals. */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}][\p{Lu}\p{N}&-]*$/u;

/**
 * After a post and its complement closed by the complement's acronym in parentheses ("Director
 * General of the International Atomic Energy Agency (IAEA) …", "directeur général de l'Agence
 * internationale de l'énergie atomique (AIEA), …", "Tổng giám đốc Cơ quan năng lượng nguyên tử
 * quốc tế (IAEA), ông …"): the folded offset right after the parenthesis, where the name may
 * start. The complement starts with a capital (its first word in en/fr, its first syllable in vi)
 * and its words may be in lower case after it; the parenthesis is what says where it ends.
 */
function afterAcronymComplement(text: string, ft: FoldedText, end: number): number | undefined {
  const m = ACRONYM_COMPLEMENT.exec(ft.text.slice(end, end + 110));
  if (!m) return undefined;
  const first = text.charAt(ft.map[end + m[1].length]);
  if (first === first.toLowerCase()) return undefined;
  if (m[2].trim().split(/\s+/).length > 12) return undefined;
  const acrStart = end + m[0].lastIndexOf(m[3]);
  const acronym = text.slice(ft.map[acrStart], ft.map[acrStart + m[3].length]);
  if (!ACRONYM.test(acronym)) return undefined;
  return end + m[0].length;
}

const ADJECTIVE_AFTER_POST = /(?:ien|ienne|ais|aise|ois|oise|ain|aine|ique|el|elle|al|ale|and|ande|ant|ante|oint|ointe)$/u;

/**
 * Where a name may start after a post (folded offsets, in the order tried): right after it,
 * after one lower-case describing word, after the post's complement closed by a comma.
 */
function leadsAfterRole(text: string, ft: FoldedText, end: number): number[] {
  const f = ft.text;
  // a complement closed by its acronym follows the post: the name comes after the acronym; the
  // words right after the post are a name only when they are the whole complement, all in
  // capitals ("Senator Ana Rill (XYZ) said")
  const acronym = afterAcronymComplement(text, ft, end);
  if (acronym !== undefined) {
    const from = end + (/^\s*/u.exec(f.slice(end, end + 8))?.[0].length ?? 0);
    const open = f.indexOf('(', from);
    const run = capitalizedRuns(text, ft.map[from], ft.map[open])[0];
    const whole = run && run.tokens[0].start === ft.map[from] && /^\s*$/u.test(text.slice(run.tokens[run.tokens.length - 1].end, ft.map[open]));
    return whole ? [acronym, end] : [acronym];
  }
  const out = [end];
  const word = /^\s+[\p{L}][\p{L}-]{2,20}(?=\s+\S)/u.exec(f.slice(end, end + 40));
  if (word) {
    const first = text.charAt(ft.map[end + word[0].search(/\S/)]);
    const next = f.slice(end + word[0].length).search(/\S/);
    const nextChar = text.charAt(ft.map[end + word[0].length + Math.max(0, next)]);
    // (an adjective of nationality or office, as French puts after the post: "vietnamien",
    // "adjointe", "général" — not a verb such as "highlighted")
    const w = word[0].trim();
    if (first !== first.toUpperCase() && nextChar !== nextChar.toLowerCase() && isContentWord(w) && ADJECTIVE_AFTER_POST.test(w)) out.push(end + word[0].length);
  }
  const capitals = afterComplementInCapitals(text, ft, end);
  if (capitals !== undefined) out.push(capitals);
  const complement = COMPLEMENT.exec(f.slice(end, end + 90));
  if (complement) out.push(end + complement[0].length);
  return out;
}

const HONORIFIC = /^(?:\s*\([^)\n]{1,60}\))?\s*,?\s*(?:(?:mr|mrs|ms|m|mme|madame|monsieur|dr|ong|ba)\.?\s+)?/u;

/** The words a role must not follow or precede, as expressions, made once per role. */
const blockerRes = new WeakMap<RoleEntry, { after: RegExp[]; before: RegExp[] }>();
function roleIsBlocked(role: RoleEntry, f: string, s: number, e: number): boolean {
  if (!role.notAfter?.length && !role.notBefore?.length) return false;
  let res = blockerRes.get(role);
  if (!res) {
    res = {
      after: (role.notAfter ?? []).map((w) => new RegExp(`(?:^|[^\\p{L}])${w}[\\s-]*$`, 'u')),
      before: (role.notBefore ?? []).map((w) => new RegExp(`^\\s*${w}(?![\\p{L}])`, 'u')),
    };
    blockerRes.set(role, res);
  }
  const before = f.slice(Math.max(0, s - 15), s);
  const after = f.slice(e, e + 15);
  return res.after.some((re) => re.test(before)) || res.before.some((re) => re.test(after));
}

/**
 * People named next to a role phrase, before or after it; with `only`, next to the roles it
 * accepts (the others are not looked at).
 */
export function findRoleNames(text: string, ft: FoldedText, lex: Lexicon, maxTokens = 5, only?: (role: RoleEntry) => boolean): RoleName[] {
  const f = ft.text;
  const out: RoleName[] = [];
  const hits = lex.roles.findAll(f).filter((h) => !only || only(h.entry));
  if (!hits.length) return out;
  const strongAt = new Set(lex.strongRoles.findAll(f).map((h) => `${h.start}:${h.entry.id}`));
  for (const hit of hits) {
    if (roleIsBlocked(hit.entry, f, hit.start, hit.end)) continue;
    const roleStart = ft.map[hit.start];
    const roleEnd = ft.map[hit.end];
    const beforeWords = f.slice(Math.max(0, hit.start - 12), hit.start).trim().split(/\s+/);
    const former = beforeWords.some((w) => lex.formerWords.has(w.replace(/[^\p{L}-]/gu, '')));
    const strong = lex.strongRoles
      .findAll(f, Math.max(0, hit.start - 30), hit.end + 1)
      .some((h) => h.entry.id === hit.entry.id && h.end >= hit.end - 1 && h.start <= hit.end) || strongAt.has(`${hit.start}:${hit.entry.id}`);
    // after the role: "President Lương Cường", "Tổng giám đốc UNODC, bà Ghada Fathi Waly"
    // The name right after the post, or after one describing word ("le vice-Premier ministre
    // vietnamien Bùi Thanh Son"), or after the post's complement closed by a comma ("the
    // spokesperson of the Ministry of Foreign Affairs, Pham Thu Hang", "Tổng giám đốc IAEA, ông
    // Rafael Mariano Grossi", "le ministre … par intérim, Le Hoai Trung")
    let after: CapRun | undefined;
    let at = roleEnd;
    for (const lead of leadsAfterRole(text, ft, hit.end)) {
      const skip = HONORIFIC.exec(f.slice(lead, lead + 80))?.[0].length ?? 0;
      const pos = ft.map[Math.min(lead + skip, ft.map.length - 1)];
      const run = capitalizedRuns(text, pos, pos + 60)[0];
      // an acronym ("IAEA") or a place ("Việt Nam") after a post is its complement, not a person
      if (run && run.tokens[0].start === pos && !personLike(run, lex)) continue;
      if (run && run.tokens[0].start === pos) {
        // (a complement in capitals right after the post, "Tổng Thư ký Liên Minh Phương Bắc Ana Rill",
        // when its words stand alone elsewhere in the text)
        const k = nameStartInRun(text, ft, run.tokens, false);
        after = k > 0 ? { tokens: run.tokens.slice(k) } : run;
        at = after.tokens[0].start;
        break;
      }
    }
    if (after && after.tokens[0].start === at) {
      const tokens = withoutLeadingTitles(after.tokens.slice(0, maxTokens), lex);
      if (!tokens.length) continue;
      out.push({ role: hit.entry, roleStart, roleEnd, tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end, former, strong });
      continue;
    }
    // before the role, as an apposition: "Le Quoc Hung, vice-ministre de la Sécurité publique"
    const head = text.slice(Math.max(0, roleStart - 60), roleStart);
    const m = /([\p{Lu}][\p{L}\p{M}'’-]*(?: [\p{Lu}][\p{L}\p{M}'’-]*){0,4}),\s*(?:the\s+|la\s+|le\s+|l')?$/u.exec(head);
    if (m) {
      const base = roleStart - head.length + m.index;
      const run = capitalizedRuns(text, base, base + m[1].length)[0];
      if (run && personLike(run, lex)) {
        const tokens = withoutLeadingTitles(run.tokens.slice(-maxTokens), lex);
        if (tokens.length) out.push({ role: hit.entry, roleStart, roleEnd, tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end, former, strong });
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

/** How far (characters) a quoted title may stretch on either side of a place inside it. */
const TITLE_REACH = 200;
const OPENING_QUOTES = '“«„';
const CLOSING_QUOTES = '”»';

/** Whether the quote mark at i opens a quotation (a straight one: after a space, before a word). */
function opensQuote(text: string, i: number): boolean {
  const c = text[i];
  if (OPENING_QUOTES.includes(c)) return true;
  return c === '"' && !/\S/u.test(text[i - 1] ?? ' ') && /\S/u.test(text[i + 1] ?? ' ');
}

/**
 * Whether the span lies inside a quoted title ("Road to Lisbon: Ports of the Future", « La route
 * vers Lisbonne : … », “Đường tới Lisbon: …”): a quotation opened right after a word of the
 * sentence (an event "titled", a seminar, "l'événement", "Tọa đàm"), on one line, that starts
 * with a capital and holds no sentence of its own — not ending in punctuation inside its quote
 * marks, as a quoted utterance does ("We will meet in Lisbon," she said).
 */
export function insideQuotedTitle(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - TITLE_REACH); i--) {
    const c = text[i];
    if (c === '\n') return false;
    if (CLOSING_QUOTES.includes(c)) return false;
    if (OPENING_QUOTES.includes(c) || c === '"') {
      if (!opensQuote(text, i)) return false;
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = end; i < Math.min(text.length, end + TITLE_REACH); i++) {
    const c = text[i];
    if (c === '\n' || OPENING_QUOTES.includes(c)) return false;
    if (CLOSING_QUOTES.includes(c) || (c === '"' && !opensQuote(text, i))) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  const inside = text.slice(open + 1, close).trim();
  if (!/^[\p{Lu}\p{N}]/u.test(inside) || /[.,;!?…]$/u.test(inside) || /[.!?…]\s+\p{Lu}/u.test(inside)) return false;
  // (opened after a word: not at a sentence's start, nor after "said:" or a comma)
  return /[\p{L}\p{M}\p{N}]\s*$/u.test(text.slice(Math.max(0, open - 20), open));
}

/** Whether a kind of instrument stands right before (with "de"/"d'") or right after a place, in one name. */
let kindRes: { before: RegExp; after: RegExp } | undefined;
export function instrumentNameAround(f: string, start: number, end: number): boolean {
  if (!kindRes) {
    const alt = kindNounPattern();
    kindRes = { before: new RegExp(`(?:^|[^\\p{L}])(?:${alt})(?:\\s+(?:de|du|des)|\\s+d')?\\s*$`, 'u'), after: new RegExp(`^\\s+(?:${alt})(?![\\p{L}])`, 'u') };
  }
  return kindRes.before.test(f.slice(Math.max(0, start - 30), start)) || kindRes.after.test(f.slice(end, end + 30));
}

/** Places: gazetteer names anywhere (not inside "Hanoi Convention"), unknown ones after a locative. */
export function findPlaces(text: string, ft: FoldedText, lex: Lexicon): PlaceMention[] {
  const f = ft.text;
  const out: PlaceMention[] = [];
  const prevWord = (fs: number) => /([\p{L}']+)[\s,]*$/u.exec(f.slice(Math.max(0, fs - 20), fs))?.[1] ?? '';
  for (const hit of lex.places.findAll(f)) {
    // (a spelling with its article, "the UAE", written "in the UAE" or "The UAE will": the name is what follows it)
    const article = /^(?:the|la|le|les|l')\s*/u.exec(f.slice(hit.start, hit.end));
    const h = article && article[0].length < hit.end - hit.start ? { ...hit, start: hit.start + article[0].length } : hit;
    const s = ft.map[h.start];
    const c = text.charAt(s);
    if (c === c.toLowerCase()) continue; // a place name is capitalised
    if (lex.placeCompounds.test(f.slice(h.end, h.end + 30))) continue;
    const before = f.slice(Math.max(0, h.start - 25), h.start);
    if (/(?:cong uoc|convention de|convention d'|tuyen bo)\s*["“«]?\s*$/u.test(before)) continue;
    // (nor a place right after or before a kind of instrument, in its name: "Hiệp định Paris",
    // "l'Accord de Paris", "the Paris Agreement")
    if (instrumentNameAround(f, h.start, h.end)) continue;
    // a place inside a quoted title is part of the title, not a venue
    if (insideQuotedTitle(text, s, ft.map[h.end])) continue;
    const pw = prevWord(h.start);
    // ("délégués de Hanoï" says where people came from; "au Centre national des congrès de Hanoï",
    // a building's name, where it stands)
    const inBuilding = lex.originWords.has(pw) && namesBuilding(f.slice(Math.max(0, h.start - 50), h.start).split(/\s+/).slice(-6).join(' '));
    if (lex.originWords.has(pw) && !lex.locatives.has(pw) && !inBuilding) continue;
    // "Vienna, Austria" / "New York (Mỹ)": the second place only says where the first one is
    if (out.length && /^[\s,(]*$/.test(text.slice(out[out.length - 1].end, s))) continue;
    out.push({ kind: 'place', start: s, end: ft.map[h.end], names: h.entry, known: true, locative: lex.locatives.has(pw) || inBuilding });
  }
  const known = out.slice(); // in text order
  // unknown places: "in Da Lat", "tại Cần Giờ" — only right after a locative written as such
  const locWords = new Set(['in', 'at', 'à', 'au', 'aux', 'en', 'dans', 'tại', 'ở']);
  // (tried only at the page's locative words: see anchored-scan.ts)
  const loc = new RegExp(`(?<![\\p{L}])(?:${[...lex.locatives].join('|')})\\s+`, 'uy');
  for (const m of matchesAt(loc, f, candidateStarts(f, lex.locativeWords, false))) {
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
    if (insideQuotedTitle(text, at, end)) continue;
    // "au Palais des Congrès", "tại Trung tâm Hội nghị": a building, not a town
    if (namesBuilding(fold(text.slice(at, at + 40)).split(/\s+/).slice(0, 3).join(' '))) continue;
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
