// One pass over a text: folding, sentences, and every candidate value (dates, figures, places) and
// the subject phrases are read later, value by value (lib/subject/frame.ts). Both the fact builder (over corpus documents) and the checker (over pages)
// start from this.
import { defaultLexicon, type Lexicon, type PhraseHit } from './lexicon';
import { foldWithMap, type FoldedText } from './text/fold';
import { SentenceIndex, type Sentence, type Span } from './text/segment';
import { detectLang } from './text/detect-lang';
import { findDates, type DateMention } from './extract/dates';
import { findFigures, type FigureMention } from './extract/figures';
import { findPlaces, type PlaceMention } from './extract/names';
import type { Lang } from './model';
import { partitionPoint } from './sorted';

export type ValueMention = DateMention | FigureMention | PlaceMention;

export interface Hit<T> {
  /** Original-text offsets. */
  start: number;
  end: number;
  entry: T;
}

export interface Analysis {
  text: string;
  /** The quotations' insides (sorted, not overlapping); unquotedText blanks them. */
  quoted: Span[];
  ft: FoldedText;
  lang: Lang;
  title?: string;
  /** Sentences, segmented where asked for. */
  sentences: SentenceIndex;
  dates: DateMention[];
  figures: FigureMention[];
  places: PlaceMention[];
  lex: Lexicon;
}

/** Phrase hits of the folded text, in original offsets. */
export function toHits<T>(ft: FoldedText, hits: PhraseHit<T>[]): Hit<T>[] {
  return hits.map((h) => ({ start: ft.map[h.start], end: ft.map[h.end], entry: h.entry }));
}

export interface AnalyzeOptions {
  lang?: Lang;
  title?: string;
  lex?: Lexicon;
}

/** The insides of quotations: a quoted title ("Road to Hanoi: …") is a name, not a subject. */
function quotations(text: string): Span[] {
  const quoted: Span[] = [];
  for (const m of text.matchAll(/(["“«„])([^"”»\n]{3,200})(["”»])/gu)) {
    quoted.push({ start: m.index + m[1].length, end: m.index + m[1].length + m[2].length });
  }
  return quoted;
}

export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const lex = opts.lex ?? defaultLexicon();
  const ft = foldWithMap(text);
  const lang = opts.lang ?? detectLang(text);
  const quoted = quotations(text);
  return {
    quoted,
    text,
    ft,
    lang,
    title: opts.title,
    sentences: new SentenceIndex(text),
    dates: findDates(ft, lex, lang),
    figures: findFigures(text, ft, lex),
    places: findPlaces(text, ft, lex).filter((p) => p.known || lang !== 'vi').sort((a, b) => a.start - b.start),
    // (all hit lists are in text order, for hitsWithin)
    lex,
  };
}

/** The sentence holding offset `pos`, if any. */
export function sentenceAt(an: Analysis, pos: number): Sentence | undefined {
  return an.sentences.at(pos);
}

/** The hits (sorted by start) lying inside [start, end), found by binary search. */
export function hitsWithin<T extends { start: number; end: number }>(hits: T[], start: number, end: number): T[] {
  const lo = partitionPoint(hits.length, (i) => hits[i].start < start);
  const out: T[] = [];
  for (let i = lo; i < hits.length && hits[i].start < end; i++) if (hits[i].end <= end) out.push(hits[i]);
  return out;
}
