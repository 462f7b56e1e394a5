// What a value is about, read from the words around it: the frame of a value is the set of cues
// its sentence gives (content words, pairs of them, and the general event concepts of
// vocabulary.json such as "@sign" or "@arrive"), each weighted by how close it stands to the
// value, together with the event concept nearest the value (the one that governs it) and any word
// that puts a date before, after, until or "as of" something rather than on it.
//
// The same function reads a page's sentence (the checker), a document's sentence (the fact
// builder) and a fact's label and quotes (its signature): one mechanism for every fact, whoever
// wrote it. It knows no subject of any story; the subjects come from the facts.
import vocabulary from './vocabulary.json';
import { fold } from '../text/fold';
import { VIETNAMESE_LETTER } from '../text/char-class';
import { defaultLexicon, escapeRe } from '../lexicon';

export type TemporalRole = 'before' | 'after' | 'until' | 'as-of';

export interface Frame {
  /** cue → weight in (0, 1]. Words are folded and lightly stemmed; concepts start with "@". */
  cues: Map<string, number>;
  /** The event concept nearest the value ("@arrive"), when the sentence names one. */
  governing?: string;
  /** Word distance from the value to its governing concept. */
  governingDistance?: number;
  /** The governing phrase (offsets in the text the frame was read from). */
  governingSpan?: { start: number; end: number };
  /** The governing concept and those of the event words compounded or coordinated with it
   *  ("signing ceremony", "the Signing Ceremony and High-Level Conference"). */
  governingSet?: string[];
  /** A word putting the value before, after, until or as of something. */
  temporal?: TemporalRole;
  /** The concept that governed before it passed the value to its object ("@attend"). */
  governingVerb?: string;
  /** The governing event is the subject of a verb that only links it to the value ("the ceremony … will take place in X"). */
  linked?: boolean;
  /** The governing event stands after the value beyond a comma ("… với Đà Nẵng, là sự kiện …"): another clause's. */
  afterComma?: boolean;
  /** The governing event was taken only because the value opens its sentence (a weaker tie). */
  fromOpening?: boolean;
  /** Events joined by "and" share the value ("visit … and attend the ceremony, on 24 October"). */
  coordinated?: boolean;
  /** The governing event is a generic one named by a quoted title right after it ("an event titled
   *  "Road to X: the signing ceremony …""): the title says what it is about, not that it is that. */
  titled?: boolean;
  /** With "the first … in N years": the kind of event that is the first ("the first visit"), if one is named. */
  firstOf?: string;
  /** The edition of the governing event, when an ordinal names it ("15th", "lần thứ 15", "first"). */
  ordinal?: number;
  /** The ordinal stands beside the governing event itself ("the 14th Congress"), not only near the value. */
  editionOfGoverning?: boolean;
}

const ORDINAL_WORDS = new Map<string, number>([
  ['first', 1], ['premier', 1], ['premiere', 1], ['inaugural', 1], ['second', 2], ['deuxieme', 2], ['seconde', 2], ['third', 3], ['troisieme', 3],
  ['fourth', 4], ['quatrieme', 4], ['fifth', 5], ['cinquieme', 5], ['sixth', 6], ['sixieme', 6], ['seventh', 7], ['septieme', 7],
  ['eighth', 8], ['huitieme', 8], ['ninth', 9], ['neuvieme', 9], ['tenth', 10], ['dixieme', 10],
]);
/**
 * The ordinal nearest the value within twenty words ("the 15th Congress", "kỳ họp thứ 34", "đầu
 * tiên"); `ordinals` are the sentence's, in word order (readWords), `count` its number of words.
 */
function ordinalNear(ordinals: { k: number; n: number }[], count: number, vi: number, ve: number, reach = 20, at?: ArrayLike<number>): number | undefined {
  let best: { n: number; d: number } | undefined;
  // (positions: with `at`, a name in capitals counts as one word — "the 80th session of the
  // United Nations General Assembly" names the Assembly's edition)
  const p = (k: number) => (at ? at[k] : k);
  for (const { k, n } of ordinals) {
    if (k < 0 || k >= count || (k >= vi && k <= ve)) continue;
    const d = k < vi ? p(vi) - p(k) : p(k) - p(ve);
    if (d > reach) continue;
    if (!best || d < best.d) best = { n, d };
  }
  return best?.n;
}

export interface Word {
  start: number;
  end: number;
  /** Folded. */
  w: string;
}

interface Phrase {
  words: string[];
  kind: 'event' | 'link' | 'temporal' | 'composition' | 'kind' | 'venue' | 'none' | 'building';
  value: string;
}

const STOP = new Set<string>(vocabulary.stopwords);
/** Elided articles and pronouns are cut off their word ("l'Assemblée" → "l'" + "assemblee"). */
const ELISION = /^(l|d|qu|s|n|j|m|c|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

/** The words of a text, folded, with elisions cut off as words of their own. */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const f = fold(m[0]);
    const el = ELISION.exec(f);
    if (el) {
      out.push({ start: m.index, end: m.index + el[0].length, w: el[0] });
      out.push({ start: m.index + el[0].length, end: m.index + m[0].length, w: f.slice(el[0].length) });
    } else out.push({ start: m.index, end: m.index + m[0].length, w: f });
  }
  return out;
}

/** Whether a name's words (folded) hold a noun naming a building ("National Convention Centre", "Trung tâm Hội nghị Quốc gia"). */
export function namesBuilding(folded: string): boolean {
  const words = ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return vocabulary.buildings.some((b) => words.includes(` ${b} `));
}

/** Phrases of the vocabulary by first word, longest first. */
let phraseIndex: Map<string, Phrase[]> | undefined;
function phrases(): Map<string, Phrase[]> {
  if (phraseIndex) return phraseIndex;
  const idx = new Map<string, Phrase[]>();
  const add = (text: string, kind: Phrase['kind'], value: string) => {
    const words = wordsIn(text).map((w) => w.w);
    // a one-word phrase that is a function word in one of the languages is too ambiguous
    if (!words.length || (words.length === 1 && STOP.has(words[0]))) return;
    const list = idx.get(words[0]) ?? [];
    list.push({ words, kind, value });
    idx.set(words[0], list);
  };
  for (const [concept, list] of Object.entries(vocabulary.events)) for (const p of list) add(p, 'event', `@${concept}`);
  for (const p of vocabulary.links) add(p, 'link', '');
  for (const p of vocabulary.composition) add(p, 'composition', '');
  for (const p of vocabulary.venue) add(p, 'venue', '');
  // (read first and longer, they keep "được kỳ vọng" from reading as "được ký")
  for (const p of vocabulary.notEvents) add(p, 'none', '');
  for (const p of vocabulary.buildings) add(p, 'building', '');
  for (const [concept, nouns] of Object.entries(vocabulary.kinds)) for (const list of Object.values(nouns)) for (const p of list) add(p, 'kind', `@${concept}`);
  for (const [role, list] of Object.entries(vocabulary.temporal)) for (const p of list) add(p, 'temporal', role);
  for (const list of idx.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (phraseIndex = idx);
}

/**
 * A kind noun's translations, as cues ("charter" → "charter", "charte", "hien chuong"): the same
 * noun in each language, not only the same kind of thing (a charter is not a treaty).
 */
let kindNouns: Map<string, string[]> | undefined;
export function translationsOf(cue: string): string[] | undefined {
  if (!kindNouns) {
    kindNouns = new Map();
    for (const nouns of Object.values(vocabulary.kinds)) for (const list of Object.values(nouns)) {
      const cues = [...new Set(list.map((p) => wordsIn(p).map((w) => stem(w.w)).join(' ')))];
      for (const c of cues) kindNouns.set(c, cues);
    }
  }
  return kindNouns.get(cue);
}

/** Every kind noun of the vocabulary as one alternation for a regular expression over folded text, longest first ("hiep dinh|convention|…"). */
let kindNounAlt: string | undefined;
export function kindNounPattern(): string {
  return (kindNounAlt ??= Object.values(vocabulary.kinds).flatMap((nouns) => Object.values(nouns).flat()).sort((a, b) => b.length - a.length).map(escapeRe).join('|'));
}

/** Concepts that report speech or presence: cues, but they do not govern a value's subject. */
const NOT_GOVERNING = new Set(['@speech', '@report', '@cooperate']);

/** Verbs of going somewhere: a place after them is where someone went, not where an event was held. */
export const MOVEMENT = new Set(['@attend', '@visit', '@arrive', '@depart']);

/**
 * The places named in a value's sentence, as cues of their canonical name (the same in every
 * language: "Genève" and "Geneva" are one cue), weighted like words by their distance.
 */
export function addPlaceCues(frame: Frame, value: { start: number; end: number }, places: { start: number; end: number; names: string[] }[], sentence: { start: number; end: number }): void {
  for (const p of places) {
    if (p.start < sentence.start || p.end > sentence.end || (p.start < value.end && value.start < p.end)) continue;
    const gap = p.end <= value.start ? value.start - p.end : p.start - value.end;
    const w = 1 / (1 + gap / 40);
    const key = `=${fold(p.names[0])}`;
    if (w > (frame.cues.get(key) ?? 0)) frame.cues.set(key, w);
  }
}

/** Whether a (stemmed) word is itself one of the vocabulary's event words ("session", "ceremony"). */
const eventWordCache = new Map<string, boolean>();
export function isEventWord(w: string): boolean {
  let v = eventWordCache.get(w);
  if (v === undefined) {
    const idx = phrases();
    v = [w, `${w}s`].some((x) => (idx.get(x) ?? []).some((p) => p.kind === 'event' && p.words.length === 1));
    if (eventWordCache.size > 5000) eventWordCache.clear();
    eventWordCache.set(w, v);
  }
  return v;
}

/** Whether a word is part of one of the vocabulary's event phrases ("chuyến thăm", "open for signature"). */
let eventParts: Set<string> | undefined;
export function isEventPart(w: string): boolean {
  if (!eventParts) {
    eventParts = new Set();
    for (const list of Object.values(vocabulary.events)) for (const p of list) for (const x of wordsIn(p)) if (!STOP.has(x.w)) eventParts.add(stem(x.w));
  }
  return eventParts.has(w);
}

/** A light stem, the same for every language: plural -s and -es dropped from longer words. */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function isNumberLike(w: string): boolean {
  return /\d/.test(w);
}

/**
 * Whether one of a cue's space-separated words ("signing ceremony": "signing", "ceremony") is in
 * `words`: cue.split(' ').some((w) => words.has(w)), without the array.
 */
export function anyWordIn(cue: string, words: Set<string>): boolean {
  for (let from = 0; ; ) {
    const sp = cue.indexOf(' ', from);
    if (words.has(sp < 0 ? cue.slice(from) : cue.slice(from, sp))) return true;
    if (sp < 0) return false;
    from = sp + 1;
  }
}

/** Words that say nothing of a subject: function words, numbers, months, weekdays, number words. */
export function isContentWord(w: string): boolean {
  if (w.length < 2 || STOP.has(w) || isNumberLike(w) || w.endsWith("'")) return false;
  const lex = defaultLexicon();
  return !lex.months.has(w) && !lex.numberWords.has(w);
}

/** Sets a cue's weight to `w` unless it has a greater one. */
function putMax(cues: Map<string, number>, key: string, w: number): void {
  if (w > (cues.get(key) ?? 0)) cues.set(key, w);
}


/** Whether a code unit, alone, is \p{Lu} (a lone surrogate is not): 0 not asked yet, 1 no, 2 yes. */
const upperTable = new Uint8Array(0x10000);
function isUpperLetterCode(code: number): boolean {
  let v = upperTable[code];
  if (v === 0) upperTable[code] = v = /^\p{Lu}/u.test(String.fromCharCode(code)) ? 2 : 1;
  return v === 2;
}

interface Found {
  i: number;
  j: number; // exclusive
  p: Phrase;
}

/** The vocabulary's phrases among the words, longest match first, not overlapping. */
export function phrasesIn(words: Word[]): Found[] {
  const idx = phrases();
  const out: Found[] = [];
  for (let i = 0; i < words.length; ) {
    const cands = idx.get(words[i].w);
    let hit: Found | undefined;
    if (cands) {
      for (const p of cands) {
        if (i + p.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) ok = words[i + k].w === p.words[k];
        if (ok) {
          hit = { i, j: i + p.words.length, p };
          break;
        }
      }
    }
    if (hit) {
      out.push(hit);
      i = hit.j;
    } else i++;
  }
  return out;
}

export interface FrameInput {
  text: string;
  /** The value's span in `text`; a negative start reads the whole text at full weight (a label). */
  start: number;
  end: number;
  /** Spans of the other values in the text (their words are not cues); one of the same kind as
   *  ours (`rival`) claims the cues beyond it more than ours does. */
  others?: { start: number; end: number; rival?: boolean }[];
  /** Only this part of the text is read (the value's sentence). */
  from?: number;
  to?: number;
}

const DECAY = 4;
/** What an event beyond "before"/"after" adds to its distance: it governs only when no other event does. */
const BEYOND_TEMPORAL = 40;

/** The insides of quotations between `from` and `to` (titles, slogans, themes). */
function quotedSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  // (read in the sentence alone: searching on from `from` would read the rest of a long page)
  const part = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  for (const m of part.matchAll(/(["“«„])([^"”»\n]{3,200})(["”»])/gu)) out.push({ start: from + m.index + 1, end: from + m.index + m[0].length - 1 });
  return out;
}

/** Parentheses' insides (an acronym, a country, a credit): no distance. */
function parenSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const part = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  for (const m of part.matchAll(/\(([^()\n]{1,80})\)/gu)) out.push({ start: from + m.index + 1, end: from + m.index + m[0].length - 1 });
  return out;
}

/** Small words inside names written in capitals ("Commission on Crime Prevention and Criminal Justice"). */
const CONNECTORS_IN_NAMES = new Set(['of', 'on', 'and', 'for', 'the', 'against', 'de', 'du', 'des', 'la', 'le', "l'", "d'", 'et', 'contre', 'pour', 'sur', 've', 'va', 'cua']);

/** Concepts that report taking part: the value they govern is their object's ("attended the session on 19 May"). */
const PASS_TO_OBJECT = new Set(['@attend']);
/** Arriving and leaving: the main act of a sentence that goes on to say what for. */
const JOURNEY = new Set(['@arrive', '@depart']);
/** A generic event noun ("the event", "sự kiện"): a more specific one beside it governs instead. */
const GENERIC_EVENT = '@event';

/**
 * What a sentence says of each of its words whatever value is read in it: computed once per
 * sentence, shared by the frames of all its values.
 */
interface ReadSentence {
  words: Word[];
  found: Found[];
  /** Per word: QUOTED, SKIP, CONTENT. */
  flags: Uint8Array;
  /** The stem of each word. */
  stems: string[];
  /** "stem(k - 1) stem(k)", made when first asked for. */
  pairs: (string | undefined)[];
  /** The editions ordinals name ("15th", "thứ 34"), by word k, in word order. */
  ordinals: { k: number; n: number }[];
  /** Event nouns' complements (word indices, `to` exclusive): complementsOf. */
  complements: { from: number; to: number }[];
}

/** The word lies inside a quotation. */
const QUOTED = 1;
/** The word counts no distance: quoted, in parentheses, or inside a name in capitals. */
const SKIP = 2;
/** A content word (isContentWord). */
const CONTENT = 4;

/**
 * Scratch arrays of the sentence being read and the frame being made, grown as needed: small
 * typed arrays made afresh for every value cost more than the work done in them. (frameOf and
 * readWords call nothing that reads a frame, so one set serves.)
 */
const scratch = { size: 0, capital: new Uint8Array(0), other: new Uint8Array(0), beyond: new Uint8Array(0), building: new Uint8Array(0), inBuilding: new Uint8Array(0), pos: new Int32Array(0), weights: new Float64Array(0), distances: new Int32Array(0) };
function scratchFor(n: number): typeof scratch {
  if (n > scratch.size) {
    const size = Math.max(n, scratch.size * 2, 64);
    Object.assign(scratch, { size, capital: new Uint8Array(size), other: new Uint8Array(size), beyond: new Uint8Array(size), building: new Uint8Array(size), inBuilding: new Uint8Array(size), pos: new Int32Array(size), weights: new Float64Array(size), distances: new Int32Array(size) });
  }
  return scratch;
}

const ORDINAL_SUFFIXED = /^(\d{1,3})(?:st|nd|rd|th|e|eme|er|ere)$/;
const ORDINAL_DIGITS = /^\d{1,3}$/;

/** What a sentence reading needs of a word alone, remembered per word (pages repeat their words). */
interface WordInfo {
  content: boolean;
  stem: string;
  /** The edition the word names by itself ("15th", "first"), -1 if none. */
  ordinal: number;
  /** "dau" names the first with "tien" after it; "thu" and "khoa" an edition with a number after them. */
  before?: 'tien' | 'number';
}
const wordInfos = new Map<string, WordInfo>();
function wordInfo(w: string): WordInfo {
  let info = wordInfos.get(w);
  if (!info) {
    const c0 = w.charCodeAt(0);
    const m = c0 >= 0x30 && c0 <= 0x39 ? ORDINAL_SUFFIXED.exec(w) : null;
    info = {
      content: isContentWord(w),
      stem: stem(w),
      ordinal: m ? Number(m[1]) : (ORDINAL_WORDS.get(w) ?? -1),
      ...(w === 'dau' ? { before: 'tien' as const } : w === 'thu' || w === 'khoa' ? { before: 'number' as const } : {}),
    };
    if (wordInfos.size >= 20000) wordInfos.clear();
    wordInfos.set(w, info);
  }
  return info;
}

const insideAny = (spans: { start: number; end: number }[], w: Word) => {
  for (const q of spans) if (w.start >= q.start && w.end <= q.end) return true;
  return false;
};

function readWords(text: string, from: number, to: number): ReadSentence {
  const words = wordsIn(text, from, to);
  const n = words.length;
  const quoted = quotedSpans(text, from, to);
  const paren = parenSpans(text, from, to);
  const flags = new Uint8Array(n);
  const capitalAt = scratchFor(n).capital;
  const ordinals: { k: number; n: number }[] = [];
  const stems: string[] = new Array(n);
  const infos: WordInfo[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const w = words[k];
    capitalAt[k] = 0;
    if (quoted.length && insideAny(quoted, w)) flags[k] |= QUOTED | SKIP;
    else if (paren.length && insideAny(paren, w)) flags[k] |= SKIP;
    // (the first code unit alone, as /^\p{Lu}/u reads text.slice(start, start + 1))
    if (isUpperLetterCode(text.charCodeAt(w.start))) capitalAt[k] = 1;
    const info = (infos[k] = wordInfo(w.w));
    if (info.content) flags[k] |= CONTENT;
    stems[k] = info.stem;
  }
  // (a name written in capitals counts as one word: see frameOf)
  const capital = (k: number) => k >= 0 && k < n && capitalAt[k] === 1;
  for (let k = 0; k < n; k++) {
    // (the capitals first: most words stand beside none)
    const nameGoesOn = capital(k) && (capital(k + 1) || (capital(k + 2) && CONNECTORS_IN_NAMES.has(words[k + 1].w)));
    const connectorInName = capital(k - 1) && capital(k + 1) && CONNECTORS_IN_NAMES.has(words[k].w);
    if (nameGoesOn || connectorInName) flags[k] |= SKIP;
    const info = infos[k];
    let o = info.ordinal;
    if (o < 0 && info.before === 'tien' && words[k + 1]?.w === 'tien') o = 1;
    else if (o < 0 && info.before === 'number' && ORDINAL_DIGITS.test(words[k + 1]?.w ?? '')) o = Number(words[k + 1].w);
    if (o >= 0) ordinals.push({ k, n: o });
  }
  const found = phrasesIn(words);
  return { words, found, flags, stems, pairs: new Array(n), ordinals, complements: complementsOf(text, words, found) };
}

/**
 * The last word of an event's complement, through the events it names ("cérémonie de signature
 * de la Convention …": the ceremony's complement is the signing, whose complement is the
 * Convention …); the event's own last word when it has none.
 */
function complementEnd(read: ReadSentence, f: Found): number {
  let end = f.j - 1;
  for (let guard = 0; guard < 4; guard++) {
    const c = read.complements.find((x) => x.from === end + 1 || x.from === end + 2);
    if (c) {
      end = c.to - 1;
      continue;
    }
    const next = COMPLEMENT_OPENERS.has(read.words[end + 1]?.w ?? '') ? read.found.find((x) => x.i === end + 2 && x.p.kind === 'event') : undefined;
    if (!next) break;
    end = next.j - 1;
  }
  return end;
}

/**
 * The editions a passage names, by event concept: each ordinal beside an event phrase ("the 56th
 * session", "kỳ họp thứ 34", "la 56e session") — what check.ts reads of a page's editions.
 */
export function editionsIn(text: string, from: number, to: number): Map<string, Set<number>> {
  const read = readSentence(text, from, to);
  const out = new Map<string, Set<number>>();
  if (!read.ordinals.length) return out;
  for (const f of read.found) {
    if (f.p.kind !== 'event') continue;
    const o = ordinalNear(read.ordinals, read.words.length, f.i, f.j - 1, 3);
    if (o === undefined || o < 2) continue;
    let set = out.get(f.p.value);
    if (!set) out.set(f.p.value, (set = new Set()));
    set.add(o);
  }
  return out;
}

/** The cue of a length of years after "the first … in" (subject/signature.ts reads it). */
export const FIRST_IN_CUE = '@first-in';
/** Words for a length of years, and the prepositions that put one after "the first … in". */
const YEAR_WORDS = new Set(['year', 'years', 'decade', 'decades', 'an', 'ans', 'annee', 'annees', 'decennie', 'decennies', 'nam', 'thap']);
const SINCE_WORDS = new Set(['in', 'within', 'since', 'depuis', 'en']);
/**
 * Whether the value is a length of years right after "in", "since", "depuis" (or between "trong"
 * and "qua", "in the past"), with "first" a few words before, in its clause.
 */
function sinceTheLast(words: Word[], ordinals: { k: number; n: number }[], vi: number, ve: number, text: string): number {
  if (vi < 1 || !words.slice(vi, ve + 1).some((w) => YEAR_WORDS.has(w.w))) return -1;
  if (!SINCE_WORDS.has(words[vi - 1].w) && !(words[vi - 1].w === 'trong' && words[ve + 1]?.w === 'qua')) return -1;
  return ordinals.find(({ k, n }) => n === 1 && k < vi - 1 && vi - k <= 14 && !/[;:.!?]/.test(text.slice(words[k].end, words[vi].start)))?.k ?? -1;
}

/**
 * The kind of event "first" names, when it names one: "the first visit … in 10 years", "la
 * première visite … depuis", "chuyến thăm … đầu tiên": the event word right after the ordinal, or
 * (Vietnamese puts the ordinal last) right before it.
 */
function firstOfEvent(found: Found[], words: Word[], k: number): string | undefined {
  // (after "first", "première"; before "đầu tiên", whose next words are the thing's participle:
  // "hiệp định … đầu tiên được đàm phán")
  const before = !ORDINAL_WORDS.has(words[k].w);
  const ev = found.find((f) => f.p.kind === 'event' && (before ? f.j <= k && f.j >= k - 2 : f.i === k + 1 || (f.i === k + 2 && !isContentWord(words[k + 1].w))));
  return ev?.p.value;
}

/** Relative pronouns that are never conjunctions ("that" and "que" may be: "said that …"). */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);
/** Whether a relative pronoun opens a clause holding word `i`, before the verb at `verb`. */
function insideRelative(words: Word[], i: number, verb: number): boolean {
  for (let r = i - 1; r >= Math.max(0, i - 12); r--) if (RELATIVES.has(words[r].w)) return verb > i;
  return false;
}

/** Prepositions that open an event noun's complement ("signature de tous les États", "signing by all States"). */
const COMPLEMENT_OPENERS = new Set(['of', 'by', 'for', 'de', 'des', 'du', "d'", 'cua', 've']);
/** Words a complement stops before: where and when something happened, not what it was of. */
const COMPLEMENT_ENDS = new Set(['in', 'at', 'on', 'from', 'until', 'a', 'au', 'aux', 'en', 'dans', 'depuis', 'jusqu', 'tai', 'o', 'vao', 'ngay', 'tu']);
/** Words that open another clause or a purpose: the complement has ended before them. */
const CLAUSE_OPENERS = new Set(['to', 'which', 'that', 'who', 'whose', 'where', 'when', 'while', 'pour', 'afin', 'qui', 'que', 'dont', 'lorsque', 'ma', 'khi', 'nham', 'nhan']);
const COORDINATORS = new Set(['and', 'or', 'et', 'ou', 'va', 'hoac']);
/** Auxiliaries and copulas: a verb, so the complement has ended ("signataires de l'accord … ont des liens"); Vietnamese "là" and "sẽ" fold to French "la" and "se", left out. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'must', 'shall', 'should', 'do', 'does', 'did',
  'ont', 'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'avait', 'avaient', 'aura', 'auront', 'peut', 'peuvent', 'doit', 'doivent', 'fut',
  'co', 'da', 'dang', 'bi']);
const COMPLEMENT_REACH = 10;

/**
 * "ouverte à la signature de tous les États et organisations régionales d'intégration économique
 * à Hanoi", "open for signature by all States and regional organisations in Hanoi": the
 * complement of an event noun belongs to it: for a value right after it (within three words), it
 * counts no distance, as a name in capitals does, so the place or date is as close to the event
 * as it reads. (Only there: elsewhere it would bring a whole sentence's words nearer its values.) The complement runs from
 * its preposition over words of its own, and stops at punctuation, a number, a preposition of
 * place or time, or another event.
 */
function complementsOf(text: string, words: Word[], found: Found[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  // (a kind of thing inside goes on: "de la Convention des Nations Unies contre …")
  const startsPhrase = new Set(found.filter((f) => f.p.kind !== 'kind').map((f) => f.i));
  const kindAt = new Set(found.filter((f) => f.p.kind === 'kind').map((f) => f.i));
  for (const f of found) {
    if (f.p.kind !== 'event' || f.j >= words.length) continue;
    // (or its object right after it, a kind of thing: "Lễ mở ký Công ước … về …", "signing the Convention …")
    const object = kindAt.has(f.j);
    if (!object && !COMPLEMENT_OPENERS.has(words[f.j].w)) continue;
    if (/[,.;:!?()]/.test(text.slice(words[f.j - 1].end, words[f.j].start))) continue;
    let k = f.j + 1;
    const stop = Math.min(words.length, k + COMPLEMENT_REACH);
    for (; k < stop; k++) {
      const w = words[k];
      if (/[,.;:!?()"“”«»]/.test(text.slice(words[k - 1].end, w.start)) || startsPhrase.has(k) || COMPLEMENT_ENDS.has(w.w) || CLAUSE_OPENERS.has(w.w) || AUXILIARIES.has(w.w) || isNumberLike(w.w)) break;
      // ("tous les États et organisations régionales": "and" goes on to another noun, not to a verb's clause, "and to undertake")
      if (COORDINATORS.has(w.w) && !(k + 1 < stop && isContentWord(words[k + 1].w) && !CLAUSE_OPENERS.has(words[k + 1].w))) break;
    }
    // (the preposition itself stays a word: "signature de … à Hanoi" is one word further than "signature à Hanoi")
    if (k > f.j + 1) out.push({ from: object ? f.j : f.j + 1, to: k });
  }
  return out;
}

/**
 * A sentence's words, vocabulary phrases, quotations and parentheses, read once for all the
 * values it holds (a page's sentences are kept for the last text read).
 */
let readText = '';
const readCache = new Map<string, ReadSentence>();
function readSentence(text: string, from: number, to: number): ReadSentence {
  if (text !== readText) {
    readText = text;
    readCache.clear();
  }
  const key = `${from}:${to}`;
  let r = readCache.get(key);
  if (!r) {
    r = readWords(text, from, to);
    if (readCache.size > 4096) readCache.clear();
    readCache.set(key, r);
  }
  return r;
}

/** The frame of a value in its sentence. */
export function frameOf(input: FrameInput): Frame {
  const { text, start, end } = input;
  const read = readSentence(text, input.from ?? 0, input.to ?? text.length);
  const words = read.words;
  const n = words.length;
  const whole = start < 0;
  // the value's words (first, last) in the word list
  let vi = n;
  let ve = -1;
  if (!whole) {
    for (let k = 0; k < n; k++) {
      if (words[k].end > start && words[k].start < end) {
        if (k < vi) vi = k;
        ve = k;
      }
    }
    if (ve < 0) {
      // the value lies between words (a bare symbol): place it where it stands
      vi = words.findIndex((w) => w.start >= end);
      if (vi < 0) vi = n;
      ve = vi - 1;
    }
  }
  const others = (input.others ?? []).filter((o) => o.end <= start || o.start >= end);
  const rivals = others.filter((o) => o.rival);
  // per word: inside another value; beyond a rival value (one of our kind claims it more)
  const { other: otherAt, beyond: beyondAt, building, inBuilding, pos, weights, distances } = scratchFor(n);
  otherAt.fill(0, 0, n);
  beyondAt.fill(0, 0, n);
  for (let k = 0; k < n; k++) {
    const w = words[k];
    for (const o of others) if (w.start < o.end && o.start < w.end) {
      otherAt[k] = 1;
      break;
    }
    if (!whole) for (const o of rivals) if (w.end <= start ? o.start >= w.end && o.end <= start : o.start >= end && o.end <= w.start) {
      beyondAt[k] = 1;
      break;
    }
  }
  const flags = read.flags;
  // positions that skip quoted words: a quoted title between an event and its date is one name
  // (and the words of the other values: "arrived in Geneva on 11 March" keeps the verb close)
  // (and a name written in capitals — "the United Nations Commission on Crime Prevention" — or
  // a parenthesis counts as one word: the event noun before it governs what follows the name)
  // (and an event noun's complement right before the value: "signature de tous les États … à Hanoi")
  const comp = whole ? undefined : read.complements.find((c) => c.to <= vi && vi - c.to <= 3);
  // "au Centre national des conférences", "the National Convention Centre", "Trung tâm Hội nghị
  // Quốc gia": an event word beside a building's noun, in one name, names the building (it
  // governs nothing, and the name counts as one word, as a name in capitals does)
  building.fill(0, 0, n);
  inBuilding.fill(0, 0, n);
  if (!whole) for (const f of read.found) {
    if (f.p.kind !== 'building') continue;
    for (const e of read.found) {
      if (e.p.kind !== 'event') continue;
      const gap = e.i >= f.j ? e.i - f.j : f.i - e.j;
      if (gap < 0 || gap > 2) continue;
      const [a, b] = e.i >= f.j ? [words[f.j - 1].end, words[e.i].start] : [words[e.j - 1].end, words[f.i].start];
      if (/[,.;:!?()]/.test(text.slice(a, b))) continue;
      building[e.i] = 1;
      const from = Math.min(f.i, e.i);
      let to = Math.max(f.j, e.j);
      // (and the name's words after it, in capitals — in Vietnamese, a syllable in lower case may
      // follow one in capitals: "Quốc gia")
      const cap = (k: number) => isUpperLetterCode(text.charCodeAt(words[k].start));
      while (to < n && (to < vi || to > ve) && cap(to) && !/[,.;:!?()]/.test(text.slice(words[to - 1].end, words[to].start))) to += to + 1 < n && !cap(to + 1) && VIETNAMESE_LETTER.test(text.slice(words[to].start, words[to + 1].end)) ? 2 : 1;
      for (let x = from + 1; x < to; x++) if (x < vi || x > ve) inBuilding[x] = 1;
    }
  }
  for (let k = 0, p = 0; k < n; k++) {
    pos[k] = p;
    if (!(flags[k] & SKIP) && !otherAt[k] && !inBuilding[k] && !(comp && k >= comp.from && k < comp.to)) p++;
  }
  // (the value's words are vi..ve; a whole text has none: vi = n, ve = -1)
  const vpos = vi < n ? pos[vi] : n;
  const vend = ve >= 0 ? pos[ve] : -1;
  // "The convention consists of 12 chapters", "composée de 9 chapitres", "gồm 12 chương": a verb
  // saying what a whole is made of, right before the count, ties the count to the whole named
  // before the verb (in its clause; an apposition's comma right before the verb is no break):
  // those words stand from the value a quarter of their distance to the verb, as a verb's subject
  // (composed: the verb's position and the first word of the whole before it)
  let composed: { at: number; from: number } | undefined;
  if (!whole) {
    for (const f of read.found) {
      if (f.p.kind !== 'composition' || f.j - 1 >= vi || vpos - pos[f.j - 1] - 1 > 3) continue;
      let from = f.i;
      while (from > 0 && pos[f.i] - pos[from - 1] <= 12) {
        const gap = text.slice(words[from - 1].end, words[from].start);
        if (/[.;:!?()]/.test(gap) || (gap.includes(',') && from !== f.i)) break;
        from--;
      }
      composed = { at: pos[f.i], from };
    }
  }
  // each word's distance to the value and its weight
  for (let k = 0; k < n; k++) {
    if (whole) {
      distances[k] = 0;
      weights[k] = 1;
      continue;
    }
    const d = (distances[k] =
      k > ve
        ? Math.max(0, pos[k] - vend - 1)
        : composed && k >= composed.from && pos[k] < composed.at
          ? Math.min(vpos - pos[k] - 1, (composed.at - pos[k] - 1) / 4)
          : Math.max(0, vpos - pos[k] - 1));
    let x = 1 / (1 + d / DECAY);
    if (k > ve) x *= 0.9;
    if (beyondAt[k]) x *= 0.5;
    if (flags[k] & QUOTED) x *= 0.3;
    weights[k] = x;
  }
  const cues = new Map<string, number>();
  const found = read.found;
  const frame: Frame = { cues };
  // "the ceremony … will be held on 25 October", "lễ … diễn ra ngày 25/10": a verb that only links
  // an event to its date or place, right before the value, hands the value to the event before it
  let link: Found | undefined;
  if (!whole) for (const f of found) if (f.p.kind === 'link' && f.j - 1 < vi && distances[f.j - 1] <= 4) link = f;
  // "chose Da Nang as the venue for the ceremony", "lựa chọn Đà Nẵng làm địa điểm tổ chức lễ …",
  // "choisie comme lieu de la cérémonie": a noun naming the value the event's venue, a few words
  // after it in its clause, hands the value to the event right after that noun
  let venue: Found | undefined;
  if (!whole) for (const f of found) if (f.p.kind === 'venue' && f.i > ve && pos[f.i] - vend - 1 <= 4 && !/[,.;:!?()]/.test(text.slice(end, words[f.i].start))) {
    venue = f;
    break;
  }
  type Cand = { f: Found; d: number; score: number; linked?: boolean; afterComma?: boolean };
  // (the governing event's words, and those of each event coordinated with it)
  const governingWords: { from: number; to: number; w: number }[] = [];
  const cands: Cand[] = [];
  for (const f of found) {
    if ((f.i >= vi && f.i <= ve) || otherAt[f.i]) continue;
    const d = Math.min(distances[f.i], distances[f.j - 1]);
    const w = Math.max(weights[f.i], weights[f.j - 1]);
    // a kind of thing ("convention", "công ước") is a cue in every language, besides its own words
    if (f.p.kind === 'kind') putMax(cues, f.p.value, w);
    if (f.p.kind === 'event') {
      putMax(cues, f.p.value, w);
      if (whole || NOT_GOVERNING.has(f.p.value) || beyondAt[f.i] || flags[f.i] & QUOTED || building[f.i]) continue;
      if (venue && f.i >= venue.j && pos[f.i] - pos[venue.j - 1] - 1 <= 2) {
        cands.push({ f, d: 1, score: 1 });
        continue;
      }
      if (link) {
        if (f.j > link.i) {
          // the linked event stands before the link verb — or right after the value, the
          // subject put after its verb ("s'est tenue à Hanoï la cérémonie", "diễn ra tại Hà Nội lễ …")
          const inverted = f.i > ve && pos[f.i] - vend - 1 <= 2 && !/[,.;:!?()]/.test(text.slice(end, words[f.i].start));
          if (inverted) cands.push({ f, d: 1, score: 1 });
          continue;
        }
        // (the verb's subject may stand far before it: its distance counts a quarter)
        const gap = Math.max(0, pos[link.i] - pos[f.j - 1] - 1);
        if (gap > 24) continue;
        // (an event inside a relative clause is not the subject: "The minister, who will attend
        // the ceremony, will be hosted in X", "le ministre, qui assistera à la cérémonie, sera reçu à X")
        if (insideRelative(words, f.i, link.i)) continue;
        const dist = 1 + gap / 4;
        putMax(cues, f.p.value, Math.max(w, 1 / (1 + dist / DECAY)));
        cands.push({ f, d: dist, score: gap, linked: true });
      } else {
        // ties go to the concept before the value; one after it beyond a comma is in another clause
        // (it stands eight words further: the value's own clause's event governs from several words away)
        const afterComma = f.i > ve && /[,;]/.test(text.slice(end, words[f.i].start));
        // (a count a verb of composition gives its whole says what the whole is made of: the
        // event of the clause beyond it is the whole's — "X, made up of 68 articles, will be signed")
        if (afterComma && composed) continue;
        // one after the value beyond "before"/"after" is what the value is set against, not what
        // it dates ("adopted in March 2019 after two years of talks"), however far
        // the other event stands
        const beyondTemporal = f.i > ve && found.some((t) => t.p.kind === 'temporal' && (t.p.value === 'before' || t.p.value === 'after') && t.i > ve && t.i < f.i);
        cands.push({ f, d, score: d + (f.i > ve ? 0.5 : 0) + (afterComma ? 8 : 0) + (beyondTemporal ? BEYOND_TEMPORAL : 0), ...(afterComma ? { afterComma } : {}) });
      }
    } else if (f.p.kind === 'temporal' && !whole && f.j - 1 < vi && d <= 2 && !/[,;:]/.test(text.slice(words[f.j - 1].end, start))) {
      // "before 25 October", "tính đến ngày 14/10": a temporal word right before the value (not
      // an adverb of its own, "Before that, on 3 May", "Trước đó, vào ngày 3/5")
      frame.temporal = f.p.value as TemporalRole;
    }
  }
  let gov = cands.reduce<Cand | undefined>((b, c) => (!b || c.score < b.score ? c : b), undefined);
  // "Ngày 19/5, đoàn … đã tham dự kỳ họp …", "On 19 May, the delegation … attended the session":
  // a date opening its sentence is the date of the sentence's event, however far it is named
  if (!whole && vpos <= 2 && (!gov || gov.d > 8)) {
    const after = cands.filter((c) => c.f.i > ve && distances[c.f.i] <= 40).sort((a, b) => a.f.i - b.f.i)[0];
    if (after) {
      gov = { ...after, d: 2 };
      frame.fromOpening = true;
    }
  }
  // "the first legal instrument negotiated in over 20 years", "le premier instrument … depuis
  // plus de 20 ans", "văn kiện … đầu tiên … trong hơn 20 năm qua": a length of time after "first …
  // in" is how long since the last such thing, not the length of an event between them
  const firstAt = whole ? -1 : sinceTheLast(words, read.ordinals, vi, ve, text);
  if (firstAt >= 0) {
    gov = undefined;
    putMax(cues, FIRST_IN_CUE, 1);
    frame.firstOf = firstOfEvent(read.found, words, firstAt);
  }
  if (gov) {
    // "took part in the signing ceremony", "tham dự Lễ mở ký": the value is the object's
    let g = gov;
    if (PASS_TO_OBJECT.has(g.f.p.value) || g.f.p.value === GENERIC_EVENT) {
      // (a specific event before a generic one: "took part in the high-level event marking the
      // opening for signature" is about the signing)
      const objects = cands
        // (in its clause: "with 1,600 delegates in attendance, the session …" attends nothing after the comma)
        .filter((c) => c.f.i >= g.f.j && c.f.p.value !== g.f.p.value && !PASS_TO_OBJECT.has(c.f.p.value) && pos[c.f.i] - pos[g.f.j - 1] <= 8 && !/[,;:.!?]/.test(text.slice(words[g.f.j - 1].end, words[c.f.i].start)))
        .sort((a, b) => a.f.i - b.f.i);
      const object = objects.find((c) => c.f.p.value !== GENERIC_EVENT) ?? objects[0];
      if (object) g = { ...object, d: gov.d };
    }
    // "est arrivé à Hanoï pour … participer à la cérémonie …, le 24 octobre", "arrived in Hanoi
    // to attend the ceremony …, on 24 October": a value set off by a comma after the event, which
    // no link verb hands to it, is the clause's main act's — an arrival or a departure named
    // before the event
    if (!g.linked && g.f.j <= vi && /,/.test(text.slice(words[g.f.j - 1].end, start))) {
      const journey = cands.find((c) => c.f.j <= g.f.i && JOURNEY.has(c.f.p.value) && !/[.;:!?]/.test(text.slice(words[c.f.j - 1].end, start)));
      if (journey) g = { ...journey, d: journey.d };
    }
    if (g.f.p.value === GENERIC_EVENT) for (let k = g.f.j; k < Math.min(n, g.f.j + 3); k++) if (flags[k] & QUOTED) frame.titled = true;
    frame.governing = g.f.p.value;
    if (g.linked) frame.linked = true;
    if (g.afterComma) frame.afterComma = true;
    if (g !== gov) frame.governingVerb = gov.f.p.value;
    frame.governingDistance = g.d;
    frame.governingSpan = { start: words[g.f.i].start, end: words[g.f.j - 1].end };
    // the event words compounded or coordinated with it: within three words, no punctuation between
    const set = new Set([g.f.p.value]);
    for (const c of cands) {
      const gap = c.f.i >= g.f.j ? pos[c.f.i] - pos[g.f.j - 1] : pos[g.f.i] - pos[c.f.j - 1];
      const a = Math.min(words[c.f.i].start, words[g.f.i].start);
      const b = Math.max(words[c.f.j - 1].end, words[g.f.j - 1].end);
      if (gap <= 2 && !/[,.;:!?()]/.test(text.slice(a, b))) set.add(c.f.p.value);
    }
    // "pour entamer une visite officielle … et participer à la cérémonie …, le 24 octobre",
    // "thăm chính thức … và tham dự Lễ mở ký … từ ngày 24 - 25.10": events joined by "and"
    // share the value, which is then no one event's alone
    const head = gov.f.i < g.f.i ? gov.f : g.f;
    const coordinatedWith: Found[] = [];
    // (the first event's complement before "and" is the first event's: "Lễ mở ký Công ước … về
    // chống tội phạm mạng và Hội nghị cấp cao …", "the signing of the Treaty on X and the summit")
    for (const c of cands) {
      if (c.f.j > head.i || PASS_TO_OBJECT.has(c.f.p.value) || c.f.p.value === GENERIC_EVENT) continue;
      const last = Math.min(head.i - 1, Math.max(c.f.j - 1, complementEnd(read, c.f)));
      if (pos[head.i] - pos[last] > 10) continue;
      const between = words.slice(c.f.j, head.i).map((w) => w.w);
      if (between.some((w) => w === 'and' || w === 'et' || w === 'va') && !/[.;:!?]/.test(text.slice(words[c.f.j - 1].end, words[head.i].start))) {
        set.add(c.f.p.value);
        frame.coordinated = true;
        coordinatedWith.push(c.f);
      }
    }
    set.delete(GENERIC_EVENT);
    if (set.size === 0) set.add(GENERIC_EVENT);
    frame.governingSet = [...set];
    // the words naming the governing event ("signing ceremony", "kỳ họp thứ 34") weigh as much as
    // its concept, however far the link verb let it stand from the value
    // (and its complement: "la cérémonie de signature de la Convention des Nations Unies contre
    // la cybercriminalité" names the event however far its last words stand from the value)
    // (and those of an event coordinated with it, which the value dates as well: "Lễ mở ký Công
    // ước … và Hội nghị cấp cao … vào các ngày 25 và 26.10")
    for (const e of [g.f, ...coordinatedWith]) governingWords.push({ from: Math.max(0, e.i - 2), to: Math.max(Math.min(words.length - 1, e.j + 1), complementEnd(read, e)), w: 1 / (1 + g.d / DECAY) });
  }
  if (!whole && frame.governing && frame.governingSpan) {
    // "on 24 October, a day before the ceremony": a temporal word between the value and its event
    const g = frame.governingSpan;
    for (const f of found) {
      if (f.p.kind !== 'temporal' || (f.p.value !== 'before' && f.p.value !== 'after')) continue;
      const ws = words[f.i].start;
      if ((ws >= end && ws < g.start) || (ws >= g.end && ws < start)) frame.temporal = f.p.value as TemporalRole;
    }
  }
  // ordinals name an edition ("the 15th Congress", "kỳ họp thứ 34", "the first session"): the
  // nearest one before or after the governing event is a cue of its own, "#n15"
  // (the one beside the governing event first: "tham dự kỳ họp thứ 34" however far the date)
  const gi = frame.governingSpan ? words.findIndex((w) => w.start >= frame.governingSpan!.start) : -1;
  const gj = frame.governingSpan ? words.findIndex((w) => w.end >= frame.governingSpan!.end) : -1;
  // (never the value's own: "on October 28th")
  // (most sentences have no ordinal: no list is made for them)
  const ofGoverning = !whole && gi >= 0 && read.ordinals.length ? ordinalNear(read.ordinals.filter((o) => o.k < vi || o.k > ve), n, gi, Math.max(gi, gj), 4, pos) : undefined;
  const ord = whole ? ordinalNear(read.ordinals, n, 0, n - 1) : (ofGoverning ?? ordinalNear(read.ordinals, n, vi, ve));
  if (ord !== undefined) frame.ordinal = ord;
  if (ofGoverning !== undefined) frame.editionOfGoverning = true;
  let prev = -1;
  for (let k = 0; k < words.length; k++) {
    if ((k >= vi && k <= ve) || otherAt[k] || !(flags[k] & CONTENT)) {
      prev = -1;
      continue;
    }
    const s = read.stems[k];
    let gw = 0;
    if (!(flags[k] & QUOTED)) for (const r of governingWords) if (k >= r.from && k <= r.to) gw = Math.max(gw, r.w);
    const wk = Math.max(weights[k], gw);
    putMax(cues, s, wk);
    if (prev >= 0 && k === prev + 1) {
      putMax(cues, (read.pairs[k] ??= `${read.stems[prev]} ${s}`), Math.min(wk, weights[prev]));
      // (a Vietnamese name of two capitalised syllables is written as one word in other languages: "Hà Nội", "Hanoi")
      if (isUpperLetterCode(text.charCodeAt(words[prev].start)) && isUpperLetterCode(text.charCodeAt(words[k].start)) && words[prev].end + 1 === words[k].start && VIETNAMESE_LETTER.test(text.slice(words[prev].start, words[k].end))) putMax(cues, `${words[prev].w}${words[k].w}`, Math.min(wk, weights[prev]));
    }
    prev = k;
  }
  return frame;
}
