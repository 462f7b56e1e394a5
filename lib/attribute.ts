// Which subject a value is about. A value is tied to a subject only on evidence in the text:
// 1. a subject phrase in the same sentence, the nearest one that can carry this kind of value,
//    unless an unrelated event ("the regional preparatory meetings", "lễ đón") stands nearer;
// 2. an anaphor ("the event", "sự kiện") pointing back at the last event named before;
// 3. for figures only: a unit that belongs to one subject (chapters, articles), or the subject the
//    document is mostly about — and only when no other event is named right next to the value.
// Dates and places never fall back to the document's topic: a red mark the reader cannot trust is
// the worst failure, so an unattributed value is simply not marked.
import { hitsWithin, insideSpan, sentenceAt, toHits, unquotedText, type Analysis, type Hit, type ValueMention } from './analyze';
import { flagSet, tokensOf, type SubjectEntry } from './lexicon';
import { fold } from './text/fold';
import { atMostWords, WordRuns } from './text/word-runs';

export type Attr = string; // 'date' | 'place' | 'figure:<unit>'

export interface Attribution {
  subject: SubjectEntry;
  how: 'explicit' | 'anaphora' | 'unit' | 'topic';
}

export type Accepts = (subject: SubjectEntry, attr: Attr) => boolean;

export const defaultAccepts: Accepts = (s, attr) => s.accepts.includes(attr);

export function attrOf(m: ValueMention): Attr {
  return m.kind === 'figure' ? `figure:${m.unit}` : m.kind;
}

const MAX_WORDS = 18;
/** Words that put a date before or after an event rather than on it. */
const TEMPORAL = flagSet(['before', 'after', 'ahead of', 'prior to', 'following', 'avant', 'apres', 'truoc', 'sau khi', 'truoc khi', 'veille', 'lendemain', 'eve']);
/** The page's temporal words outside quotations (original offsets), found once per analysis. */
const temporalCache = new WeakMap<Analysis, Hit<true>[]>();
function temporalHits(an: Analysis): Hit<true>[] {
  let hits = temporalCache.get(an);
  if (!hits) {
    hits = toHits(an.ft, TEMPORAL.findAll(an.ft.text)).filter((h) => !insideSpan(an.quoted, h));
    temporalCache.set(an, hits);
  }
  return hits;
}
const NEAR_WORDS = 5;
/** A bare year ("2026") is tied only to a subject named just before it. */
const YEAR_WORDS = 9;

/** Word runs of the unquoted text, found once per analysis. */
const runsCache = new WeakMap<Analysis, WordRuns>();
function wordsBetween(an: Analysis, a: number, b: number): number {
  let runs = runsCache.get(an);
  // (when folding kept the words, they are read from the tokens every phrase lookup shares)
  if (!runs) runsCache.set(an, (runs = an.ft.sameWords ? WordRuns.fromTokens(an.ft, tokensOf(an.ft.text), an.quoted) : WordRuns.fromText(unquotedText(an))));
  return runs.countBetween(a, b);
}

/** Words between a phrase and a value in the unquoted text (after the value: half a word more). */
function distance(an: Analysis, hit: { start: number; end: number }, m: { start: number; end: number }): number {
  if (hit.end <= m.start) return wordsBetween(an, hit.end, m.start);
  if (m.end <= hit.start) return wordsBetween(an, m.end, hit.start) + 0.5; // after the value: slightly weaker
  return 0;
}

function inSentence<T>(hits: Hit<T>[], s: { start: number; end: number }, m: ValueMention): Hit<T>[] {
  return hitsWithin(hits, s.start, s.end).filter((h) => h.end <= m.start || h.start >= m.end);
}

function valueCueOk(an: Analysis, subject: SubjectEntry, m: ValueMention): boolean {
  if (!subject.valueCue) return true;
  const fs = m.kind === 'figure' ? m.startFolded : -1;
  if (fs < 0) return false;
  const before = an.ft.text.slice(Math.max(0, fs - 20), fs);
  const w = /([\p{L}']+)\s*$/u.exec(before)?.[1];
  return !!w && subject.valueCue.includes(w);
}

export function attribute(an: Analysis, m: ValueMention, accepts: Accepts = defaultAccepts): Attribution | undefined {
  const s = sentenceAt(an, m.start);
  if (!s) return undefined;
  const attr = attrOf(m);
  const subjects = inSentence(an.subjectHits, s, m);
  const blockers = inSentence(an.blockerHits, s, m);

  // 1. explicit
  let best: { hit: Hit<SubjectEntry>; d: number } | undefined;
  for (const h of subjects) {
    if (!accepts(h.entry, attr) || !valueCueOk(an, h.entry, m)) continue;
    // "on October 24, a day before the signing ceremony": a date set apart from its event
    if (m.kind === 'date' && hitsWithin(temporalHits(an), Math.min(h.end, m.end), Math.max(h.start, m.start)).length) continue;
    const d = distance(an, h, m);
    // Vietnamese words are syllables: the same reach takes about half as many words again
    const reach = (m.kind === 'date' && m.precision === 'year' ? YEAR_WORDS : MAX_WORDS) * (an.lang === 'vi' ? 1.5 : 1);
    if (d > reach) continue;
    if (m.kind === 'date' && m.precision === 'year' && h.start > m.end && d > 2) continue;
    if (!best || d < best.d) best = { hit: h, d };
  }
  // A date opening the sentence ("Ngày 19/5, …", "On May 19, …") is the date of the sentence's
  // one event, however far the sentence names it.
  if (!best && m.kind === 'date' && atMostWords(an.text, s.start, m.start, 2)) {
    const accepting = subjects.filter((h) => accepts(h.entry, attr));
    const ids = new Set(accepting.map((h) => h.entry.id));
    if (ids.size === 1 && !blockers.length) return { subject: accepting[0].entry, how: 'explicit' };
  }
  const nearestBlocker = Math.min(...blockers.map((b) => distance(an, b, m)));
  if (best) {
    if (nearestBlocker < best.d) return undefined;
    return { subject: best.hit.entry, how: 'explicit' };
  }
  // Anything else named right next to the value claims it: no fallback then.
  const nearOther = Math.min(nearestBlocker, ...subjects.map((h) => distance(an, h, m)));
  const anaphora = inSentence(an.anaphoraHits, s, m).filter((h) => distance(an, h, m) <= MAX_WORDS);

  // 2. anaphora → the event the text has been about so far (the opening sentence counts triple)
  if (anaphora.length && nearOther > Math.min(...anaphora.map((h) => distance(an, h, m)))) {
    const score = new Map<SubjectEntry, number>();
    const first = an.sentences.first()?.end ?? 0;
    for (const h of hitsWithin(an.subjectHits, Math.max(0, s.start - 20000), s.start)) {
      if (!h.entry.event || h.entry.explicitOnly || !accepts(h.entry, attr)) continue;
      score.set(h.entry, (score.get(h.entry) ?? 0) + (h.end <= first ? 3 : 1) + h.start / 1e9);
    }
    const top = [...score].sort((a, b) => b[1] - a[1])[0];
    if (top) return { subject: top[0], how: 'anaphora' };
  }
  if (m.kind !== 'figure' || nearOther <= NEAR_WORDS) return undefined;

  // 3. figures: a unit owned by one subject, or the document's topic
  const owner = unitOwners(an.lex).find((x) => accepts(x, attr));
  if (owner) return { subject: owner, how: 'unit' };
  const topic = topicFor(an, attr, accepts);
  return topic ? { subject: topic, how: 'topic' } : undefined;
}

/** The subjects that own a unit (a convention's articles and chapters), listed once per lexicon. */
const ownersCache = new WeakMap<Analysis['lex'], SubjectEntry[]>();
function unitOwners(lex: Analysis['lex']): SubjectEntry[] {
  let owners = ownersCache.get(lex);
  if (!owners) ownersCache.set(lex, (owners = [...lex.subjectById.values()].filter((x) => x.unitOwner)));
  return owners;
}

/** The subject the document is mostly about, among those that can carry `attr` (title counts triple). */
const topicCache = new WeakMap<Analysis, Map<string, SubjectEntry | undefined>>();

export function topicFor(an: Analysis, attr: Attr, accepts: Accepts): SubjectEntry | undefined {
  // computed once per text and attribute: it reads every subject phrase of the text
  let byAttr = topicCache.get(an);
  if (!byAttr) topicCache.set(an, (byAttr = new Map()));
  const key = `${attr}|${accepts === defaultAccepts ? 'd' : 'c'}`;
  if (byAttr.has(key)) return byAttr.get(key);
  const top = computeTopic(an, attr, accepts);
  byAttr.set(key, top);
  return top;
}

function computeTopic(an: Analysis, attr: Attr, accepts: Accepts): SubjectEntry | undefined {
  const score = new Map<SubjectEntry, number>();
  const titleEnd = an.title ? -1 : (an.sentences.first()?.end ?? 0);
  for (const h of an.subjectHits) {
    if (h.entry.explicitOnly || !accepts(h.entry, attr)) continue;
    const w = h.end <= titleEnd ? 3 : 1;
    score.set(h.entry, (score.get(h.entry) ?? 0) + w);
  }
  if (an.title) {
    for (const h of an.lex.subjects.findAll(fold(an.title))) {
      if (!h.entry.explicitOnly && accepts(h.entry, attr)) score.set(h.entry, (score.get(h.entry) ?? 0) + 3);
    }
  }
  let top: SubjectEntry | undefined;
  let topScore = 0;
  for (const [k, v] of score) if (v > topScore) [top, topScore] = [k, v];
  return top;
}
