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

/** Splits one paragraph [start, end) of `text` into sentences. */
export function sentencesOf(text: string, para: Span, paraIndex = 0): Sentence[] {
  const chunk = text.slice(para.start, para.end);
  // (a paragraph that is one sentence needs no segmenter: see oneSentence)
  const merged: Span[] = oneSentence(chunk) ? [{ start: 0, end: chunk.length }] : [];
  if (!merged.length) {
    for (const seg of getSegmenter().segment(chunk)) {
      const r = { start: seg.index, end: seg.index + seg.segment.length };
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
    return i < 0 ? undefined : this.of(i).find((x) => x.start <= pos && pos < x.end);
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
