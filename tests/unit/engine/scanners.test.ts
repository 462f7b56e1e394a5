// The hand-written scanners (written for speed) must cut text exactly as the regular expressions
// they replaced: each is compared with that expression, kept here as the reference, on the corpus
// and on odd text (emoji, lone surrogates, NFD, BOM, full-width and non-Latin letters, no-break
// spaces). A difference would move marks on a page, so these tests fail on any.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/lexicon/phrase-set';
import { defaultLexicon, PhraseSet } from '../../../lib/lexicon';
import { capitalizedRuns } from '../../../lib/extract/names';
import { fold, foldWithMap } from '../../../lib/text/fold';
import { detectLang } from '../../../lib/text/detect-lang';
import { SentenceIndex, sentences } from '../../../lib/text/segment';
import { candidateStarts, matchesAt } from '../../../lib/extract/anchored-scan';
import { CORPUS_DIR } from './corpus';
import { datePatterns } from '../../../lib/extract/dates';
import { analyze } from '../../../lib/analyze';

const corpus = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));

const odd = [
  '',
  ' ',
  '\ufeffOctober 25-26, 2025 in Hanoi',
  '👍🏽 Hà Nội 🇻🇳 — “Lương Cường” 2025',
  '\ud800abc\udc00 X\ud835\udc00Y 𝐀𝐁 Z\ud83d',
  'x \ud800Abc Def \udc00Ghi\ud83d',
  'Lu\u031bo\u031b\u0300ng Cu\u031bo\u031b\u0300ng (NFD) Ô\u0301ng',
  'İstanbul ß ﬁnal Ǆemal ǅ',
  'Αθήνα Москва 東京 Ｈａｎｏｉ １２３',
  '한국어 서울 회의 آمنة क़ानून ড়: Hangul and others fold to several characters'.repeat(3),
  '\u0301abc \u0301Abc',
  'l’ONU d\'Hanoï Ban Ki-moon – Secretary-General- Guterres\'',
  '25\u202f000 1\u00a0000 délégués ; « plus de 20 ans »',
  'A\u00a0B  C\tD\nE F\u2028G H\u3000I',
  'Mr.Guterres,Mr. Le Thi Thu Hang;M.Noorman',
  "McDonald iPhone ABC-Def l'Abc -Abc 'Abc x-Abc AbC DEF GHI O'Neil- D'Arcy’ Ǉudevit ǈubo",
  'Brahmi danda 𑁇 Then more\nA lone \ud804 surrogate. And 。 ideographic\nNo stop here\u2026 Next one',
  'nguyen'.repeat(60) + 'NGUYEN Van A ' + 'X'.repeat(300) + ' Y Z\u0301abc Ab\u0301c',
  'Wait… Then he left. He said “yes.” Then left.\n“With this spirit, Viet Nam is proud. “\nA: B. C\nHello\u2029World\nin the U.S. Army\nXin chào。 Tiếp\nReally?!” (AFP)\nTitle without a stop\nOne sentence only.\n',
];
const texts = [...corpus, ...odd, corpus.join('\n\n').slice(5000, 9000)];

// ---- the references: the expressions the scanners replaced ----
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
function referenceTokens(text: string): [number, number][] {
  return [...text.matchAll(TOKEN)].map((m) => [m.index!, m.index! + m[0].length]);
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’\-]*/gu;
function referenceRuns(text: string, from = 0, to = text.length) {
  const runs: { start: number; end: number; text: string }[][] = [];
  let cur: { start: number; end: number; text: string }[] = [];
  let lastEnd = -1;
  WORD.lastIndex = from;
  for (let m; (m = WORD.exec(text)) && m.index < to; ) {
    const w = m[0].replace(/[-'’]+$/, '');
    const c = w.charAt(0);
    const cap = c !== c.toLowerCase();
    const gap = lastEnd >= 0 ? text.slice(lastEnd, m.index) : '';
    if (cap && cur.length && /^[ \u00a0]$/.test(gap)) cur.push({ start: m.index, end: m.index + w.length, text: w });
    else {
      if (cur.length) runs.push(cur);
      cur = cap ? [{ start: m.index, end: m.index + w.length, text: w }] : [];
    }
    lastEnd = m.index + m[0].length;
  }
  if (cur.length) runs.push(cur);
  return runs;
}

function referenceFoldWithMap(original: string) {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = cp < 0x80 ? (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch) : fold(ch);
    for (const c of f) {
      for (let k = 0; k < c.length; k++) {
        map.push(i);
        parts.push(c[k]);
      }
    }
    i += ch.length;
  }
  map.push(original.length);
  return { text: parts.join(''), map };
}

const VI = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const FR = /(?<![\p{L}])(le|la|les|des|du|et|est|une|dans|pour|avec|sur|qui|que|au|aux|été|à)(?![\p{L}])/gu;
const EN = /(?<![\p{L}])(the|and|of|to|in|is|was|for|with|on|that|by|from|at)(?![\p{L}])/gu;
function referenceLang(text: string): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const vi = sample.match(VI)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 1;
  if (vi / letters > 0.02) return 'vi';
  return (sample.match(FR)?.length ?? 0) > (sample.match(EN)?.length ?? 0) ? 'fr' : 'en';
}

const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|no|vs|gen|col|lt|sr|jr|prof|ts|ths|pgs|gs|th\.s|m|mm|mme|mlle|me|art|ch|p|tr|oct|nov|dec|déc|janv|févr|fév|avr|juil|sept|sep|aug|jan|feb|mar|apr|jun|jul|[a-zà-ỹ])\.$/iu;
/** Sentences by Intl.Segmenter over every paragraph, joined after abbreviations, trimmed. */
function referenceSentences(text: string) {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: { start: number; end: number; para: number; opensParagraph: boolean }[] = [];
  let para = 0;
  for (const m of text.matchAll(/[^\n\r]+/g)) {
    let ps = m.index!;
    let pe = ps + m[0].length;
    while (ps < pe && /\s/.test(text[ps])) ps++;
    while (pe > ps && /\s/.test(text[pe - 1])) pe--;
    if (pe <= ps) continue;
    const chunk = text.slice(ps, pe);
    const merged: { start: number; end: number }[] = [];
    for (const x of seg.segment(chunk)) {
      const prev = merged[merged.length - 1];
      if (prev && ABBREVIATION.test(chunk.slice(prev.start, prev.end).trimEnd())) prev.end = x.index + x.segment.length;
      else merged.push({ start: x.index, end: x.index + x.segment.length });
    }
    let first = true;
    for (const r of merged) {
      let a = r.start;
      let b = r.end;
      while (a < b && /\s/.test(chunk[a])) a++;
      while (b > a && /\s/.test(chunk[b - 1])) b--;
      if (b > a) {
        out.push({ start: ps + a, end: ps + b, para, opensParagraph: first });
        first = false;
      }
    }
    para++;
  }
  return out;
}

/**
 * Offsets spread over a text (every position for short texts), never inside a surrogate pair:
 * the engine's offsets come from matches and tokens, which never split a character.
 */
function positions(text: string): number[] {
  const step = Math.max(1, Math.floor(text.length / 400));
  const out: number[] = [];
  const inPair = (i: number) => /[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i] ?? '');
  for (let i = 0; i <= text.length; i += step) if (!inPair(i)) out.push(i);
  return out;
}

describe('hand-written scanners agree with the expressions they replaced', () => {
  it('tokenize cuts folded and raw text into the same tokens as /[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]/gu', () => {
    for (const t of texts) {
      for (const text of [t, fold(t)]) {
        const { s, e } = tokenize(text);
        expect([...s].map((x, k) => [x, e[k]])).toEqual(referenceTokens(text));
      }
    }
  });

  it('PhraseSet.findAll reads a whole page from the word index and finds what the token walk finds', () => {
    const lex = defaultLexicon();
    const sets = Object.values(lex).filter((v): v is PhraseSet<unknown> => v instanceof PhraseSet);
    expect(sets.length).toBeGreaterThan(10);
    const pages = [...texts, corpus.join('\n\n')].map(fold).filter((f) => tokenize(f).s.length >= 300);
    expect(pages.length).toBeGreaterThan(3);
    for (const f of pages) {
      for (const set of sets) {
        // (a window that starts after a leading space is walked token by token)
        const walked = set.findAll(' ' + f, 1).map((h) => ({ ...h, start: h.start - 1, end: h.end - 1 }));
        expect(set.findAll(f)).toEqual(walked);
      }
    }
    // more sets than slots: each takes a slot from the least recently used, and still finds what it walks to
    const page0 = fold(corpus.join('\n\n'));
    const words0 = page0.split(/[^a-z]+/).filter((w) => w.length > 3);
    const many = Array.from({ length: 45 }, (_, k) => new PhraseSet<number>(words0.slice(k * 7, k * 7 + 7).map((w) => [w, k])));
    for (let round = 0; round < 2; round++) {
      for (const set of many) {
        const walked = set.findAll(' ' + page0, 1).map((h) => ({ ...h, start: h.start - 1, end: h.end - 1 }));
        expect(set.findAll(page0)).toEqual(walked);
      }
    }
    // a set made after a page was indexed is looked up with the page's new word ids
    const page = fold(corpus[0]);
    lex.roles.findAll(page);
    const late = new PhraseSet([['xyzzy-unseen phrase', 1], [corpus[0].split(/\s+/).slice(3, 5).join(' '), 2]]);
    expect(late.findAll(page).map((h) => h.entry)).toContain(2);
  });

  it('capitalizedRuns finds the same runs, whole text and windows', () => {
    for (const t of texts) {
      const strip = (runs: ReturnType<typeof capitalizedRuns>) => runs.map((r) => r.tokens.map(({ start, end, text }) => ({ start, end, text })));
      expect(strip(capitalizedRuns(t))).toEqual(referenceRuns(t));
      for (const from of positions(t).slice(0, 40)) expect(strip(capitalizedRuns(t, from, from + 60))).toEqual(referenceRuns(t, from, from + 60));
    }
    const folded = capitalizedRuns('Ông Lương Cường').flatMap((r) => r.tokens.map((x) => x.folded));
    expect(folded).toEqual(['ong', 'luong', 'cuong']);
  });

  it('foldWithMap gives the same folded text and offset map as folding each character', () => {
    for (const t of texts) {
      const ft = foldWithMap(t);
      const ref = referenceFoldWithMap(t);
      // (a lone surrogate is decoded as U+FFFD: neither is a letter, the length is the same)
      expect(ft.text.replace(/[\ud800-\udfff\ufffd]/gu, '?')).toBe(ref.text.replace(/[\ud800-\udfff\ufffd]/gu, '?'));
      expect([...ft.map]).toEqual(ref.map);
    }
  });

  it('detectLang decides as the three expressions did', () => {
    for (const t of [...texts, ...corpus.map((c) => c.slice(0, 600)), 'Le Thi Thu Hang and La Thi Thu Hang met the press']) {
      expect(detectLang(t)).toBe(referenceLang(t));
    }
  });

  it('sentences are those of Intl.Segmenter (joined after abbreviations), one-sentence paragraphs included', () => {
    for (const t of texts) expect(sentences(t)).toEqual(referenceSentences(t));
  });

  it('SentenceIndex finds, for every offset, the sentence that segmenting the whole text gives', () => {
    for (const t of texts) {
      const all = sentences(t);
      const ix = new SentenceIndex(t);
      expect(ix.first()).toEqual(all[0]);
      for (const pos of positions(t)) {
        const want = all.find((s) => s.start <= pos && pos < s.end);
        expect(ix.at(pos)).toEqual(want);
      }
      expect(ix.all()).toEqual(all);
    }
  });

  it('each date pattern, tried only where it says it can begin, finds what a global scan finds', () => {
    const lex = defaultLexicon();
    let found = 0;
    const dated = 'Saturday, October 25-26, 2025; du 25 au 26 octobre 2025; ngày 25 tháng 10 năm 2025; 25-26/10/2025, 24/12 et 19/5; tháng 10/2025, mars 2025, Dec. 2024; en 2026, 2026-2028; du 3 au 4 déc.';
    for (const t of [...texts, dated]) {
      const f = fold(t);
      for (const p of datePatterns(lex)) {
        const global = [...f.matchAll(new RegExp(p.re.source, 'gu'))].map((m) => [m.index, m[0]]);
        const anchored = [...matchesAt(p.re, f, candidateStarts(f, p.words, p.digits))].map((m) => [m.index, m[0]]);
        expect(anchored).toEqual(global);
        found += global.length;
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('matchesAt finds what a global scan finds when matches start at candidate tokens', () => {
    const starts = new PhraseSet<true>([['ngay', true], ['du', true], ['october', true], ['plus', true]]);
    const source = '(?<![\\p{L}\\p{N}/.,-])(?:(?:ngay|du|plus\\s+de)\\s+)?(?:october\\s+)?\\d{1,2}(?:\\s*[-/]\\s*\\d{1,2})*';
    for (const t of texts) {
      const f = fold(t);
      const global = [...f.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]);
      const anchored = [...matchesAt(new RegExp(source, 'uy'), f, candidateStarts(f, starts))].map((m) => [m.index, m[0]]);
      expect(anchored).toEqual(global);
    }
  });
});
