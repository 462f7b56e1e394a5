// Claims of documents and how they become facts: every date, figure and place that a sentence
// ties to something — an event it governs, or a count's noun and the words around it — is a
// claim, with its frame. Claims with the same kind of value whose frames agree are one subject,
// across documents and languages; a different value for one subject is a disagreement.
import { addPlaceCues, phrasesIn, wordsIn, isContentWord, stem, MOVEMENT, type Frame, type Word } from './frame';
import type { Analysis, ValueMention } from '../analyze';
import { sentenceFrame } from './sentence-frame';
import { unitCue } from './signature';

export interface ClaimFrame {
  frame: Frame;
  /** A short phrase of the sentence naming what the value is about (the subject's label). */
  label: string;
}

/** How far (in words) an event may stand from a value for the sentence to tie them. */
export function reachOf(kind: ValueMention['kind'], lang: string): number {
  const base = kind === 'figure' ? 6 : 8;
  return lang === 'vi' ? base * 1.5 : base;
}

/** The frame of a mention in its sentence, and a label for its subject; undefined when nothing ties it. */
export function claimFrame(an: Analysis, m: ValueMention, others: ValueMention[]): ClaimFrame | undefined {
  const read = sentenceFrame(an, m, others);
  if (!read) return undefined;
  const { frame, sentence: s } = read;
  addPlaceCues(frame, m, an.places, s);
  const reach = reachOf(m.kind, an.lang);
  if (m.kind === 'figure') {
    // a count is about its noun and what the sentence says of it: some content word near it
    let near = false;
    for (const w of frame.cues.values()) if (w >= 0.45) near = true;
    // (and the words that describe its noun, "12 regional delegations", "over 30 exhibition
    // booths": they say which things are counted, however far the sentence's other words)
    for (const w of m.describing ?? []) {
      frame.cues.set(stem(w), 1);
      near = true;
    }
    if (!near) return undefined;
    frame.cues.set(unitCue(m.unit), 1);
    // "Over 1,000 delegates … reviewed reports from regional meetings": a count that is its
    // clause's subject is about what its sentence or paragraph is about, not about an event
    // named inside its verb's object
    // (its label is then the count's noun phrase, without the verb: "delegates from member states")
    const verb = verbOverEvent(an, m, frame, s);
    if (verb !== undefined) dropGoverning(frame);
    return { frame, label: figureLabel(an, m, verb ?? s.end) };
  }
  if (!frame.governing || (frame.governingDistance ?? Infinity) > reach) {
    // "as of 3 May, 40 delegations had confirmed": a cut-off date is the date of the count
    // its clause goes on to give, however far the event
    const count = m.kind === 'date' && frame.temporal === 'as-of' ? countAfter(an, m, others, s.end, reach) : undefined;
    if (!count) return undefined;
    frame.cues.set(unitCue(count.unit), 1);
    return { frame, label: figureLabel(an, count, s.end) };
  }
  // "a day before the ceremony" is not the ceremony's date; "as of 14 October", "until 31
  // December", "since 2017" are dates of their own subject (a cut-off, a deadline, a start),
  // kept apart from the event's date by their temporal word (see sameEvent)
  if (frame.temporal === 'before') return undefined;
  if (m.kind === 'place' && MOVEMENT.has(frame.governing)) return undefined;
  // "a statement released in Kampala revealed that … the Assembly adopted": a place nearer a
  // report or a speech than the event is where it was said, not where the event was
  if (m.kind === 'place' && Math.max(...SAYING.map((c) => frame.cues.get(c) ?? 0)) > (frame.cues.get(frame.governing) ?? 0)) return undefined;
  return { frame, label: eventLabel(an, frame, s.start, s.end) };
}

/** Auxiliaries and aspect words that put a verb right after them (folded). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'ont', 'avait', 'avaient', 'aura', 'auront', 'vont', 'da', 'se', 'dang', 'vua']);
/** Words that open no object: a verb in -ed before one of them is a participle ("invited by"). */
const NO_OBJECT = new Set(['by', 'from', 'in', 'at', 'on', 'to', 'for', 'with', 'as', 'par', 'de', 'en', 'boi']);

/**
 * Where the verb starts when the event governing a count stands inside the object of a verb the
 * count is the subject of: the count opens its clause ("Over 1,000 delegates from member states reviewed
 * reports from regional meetings", "Plus de 300 délégués … ont examiné les rapports des réunions",
 * "Hơn 300 đại biểu … đã xem xét báo cáo của các hội nghị"), and between it and the event stands
 * a verb — a past form in -ed with an object after it, or a word after an auxiliary — that is no
 * event of its own ("attended the meetings", "đã tham dự hội nghị" pass the count to the event).
 */
function verbOverEvent(an: Analysis, m: ValueMention, frame: Frame, s: { start: number; end: number }): number | undefined {
  const g = frame.governingSpan;
  if (!frame.governing || !g || g.start < m.end) return undefined;
  // an attendance or a visit, even as the verb's object, is the count's own act ("Over 70
  // countries have confirmed participation in the ceremony", "đã xác nhận tham dự lễ ký")
  if (MOVEMENT.has(frame.governing) || MOVEMENT.has(frame.governingVerb ?? '')) return undefined;
  // (the clause's subject: nothing but punctuation between the clause's start and the count)
  const head = an.text.slice(s.start, m.start);
  if (wordsIn(head.slice(Math.max(head.search(/[,;:—–][^,;:—–]*$/u) + 1, 0))).length) return undefined;
  if (/[.;:!?()]/.test(an.text.slice(m.end, g.start))) return undefined;
  const words = wordsIn(an.text, s.start, s.end);
  const events = new Set<number>();
  for (const f of phrasesIn(words)) if (f.p.kind === 'event' || f.p.kind === 'link') for (let k = f.i; k < f.j; k++) events.add(k);
  const from = words.findIndex((w) => w.start >= m.end);
  for (let k = from; k >= 0 && k < words.length && words[k].end <= g.start; k++) {
    const w = words[k];
    const lower = an.text.charAt(w.start) === an.text.charAt(w.start).toLowerCase();
    const next = words[k + 1];
    const past = an.lang === 'en' && w.w.length > 4 && w.w.endsWith('ed') && !!next && !NO_OBJECT.has(next.w);
    const afterAux = k > from && AUXILIARIES.has(words[k - 1].w);
    if (!lower || !(past || afterAux) || !isContentWord(w.w)) continue;
    // the count's own verb is an event: it governs (or passes the count to its object)
    if (events.has(k)) return undefined;
    // (the verb, or its auxiliary)
    return afterAux ? words[k - 1].start : w.start;
  }
  return undefined;
}

/** Forgets what governs a frame (its cues stay). */
function dropGoverning(frame: Frame): void {
  delete frame.governing;
  delete frame.governingDistance;
  delete frame.governingSpan;
  delete frame.governingSet;
  delete frame.governingVerb;
  delete frame.fromOpening;
  delete frame.coordinated;
}

/** Concepts of saying and publishing: where they happen is not where the event they report did. */
const SAYING = ['@speech', '@report', '@publish'];

const CONNECTORS = new Set(['of', 'the', 'de', 'du', 'des', 'la', 'le', "l'", "d'", 'cua', 've', 'on', 'for', 'sur', 'pour', 'against', 'contre', 'chong']);

/** Whether punctuation separates two words of a sentence. */
function broken(text: string, a: number, b: number): boolean {
  return /[,.;:!?()"“”«»–—]/.test(text.slice(a, b));
}

/** The governing event phrase with the words that qualify it ("signing ceremony of the Convention"). */
function eventLabel(an: Analysis, frame: Frame, from: number, to: number): string {
  const g = frame.governingSpan!;
  const words = wordsIn(an.text, from, to);
  let i = words.findIndex((w) => w.start >= g.start);
  let j = words.findIndex((w) => w.end >= g.end);
  if (i < 0 || j < 0) return an.text.slice(g.start, g.end);
  // before: up to two content words ("high-level signing ceremony"), none of a linking verb's
  // ("tổ chức Lễ mở ký": the label starts at "Lễ")
  const linked = new Set<number>();
  for (const f of phrasesIn(words)) if (f.p.kind !== 'event') for (let k = f.i; k < f.j; k++) linked.add(k);
  for (let k = 0; k < 2 && i > 0 && !linked.has(i - 1) && isContentWord(words[i - 1].w) && !/\d/.test(words[i - 1].w) && !broken(an.text, words[i - 1].end, words[i].start); k++) i--;
  // after: connectors and content words, up to five words, never across punctuation or a number
  let taken = 0;
  let last = j;
  for (let k = j + 1; k < words.length && taken < 5; k++) {
    if (broken(an.text, words[k - 1].end, words[k].start) || /\d/.test(words[k].w)) break;
    if (CONNECTORS.has(words[k].w)) { taken++; continue; }
    if (!isContentWord(words[k].w)) break;
    taken++;
    last = k;
  }
  j = last;
  return tidyLabel(an.text, words.slice(i, j + 1));
}

/** Words that end no name of a subject: conjunctions, articles, prepositions (folded). */
const DANGLING = new Set([...CONNECTORS, 'and', 'et', 'or', 'ou', 'to', 'in', 'at', 'by', 'with', 'a', 'an', 'au', 'aux', 'va', 'hoac', 'tai', 'tu']);
/** Quantifiers that open no name of a subject ("each signature"). */
const LEADING_QUANTIFIERS = new Set(['each', 'every', 'chaque', 'moi']);

/**
 * A label without the words at its ends that name nothing: a dangling conjunction, article or
 * preposition, or a linking verb at its end ("chapitres et de" → "chapitres", "Crime Congress
 * set" → "Crime Congress"), a quantifier, article or auxiliary at its start unless `keepFirst`
 * ("Each signature" → "signature"); a label made of nothing else is kept as it was.
 */
function tidyLabel(text: string, words: Word[], keepFirst = false): string {
  if (!words.length) return '';
  const linking = new Set<number>();
  for (const f of phrasesIn(words)) if (f.p.kind === 'link' || f.p.kind === 'temporal') for (let k = f.i; k < f.j; k++) linking.add(k);
  let i = 0;
  let j = words.length - 1;
  if (!keepFirst) while (i <= j && (LEADING_QUANTIFIERS.has(words[i].w) || DANGLING.has(words[i].w) || linking.has(i))) i++;
  while (j > i && (DANGLING.has(words[j].w) || linking.has(j))) j--;
  if (i > j) return text.slice(words[0].start, words[words.length - 1].end);
  return text.slice(words[i].start, words[j].end);
}

/** The first count after a value in its clause (no punctuation but a comma between), within `reach` words. */
function countAfter(an: Analysis, m: ValueMention, others: ValueMention[], to: number, reach: number): Extract<ValueMention, { kind: 'figure' }> | undefined {
  const count = others.find((o): o is Extract<ValueMention, { kind: 'figure' }> => o.kind === 'figure' && o.start >= m.end && o.start < to);
  if (!count || /[.;:!?()]/.test(an.text.slice(m.end, count.start))) return undefined;
  return wordsIn(an.text, m.end, count.start).length <= reach ? count : undefined;
}

/** A count's noun and what follows it in its clause ("countries signed the Convention"). */
function figureLabel(an: Analysis, m: ValueMention, to: number): string {
  const words = wordsIn(an.text, m.start, to);
  const inside = words.filter((w) => w.start < m.end);
  let end = m.end;
  let taken = 0;
  for (const w of words.slice(inside.length)) {
    if (taken >= 5 || broken(an.text, end, w.start) || /\d/.test(w.w)) break;
    end = w.end;
    taken++;
  }
  // (the label opens with what is counted: the words after the number, "đại biểu" in "hơn một
  // nghìn đại biểu", "national delegations" in "110 national delegations")
  const lex = an.lex;
  let lastNumber = -1;
  inside.forEach((w, k) => {
    if (/\d/.test(w.w) || lex.numberWords.has(w.w)) lastNumber = k;
  });
  const unit = inside[lastNumber + 1] ?? inside.filter((w) => !/\d/.test(w.w)).slice(-1)[0];
  const from = unit ? unit.start : m.start;
  return tidyLabel(an.text, wordsIn(an.text, from, end), true) || an.text.slice(from, end);
}

/** Inverse frequencies of the cues over a set of frames. */
export function cueIdf(frames: Frame[]): (c: string) => number {
  const df = new Map<string, number>();
  for (const f of frames) for (const [c, w] of f.cues) if (w >= 0.25) df.set(c, (df.get(c) ?? 0) + 1);
  const n = frames.length;
  return (c) => Math.max(0.1, Math.log((n + 1) / ((df.get(c) ?? 0) + 0.5)));
}

/** Cosine of two frames' cues weighted by idf, lowered when two different events govern them. */
export function frameSimilarity(a: Frame, b: Frame, idf: (c: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [c, w] of a.cues) {
    const i = idf(c);
    na += (w * i) ** 2;
    const v = b.cues.get(c);
    if (v) dot += w * v * i * i;
  }
  for (const [c, w] of b.cues) nb += (w * idf(c)) ** 2;
  let sim = na && nb ? dot / Math.sqrt(na * nb) : 0;
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) sim *= 0.2;
  if (a.governing && b.governing && !sameEvent(a, b)) sim *= 0.3;
  return sim;
}

/**
 * How much of a claim's frame a subject's frame holds (its cues' weight, by idf, found in the
 * subject): a subject merged from many sentences in several languages holds one more sentence's
 * words however long it has grown, where a cosine would shrink with its size.
 */
export function coverage(claim: Frame, subject: Frame, idf: (c: string) => number): number {
  let all = 0;
  let held = 0;
  for (const [c, w] of claim.cues) {
    const x = (w * idf(c)) ** 2;
    all += x;
    if ((subject.cues.get(c) ?? 0) >= 0.3) held += x;
  }
  let cov = all ? held / all : 0;
  if (claim.ordinal !== undefined && subject.ordinal !== undefined && claim.ordinal !== subject.ordinal) cov *= 0.2;
  return cov;
}

/**
 * Whether two frames' governing events can be one: each one's governing concept stands close to
 * the value in the other ("signing ceremony" governs by "ceremony" in one sentence and by
 * "signature" in "cérémonie de signature").
 */
export function sameEvent(a: Frame, b: Frame): boolean {
  if (!a.governing || !b.governing) return false;
  if ((a.temporal ?? '') !== (b.temporal ?? '')) return false;
  const as = a.governingSet ?? [a.governing];
  const bs = b.governingSet ?? [b.governing];
  // "the event" can be any event
  if ((as.length === 1 && as[0] === '@event') || (bs.length === 1 && bs[0] === '@event')) return true;
  return as.some((g) => bs.includes(g) || (b.cues.get(g) ?? 0) >= 0.4) || bs.some((g) => (a.cues.get(g) ?? 0) >= 0.4);
}
