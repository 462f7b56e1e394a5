// The frame of a value (or a name) read in its own sentence, the sentence's other values marked,
// those of the same kind as rivals: what the checker, the fact builder and the name tie all read.
import { hitsWithin, sentenceAt, type Analysis, type ValueMention } from '../analyze';
import type { Span } from '../text/segment';
import { frameOf, type Frame } from './frame';

/** What a value can be compared on: "date", "place" or "figure:<unit>". */
export function valueAttr(m: ValueMention): string {
  return m.kind === 'figure' ? `figure:${m.unit}` : m.kind;
}

/**
 * Whether another value of the sentence claims the words beyond it more than `v` does: a value of
 * the same kind, and for a figure one of the same unit ("9 chapters and 71 articles" are both
 * the convention's; "1,000 delegates from 70 countries" count different things alike).
 */
export function isRival(v: { kind: string; unit?: string }, o: { kind: string; unit?: string }): boolean {
  return o.kind === v.kind && (v.kind !== 'figure' || o.unit === v.unit);
}

/**
 * The frame of `v` in its sentence; `all` is every value of the text, in text order. Undefined
 * where `v` stands in no sentence.
 */
export function sentenceFrame(an: Analysis, v: Span & { kind: string; unit?: string }, all: ValueMention[]): { frame: Frame; sentence: Span } | undefined {
  const s = sentenceAt(an, v.start);
  if (!s) return undefined;
  const others = hitsWithin(all, s.start, s.end).filter((o) => o !== v).map((o) => ({ start: o.start, end: o.end, rival: isRival(v, o) }));
  const frame = frameOf({ text: an.text, start: v.start, end: v.end, from: s.start, to: s.end, others });
  // "after five years of negotiations", "at the end of five years": a temporal word sets a date
  // apart from its event, but a duration it introduces is the event's own length
  if (v.kind === 'figure') delete frame.temporal;
  return { frame, sentence: s };
}
