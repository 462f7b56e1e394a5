// Phrase lookup over folded text, as whole words. A text is cut into word tokens once (letters and
// digits, or a single other character) and each token is given the id of its word in one
// vocabulary shared by every phrase set; a phrase set is a trie over those ids. A page's tokens
// are read once more to list, for every set, the tokens where its phrases can start (see
// startLists); each set then walks the trie from those tokens only. So a lookup costs the same for
// 10 phrases or 10,000 (a regular expression of 10,000 alternatives does not), and the page is
// tokenised once for all the sets.
// Hand-written rather than a regular expression or an Aho–Corasick package: matches must start and
// end on word boundaries of folded text, and the token offsets are shared with the other passes.
import { fold } from '../text/fold';
import { isLetterOrDigitCode, isSpaceCode, letterOrDigitWidth, pairAt } from '../text/char-class';
import { partitionPoint } from '../sorted';
import { SpanBuffer } from '../text/span-buffer';

export interface PhraseHit<T> {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  entry: T;
  /** The phrase's key: its folded words joined by single spaces. */
  phrase: string;
}

/** The words of every phrase set; the other words of a text get no id (-1). */
const vocabulary = new Map<string, number>();
const words: string[] = [];
function idOf(word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    vocabulary.set(word, (id = vocabulary.size));
    words.push(word);
    // Added to the table in place while it is at most half full, else the table is rebuilt twice
    // as large at the next lookup: compiling n words costs O(n), not a rebuild per new word
    // (which made compiling 100,000 name facts take minutes).
    if (table && words.length * 2 <= table.length / 2) insert(table, id);
    else table = null;
  }
  return id;
}

/**
 * The vocabulary as an open-addressing hash table over the words' characters: a page's tokens are
 * looked up where they stand in the text, without cutting a string out for each (a 5 MB page has
 * a million tokens, and most are no phrase's word). Each slot holds a word's hash and its id, so
 * that characters are compared only when the hashes agree. Rebuilt when a phrase set adds words.
 */
let table: Int32Array | null = null;
let mask = 0;
/** FNV-1a: the hash of a word is FNV_BASIS folded with each of its code units by fnvStep. */
const FNV_BASIS = 0x811c9dc5;
function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}
function hashOf(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
  return h >>> 0;
}
function buildTable(): Int32Array {
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const t = new Int32Array(size * 2).fill(-1);
  mask = size - 1;
  for (let id = 0; id < words.length; id++) insert(t, id);
  return t;
}
/** Puts word `id` in the first free slot from its hash (the table has `mask + 1` slots). */
function insert(t: Int32Array, id: number): void {
  const h = hashOf(words[id], 0, words[id].length);
  let slot = h & mask;
  while (t[2 * slot + 1] >= 0) slot = (slot + 1) & mask;
  t[2 * slot] = h | 0;
  t[2 * slot + 1] = id;
}
/** The id of the word text.slice(start, end), -1 if no phrase set has it. */
function lookup(text: string, start: number, end: number): number {
  return lookupHashed(text, start, end, hashOf(text, start, end));
}

/** lookup, with the word's hash computed by the caller (the tokeniser hashes as it reads). */
function lookupHashed(text: string, start: number, end: number, hash: number): number {
  const t = (table ??= buildTable());
  const len = end - start;
  const h = hash | 0;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const id = t[2 * slot + 1];
    if (id < 0) return -1;
    if (t[2 * slot] !== h) continue;
    const w = words[id];
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === len) return id;
  }
}

export interface Tokens {
  /** Start and end offsets of each token. */
  s: Int32Array;
  e: Int32Array;
  /** Vocabulary id of each token's text, -1 if no phrase set has the word. */
  ids: Int32Array;
  /** vocabulary.size when the ids were given: a new phrase set may add words. */
  version: number;
  /** Where each set's phrases can start, listed when a set first looks up the whole text (see startLists). */
  starts?: StartLists;
}

/**
 * Which sets' phrases start with each word: bit b of startMask[id] is set when the set holding slot
 * b has a phrase starting with word id. A page's tokens are then read once to list, for every slot,
 * the tokens where its set's phrases can start, already in text order; each set walks its own
 * list. So the twenty sets that read a page cost one pass between them, not one each. The slots
 * are shared by the sets in use: a set without one takes a free slot or the least recently used.
 */
const SLOTS = 31;
const slotSets: (PhraseSet<unknown> | undefined)[] = new Array(SLOTS).fill(undefined);
const slotUsed = new Float64Array(SLOTS);
let useTick = 0;
let startMask = new Int32Array(64);

interface StartLists {
  lists: (Int32Array | undefined)[];
  /** The set each list was made for (a slot may have changed hands since). */
  owners: (PhraseSet<unknown> | undefined)[];
}

/** The slot of a set, taken (from the least recently used set, if none is free) when it has none. */
function slotOf(set: PhraseSet<unknown>): number {
  let b = slotSets.indexOf(set);
  if (b < 0) {
    b = slotSets.indexOf(undefined);
    if (b < 0) {
      b = 0;
      for (let k = 1; k < SLOTS; k++) if (slotUsed[k] < slotUsed[b]) b = k;
      for (const id of slotSets[b]!.firstWordIds) startMask[id] &= ~(1 << b);
    }
    const firstIds = set.firstWordIds;
    let need = 1; // (a loop: spreading 100,000 ids into Math.max overflows the stack)
    for (const id of firstIds) if (id >= need) need = id + 1;
    if (need > startMask.length) {
      const grown = new Int32Array(Math.max(need, startMask.length * 2));
      grown.set(startMask);
      startMask = grown;
    }
    for (const id of firstIds) startMask[id] |= 1 << b;
    slotSets[b] = set;
  }
  slotUsed[b] = ++useTick;
  return b;
}

/** For every slot, the tokens whose word starts a phrase of the slot's set (one pass, counted then filled). */
function startLists(ids: Int32Array): StartLists {
  const counts = new Int32Array(SLOTS);
  const mask = startMask;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (id < 0 || id >= mask.length) continue;
    for (let m = mask[id]; m !== 0; m &= m - 1) counts[31 - Math.clz32(m & -m)]++;
  }
  const lists: Int32Array[] = [];
  for (let b = 0; b < SLOTS; b++) lists.push(new Int32Array(counts[b]));
  counts.fill(0);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (id < 0 || id >= mask.length) continue;
    for (let m = mask[id]; m !== 0; m &= m - 1) {
      const b = 31 - Math.clz32(m & -m);
      lists[b][counts[b]++] = k;
    }
  }
  return { lists, owners: slotSets.slice() };
}

/** Texts of fewer tokens are walked token by token (listing the starts would cost more). */
const LISTED_FROM_TOKENS = 256;

/**
 * Cuts folded text into tokens: runs of letters/digits, or one other non-space character. Each
 * token is hashed as it is read (as hashOf would) and looked up in the vocabulary.
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const spans = new SpanBuffer(n >> 2);
  let ids = new Int32Array(Math.max(16, n >> 2));
  let i = 0;
  while (i < n) {
    const start = i;
    const code = text.charCodeAt(i);
    let h = fnvStep(FNV_BASIS, code);
    const word = code < 0xd800 ? (isLetterOrDigitCode(code) ? 1 : 0) : letterOrDigitWidth(text, i);
    if (word) {
      if (word === 2) h = fnvStep(h, text.charCodeAt(i + 1));
      i += word;
      for (let w; i < n; i += w) {
        const c = text.charCodeAt(i);
        w = c < 0xd800 ? (isLetterOrDigitCode(c) ? 1 : 0) : letterOrDigitWidth(text, i);
        if (!w) break;
        h = fnvStep(h, c);
        if (w === 2) h = fnvStep(h, text.charCodeAt(i + 1));
      }
    } else if (isSpaceCode(code)) {
      i++;
      continue;
    } else if (pairAt(text, i)) {
      h = fnvStep(h, text.charCodeAt(i + 1));
      i += 2;
    } else i++;
    if (spans.length === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[spans.length] = lookupHashed(text, start, i, h >>> 0);
    spans.push(start, i);
  }
  return { s: spans.starts(), e: spans.ends(), ids: ids.subarray(0, spans.length), version: vocabulary.size };
}

function idsOf(text: string, s: Int32Array, e: Int32Array): Int32Array {
  const ids = new Int32Array(s.length);
  for (let k = 0; k < s.length; k++) ids[k] = lookup(text, s[k], e[k]);
  return ids;
}

// A page is looked up by several sets in a row: its tokens are kept, in a slot of their own so
// that looking up a name or a title in between does not throw them away. Short strings (a word,
// a qualifier) recur across pages and are kept in a small table.
const PAGE_CHARS = 512;
let lastPage = '';
let lastPageTokens: Tokens | undefined;
let lastOther = '';
let lastOtherTokens: Tokens | undefined;
const shortCache = new Map<string, Tokens>();
/** The tokens of a folded text (kept for the last page, so every pass over it shares them). */
export function tokensOf(text: string): Tokens {
  let t: Tokens | undefined;
  // (=== compares contents when the strings are two objects: the same page checked again is
  // compared once in full, then the new string is kept so that the next lookups compare pointers)
  if (text.length < 13) t = shortCache.get(text);
  else if (text.length >= PAGE_CHARS) {
    if (text === lastPage) {
      t = lastPageTokens;
      lastPage = text;
    }
  } else if (text === lastOther) {
    t = lastOtherTokens;
    lastOther = text;
  }
  if (t) {
    if (t.version !== vocabulary.size) {
      t.ids = idsOf(text, t.s, t.e);
      t.version = vocabulary.size;
      t.starts = undefined;
    }
    return t;
  }
  t = tokenize(text);
  if (text.length < 13) {
    // (V8 copies substrings shorter than 13 characters; a longer key could be a slice that keeps
    // a whole page alive)
    if (shortCache.size > 2000) shortCache.clear();
    shortCache.set(text, t);
  } else if (text.length >= PAGE_CHARS) {
    lastPage = text;
    lastPageTokens = t;
  } else {
    lastOther = text;
    lastOtherTokens = t;
  }
  return t;
}

/**
 * The folded words of a phrase, as the tokeniser cuts them (the same loop, without the hashing,
 * the lookups and the typed arrays: compiling 100,000 facts cuts half a million phrases).
 */
export function wordsOf(phrase: string): string[] {
  const f = fold(phrase);
  const n = f.length;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    const start = i;
    const code = f.charCodeAt(i);
    const word = code < 0xd800 ? (isLetterOrDigitCode(code) ? 1 : 0) : letterOrDigitWidth(f, i);
    if (word) {
      i += word;
      for (let w; i < n; i += w) {
        const c = f.charCodeAt(i);
        w = c < 0xd800 ? (isLetterOrDigitCode(c) ? 1 : 0) : letterOrDigitWidth(f, i);
        if (!w) break;
      }
    } else if (isSpaceCode(code)) {
      i++;
      continue;
    } else if (pairAt(f, i)) i += 2;
    else i++;
    out.push(f.slice(start, i));
  }
  return out;
}

interface TrieNode<T> {
  next?: Map<number, TrieNode<T>>;
  entry?: T;
  key?: string;
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

/** A set of phrases, each pointing at an entry, found in folded text as whole words (longest first). */
export class PhraseSet<T> {
  private readonly root = new Map<number, TrieNode<T>>();
  /** first[id] = 1 when a phrase starts with that word: most words of a page are skipped on this test. */
  private first = new Uint8Array(0);
  /** The ids of the phrases' first words. */
  private readonly firstIds: number[] = [];
  private readonly keys: string[] = [];
  private compiled?: RegExp;
  constructor(pairs: [string, T][]) {
    for (const [p, entry] of pairs) {
      const words = wordsOf(p);
      if (!words.length) continue;
      let level = this.root;
      let node: TrieNode<T> | undefined;
      const firstId = idOf(words[0]);
      if (firstId >= this.first.length) {
        const grown = new Uint8Array(Math.max(64, (firstId + 1) * 2));
        grown.set(this.first);
        this.first = grown;
      }
      if (!this.first[firstId]) this.firstIds.push(firstId);
      this.first[firstId] = 1;
      for (let k = 0; k < words.length; k++) {
        const id = idOf(words[k]);
        node = level.get(id);
        if (!node) level.set(id, (node = {}));
        // (a leaf has no map of next words: the walk stops there without a lookup)
        if (k + 1 < words.length) level = node.next ??= new Map();
      }
      if (node!.entry !== undefined) continue; // the first entry of a phrase wins
      node!.entry = entry;
      node!.key = words.join(' ');
      this.keys.push(node!.key);
    }
  }

  /** The phrases as one regular expression (for composing small patterns, like figures). */
  get re(): RegExp {
    this.compiled ??= phraseRegex(this.keys.map((k) => k.replace(/ ([^\p{L}\p{N}]) /gu, '$1').replace(/ ([^\p{L}\p{N}])$/u, '$1')));
    return this.compiled;
  }

  /** Every phrase in folded text [from, to), longest first at each word, not overlapping. */
  findAll(folded: string, from = 0, to = folded.length): PhraseHit<T>[] {
    const tokens = tokensOf(folded);
    if (from === 0 && to >= folded.length && tokens.s.length >= LISTED_FROM_TOKENS) return this.findIndexed(tokens);
    const out: PhraseHit<T>[] = [];
    const { s, ids } = tokens;
    for (let i = partitionPoint(s.length, (k) => s[k] < from); i < s.length && s[i] < to; i++) {
      if (this.startsPhrase(ids[i])) i = this.longestAt(tokens, i, out);
    }
    return out;
  }

  /** The whole text, read from the tokens where its phrases can start (the same hits as the walk). */
  private findIndexed(tokens: Tokens): PhraseHit<T>[] {
    const slot = slotOf(this as PhraseSet<unknown>);
    const starts = (tokens.starts ??= startLists(tokens.ids));
    let list = starts.lists[slot];
    // (a list made before this set had its slot is another set's, or none: this set's is made alone)
    if (starts.owners[slot] !== this) {
      const own: number[] = [];
      const { ids } = tokens;
      for (let k = 0; k < ids.length; k++) if (this.startsPhrase(ids[k])) own.push(k);
      starts.lists[slot] = list = Int32Array.from(own);
      starts.owners[slot] = this as PhraseSet<unknown>;
    }
    const out: PhraseHit<T>[] = [];
    let next = 0;
    for (let k = 0; k < list!.length; k++) if (list![k] >= next) next = this.longestAt(tokens, list![k], out) + 1;
    return out;
  }

  /** Whether a phrase starts with word `id` (-1, a word of no phrase set, starts none). */
  private startsPhrase(id: number): boolean {
    return id >= 0 && id < this.first.length && this.first[id] === 1;
  }

  /** The ids of the words its phrases start with (for the slot it holds). */
  get firstWordIds(): readonly number[] {
    return this.firstIds;
  }

  /**
   * The longest phrase starting at token i, pushed to out; returns the index of its last token
   * (i when there is none, so the caller goes on with the next token).
   */
  private longestAt(tokens: Tokens, i: number, out: PhraseHit<T>[]): number {
    const { s, e, ids } = tokens;
    let node = this.root.get(ids[i]);
    let best: TrieNode<T> | undefined;
    let bestEnd = i;
    for (let k = i; node; ) {
      if (node.entry !== undefined) {
        best = node;
        bestEnd = k;
      }
      if (!node.next || ++k >= s.length || ids[k] < 0) break;
      node = node.next.get(ids[k]);
    }
    if (best) out.push({ start: s[i], end: e[bestEnd], entry: best.entry!, phrase: best.key! });
    return bestEnd;
  }
}

/** A set of phrases that only says where they stand (each phrase's entry is true). */
export function flagSet(phrases: string[]): PhraseSet<true> {
  return new PhraseSet<true>(phrases.map((p) => [p, true]));
}
