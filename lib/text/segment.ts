// Paragraphs and sentences, as offset spans into the original text.
// Sentences come from Intl.Segmenter, then are repaired where it splits after an abbreviation
// ("Mr.", "TS.", "oct.", "M."), which it does not know about.
import { spanIndexAt } from '../sorted';
import { hasTerminator } from './char-class';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  para: number;
  /** The paragraph's first sentence. */
  opensParagraph?: boolean;
}

const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|no|vs|gen|col|lt|sr|jr|prof|ts|ths|pgs|gs|th\.s|m|mm|mme|mlle|me|art|ch|p|tr|oct|nov|dec|déc|janv|févr|fév|avr|juil|sept|sep|aug|jan|feb|mar|apr|jun|jul|[a-zà-ỹ])\.$/iu;

/**
 * Whether a sentence (trailing spaces aside) ends with an abbreviation. Only its last characters
 * are tested: the longest abbreviation with the character before it and its dot is 6 characters,
 * and an expression anchored at the end would otherwise be tried from every position.
 */
function endsWithAbbreviation(text: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  const from = Math.max(span.start, end - 12);
  // (cut inside the sentence, the tail's start is not the sentence's: ^ must not match there,
  // and it cannot, as no abbreviation with its dot is 12 characters long)
  return ABBREVIATION.test(text.slice(from, end));
}

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** Splits a text into paragraphs: runs of text between line breaks. Blank paragraphs are dropped. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n\r]+/g;
  for (let m; (m = re.exec(text)); ) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

const TERMINATOR_CHAR = /^[\p{Sentence_Terminal}\u2024\u2026\ufe52\uff0e]$/u;
const CLOSE_CHAR = /^[\p{Pe}\p{Pf}\p{Pi}\p{Ps}"']$/u;

/**
 * Where a paragraph's last sentence ends before its trailer: terminators, each run followed by
 * closing punctuation or quotes, then spaces ("Hanoi.” ", "Really?!") (SB9, SB10).
 */
function bodyEnd(chunk: string): number {
  let i = chunk.length;
  while (i > 0 && /\s/.test(chunk[i - 1])) i--;
  for (;;) {
    let j = i;
    while (j > 0 && CLOSE_CHAR.test(chunk[j - 1])) j--;
    let k = j;
    while (k > 0 && TERMINATOR_CHAR.test(chunk[k - 1])) k--;
    if (k === j) return i;
    i = k;
  }
}

/**
 * A paragraph with no terminator before its trailer is one sentence: no need to ask the
 * segmenter (titles, captions, one-sentence paragraphs). tests/unit/engine/scanners.test.ts
 * compares the result with Intl.Segmenter's.
 */
function oneSentence(chunk: string): boolean {
  // A sentence can only end after a terminator (Unicode's STerm and ATerm; "…" too, to be safe)
  // or a paragraph separator (UAX #29, rules SB4 and SB9–SB11). (Looked for in char-class's
  // table: the expression over every paragraph asked about took longer than segmenting it.)
  return !hasTerminator(chunk, 0, bodyEnd(chunk));
}

/**
 * Intl.Segmenter takes time quadratic in the length of what it segments (V8: 1 s for a 256 KB
 * one-line paragraph, 4 s for 512 KB), so a long paragraph is segmented in windows of about
 * SEGMENT_WINDOW characters, cut where the segmenter breaks anyway: after a sentence terminator
 * (and closing quotes or brackets) and spaces, before a capital letter (UAX #29, SB11). Text
 * with no such place for 2 windows is cut at a space, or at last anywhere (not in a surrogate
 * pair). Paragraphs up to the window's size are segmented whole, as before.
 */
export const SEGMENT_WINDOW = 4_096;

const CAPITAL = /\p{Lu}/u;

/** Where to end the window that starts at `from` (the chunk's end when it is near). */
function windowEnd(chunk: string, from: number): number {
  const n = chunk.length;
  if (n - from <= 2 * SEGMENT_WINDOW) return n;
  const limit = from + 2 * SEGMENT_WINDOW;
  let space = -1;
  for (let i = from + SEGMENT_WINDOW; i < limit; i++) {
    if (!/\s/.test(chunk[i - 1]) || /\s/.test(chunk[i])) continue;
    if (space < 0) space = i;
    if (!CAPITAL.test(chunk[i])) continue;
    let j = i - 1;
    while (j > from && /\s/.test(chunk[j - 1])) j--;
    while (j > from && CLOSE_CHAR.test(chunk[j - 1])) j--;
    if (j > from && TERMINATOR_CHAR.test(chunk[j - 1])) return i;
  }
  if (space > 0) return space;
  const c = chunk.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit;
}

/** The segmenter's sentence spans of a chunk, window by window. */
function* segmentSpans(chunk: string): Generator<Span> {
  for (let from = 0; from < chunk.length; ) {
    const to = windowEnd(chunk, from);
    const part = from === 0 && to === chunk.length ? chunk : chunk.slice(from, to);
    for (const seg of getSegmenter().segment(part)) yield { start: from + seg.index, end: from + seg.index + seg.segment.length };
    from = to;
  }
}

/** Splits one paragraph [start, end) of `text` into sentences. */
export function sentencesOf(text: string, para: Span, paraIndex = 0): Sentence[] {
  const chunk = text.slice(para.start, para.end);
  // (a paragraph that is one sentence needs no segmenter: see oneSentence)
  const merged: Span[] = oneSentence(chunk) ? [{ start: 0, end: chunk.length }] : [];
  if (!merged.length) {
    for (const r of segmentSpans(chunk)) {
      const prev = merged[merged.length - 1];
      if (prev && endsWithAbbreviation(chunk, prev)) prev.end = r.end;
      else merged.push(r);
    }
  }
  const out: Sentence[] = [];
  for (const m of merged) {
    let s = m.start;
    let e = m.end;
    while (s < e && /\s/.test(chunk[s])) s++;
    while (e > s && /\s/.test(chunk[e - 1])) e--;
    if (e > s) out.push({ start: para.start + s, end: para.start + e, para: paraIndex, opensParagraph: out.length === 0 });
  }
  return out;
}

/** All sentences of a text, paragraph by paragraph. */
export function sentences(text: string): Sentence[] {
  return new SentenceIndex(text).all();
}

/**
 * The sentences of a text, segmented paragraph by paragraph when first asked for: a page's
 * sentences matter only around its values, and segmenting was a tenth of a page's check.
 */
export class SentenceIndex {
  private readonly paras: Span[];
  private readonly done: (Sentence[] | undefined)[];

  constructor(private readonly text: string) {
    this.paras = paragraphs(text);
    this.done = new Array(this.paras.length);
  }

  private of(i: number): Sentence[] {
    return (this.done[i] ??= sentencesOf(this.text, this.paras[i], i));
  }

  /** The sentence holding offset `pos`, if any (not between paragraphs or sentences). */
  at(pos: number): Sentence | undefined {
    const i = spanIndexAt(this.paras, pos);
    if (i < 0) return undefined;
    // (sentences are sorted and disjoint: a search, not a walk, for paragraphs of thousands)
    const list = this.of(i);
    const k = spanIndexAt(list, pos);
    return k < 0 ? undefined : list[k];
  }

  /** The text's first sentence. */
  first(): Sentence | undefined {
    return this.paras.length ? this.of(0)[0] : undefined;
  }

  /** Every sentence (segments the whole text). */
  all(): Sentence[] {
    return this.paras.flatMap((_, i) => this.of(i));
  }
}
