// Long one-line paragraphs are segmented in windows (lib/text/segment.ts) and patterns run on
// windows of the text (lib/extract/anchored-scan.ts): the same sentences and matches as
// segmenting or scanning the whole text, on the corpus's articles and the eval pages joined into
// one line, and no stack overflow on a long run of digits.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesAt } from '../../../lib/extract/anchored-scan';
import { SEGMENT_WINDOW, sentencesOf, type Span } from '../../../lib/text/segment';
import { CORPUS_DIR } from './corpus';

const texts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
// (the labelled pages beside the repository when they are there, as in CI; the corpus alone otherwise)
const EVAL_PAGES = join(__dirname, '../../../../shared/eval/pages');
const oneLine = [...texts(CORPUS_DIR), ...(existsSync(EVAL_PAGES) ? texts(EVAL_PAGES) : [])].join(' ').replace(/\s*[\r\n]+\s*/g, ' ');

/** The sentences as segmenting the whole paragraph at once gives them (the code before windows). */
function wholeSentences(text: string, para: Span): Span[] {
  const chunk = text.slice(para.start, para.end);
  const segs = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(chunk)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  return segs.map((s) => ({ start: para.start + s.start, end: para.start + s.end }));
}

describe('long one-line paragraphs', () => {
  it('are cut into windows only where the segmenter breaks anyway', () => {
    expect(oneLine.length).toBeGreaterThan(8 * SEGMENT_WINDOW);
    const para = { start: 0, end: oneLine.length };
    const ours = sentencesOf(oneLine, para);
    // every window cut is a break of the whole-text segmentation
    const breaks = new Set(wholeSentences(oneLine, para).map((s) => s.start));
    const trimmedStarts = new Set([...breaks].map((b) => { let i = b; while (/\s/.test(oneLine[i] ?? '')) i++; return i; }));
    expect(ours.every((s) => trimmedStarts.has(s.start))).toBe(true);
    // and the sentences are those of the paragraph segmented whole (abbreviations repaired alike)
    const short = sentencesOf(oneLine.slice(0, SEGMENT_WINDOW), { start: 0, end: SEGMENT_WINDOW });
    expect(ours.slice(0, short.length - 1)).toEqual(short.slice(0, -1));
  });
});

describe('patterns on windows of the text', () => {
  it('find what a global scan finds', () => {
    const re = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:[,. ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s+(?:delegates|countries|states|years|chapters|articles)/uy;
    const global = new RegExp(re.source, 'gu');
    const text = (oneLine + ' ').repeat(4).toLowerCase();
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) if (/\d/.test(text[i]) && !/\d/.test(text[i - 1] ?? '')) starts.push(i);
    const ours = [...matchesAt(re, text, starts)].map((m) => [m.index, m[0]]);
    expect(ours.length).toBeGreaterThan(10);
    expect(ours).toEqual([...text.matchAll(global)].map((m) => [m.index, m[0]]));
  });

  it('do not overflow the stack on 8 MB of digits', () => {
    const text = '7'.repeat(8 * 1024 * 1024) + ' delegates';
    const re = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s+delegates/uy;
    expect([...matchesAt(re, text, [0])]).toEqual([]);
  });
});

describe('phrase words', () => {
  it('wordsOf cuts a phrase exactly as the tokeniser cuts text', async () => {
    const { tokenize, wordsOf } = await import('../../../lib/lexicon/phrase-set');
    const { fold } = await import('../../../lib/text/fold');
    const samples = [...oneLine.split(/(?<=[.!?]) /).slice(0, 400), 'a😀b 𝐀𝐁 c', '🇻🇳 Hà Nội—“x”', '\ud800 lone', 'Lê Thị Thu Hằng', 'U+200B\u200bhidden'];
    for (const p of samples) {
      const f = fold(p);
      const t = tokenize(f);
      expect(wordsOf(p)).toEqual(Array.from(t.s, (s, k) => f.slice(s, t.e[k])));
    }
  });
});
