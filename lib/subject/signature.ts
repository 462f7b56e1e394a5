// A fact's signature: what its subject looks like on a page, learnt from the fact itself — the
// words of its label and the frame of its value in each source's quote, in whichever languages
// its sources are — and the score of a page value's frame against it.
//
// The score is evidence, not a rule list: the cues the page's sentence shares with the fact,
// each weighted by its closeness to the value on the page, its weight in the fact, and how
// specific it is to this fact among the fact base (inverse document frequency over the facts).
// Two general rules then lower it: another event governing the value ("arrived on 24 October"
// against a fact about a ceremony), and a temporal word ("before", "as of") the fact's own
// sources never put beside its value.
import { analyze } from '../analyze';
import { compareDate, compareFigure } from '../compare';
import { samePlace } from '../extract/names';
import { fold } from '../text/fold';
import { FIRST_IN_CUE, frameOf, isEventPart, isEventWord, translationsOf, type Frame, type TemporalRole } from './frame';
import { isRival } from './sentence-frame';
import { allSources, type Fact, type FactValue, type FigureValue, type NameValue, type DateValue, type Lang } from '../model';
import type { Analysis, ValueMention } from '../analyze';

export interface Signature {
  cues: Map<string, number>;
  /** The event concepts that govern the value in the fact's label or sources. */
  core: Set<string>;
  /** Temporal words its sources put beside the value. */
  temporal: Set<TemporalRole>;
  /** Editions its label or sources name for the event ("15th"). */
  ordinals: Set<number>;
}

/** Whether a mention read from a quote states one of the fact's values. */
export function statesValue(m: ValueMention, value: FactValue): boolean {
  if (m.kind === 'date') return compareDate(m, value as DateValue)?.verdict === 'match';
  if (m.kind === 'figure') return compareFigure(m, value as FigureValue)?.verdict === 'match';
  const v = value as NameValue;
  return samePlace(m.names, [v.name, ...(v.aliases ?? [])]);
}

function mentionsOf(an: ReturnType<typeof analyze>, kind: Fact['kind']): ValueMention[] {
  if (kind === 'date') return an.dates;
  if (kind === 'figure') return an.figures;
  return an.places;
}

function mergeInto(sig: Signature, f: Frame, scale: number): void {
  for (const [c, w] of f.cues) {
    const x = w * scale;
    if (x > (sig.cues.get(c) ?? 0)) sig.cues.set(c, x);
  }
}

/**
 * The analyses of the last quotes read: a quote often serves several facts (one sentence states
 * a date and a place; a base's facts cite the same sentences), and analysing it is most of the
 * cost of a signature. Analyses are pure functions of the text and its language.
 */
const quoteAnalyses = new Map<string, Analysis>();
function analyzeQuote(text: string, lang: Lang | undefined): Analysis {
  const key = `${lang ?? ''}\u0000${text}`;
  let an = quoteAnalyses.get(key);
  if (!an) {
    an = analyze(text, lang ? { lang } : {});
    if (quoteAnalyses.size >= 256) quoteAnalyses.clear();
    quoteAnalyses.set(key, an);
  }
  return an;
}

/** The frame of one text about a fact's value: where the text states the value, read from there. */
export function frameInText(text: string, lang: Lang | undefined, fact: Pick<Fact, 'kind' | 'value' | 'variants'>): Frame | undefined {
  const an = analyzeQuote(text, lang);
  const all = [...an.dates, ...an.figures, ...an.places];
  const values = [fact.value, ...(fact.variants ?? []).map((v) => v.value)];
  if (fact.kind === 'name' && (fact.value as NameValue).entity !== 'place') {
    // a person: where the quote writes one of the names
    const forms = values.flatMap((v) => [(v as NameValue).name, ...((v as NameValue).aliases ?? [])]).map(fold).filter((x) => x.length >= 3);
    const at = forms.map((x) => ({ x, i: an.ft.text.indexOf(x) })).filter((o) => o.i >= 0).sort((a, b) => a.i - b.i)[0];
    if (!at) return undefined;
    return frameOf({ text, start: an.ft.map[at.i], end: an.ft.map[at.i + at.x.length], others: all.map((o) => ({ start: o.start, end: o.end })) });
  }
  const m = mentionsOf(an, fact.kind).find((x) => values.some((v) => statesValue(x, v)));
  if (!m) return undefined;
  const f = frameOf({ text, start: m.start, end: m.end, others: all.filter((x) => x !== m).map((o) => ({ start: o.start, end: o.end, rival: isRival(m, o) })) });
  if (m.kind === 'figure') delete f.temporal; // as sentenceFrame reads a page's figure
  return f;
}

export function signatureOf(fact: Fact): Signature {
  const sig: Signature = { cues: new Map(), core: new Set(), temporal: new Set(), ordinals: new Set() };
  // what a figure counts is evidence too: the more facts count it, the less (idf)
  if (fact.kind === 'figure') sig.cues.set(unitCue((fact.value as FigureValue).unit), 1);
  // (a user's fact typed in the options page names its subject in `subject` alone)
  const labelText = fact.subjectLabel || fact.subject;
  if (labelText) {
    const label = frameOf({ text: labelText, start: -1, end: -1 });
    mergeInto(sig, label, 1);
    for (const c of label.cues.keys()) if (c.startsWith('@')) sig.core.add(c);
  }
  const sources = allSources(fact);
  const seen = new Set<string>();
  for (const s of sources) {
    if (!s.quote || seen.has(s.quote)) continue;
    seen.add(s.quote);
    const f = frameInText(s.quote, s.lang, fact);
    if (f) {
      mergeInto(sig, f, 1);
      for (const g of f.governingSet ?? []) sig.core.add(g);
      if (f.temporal) sig.temporal.add(f.temporal);
      if (f.ordinal !== undefined) sig.ordinals.add(f.ordinal);
    } else {
      // the quote does not state the value where we can find it: its words count, less
      mergeInto(sig, frameOf({ text: s.quote, start: -1, end: -1 }), 0.4);
    }
  }
  return sig;
}

/** The cue a figure's unit gives its frame. */
export const unitCue = (unit: string) => `#${unit}`;

/** Scores of a frame against signatures, with inverse document frequencies over a fact base. */
export class SubjectIndex {
  private readonly n: number;

  private readonly groupOf: Map<string, string>;
  private readonly sizes = new Map<string, number>();

  /**
   * `groups` says which facts compete for the same values (their kind and unit: a date fact
   * never competes with a place fact, however alike their sentences); a cue's specificity is read
   * among the competitors, over a background of BACKGROUND_FACTS other subjects the base does not
   * hold, so that a base of two facts still weighs words as a large one does.
   */
  /** group → cue → the number of the group's facts with the cue. */
  private readonly dfByGroup = new Map<string, Map<string, number>>();

  constructor(readonly sigs: Map<string, Signature>, groups: Map<string, string> = new Map()) {
    this.groupOf = groups;
    for (const [id, sig] of sigs) {
      const g = groups.get(id) ?? '';
      this.sizes.set(g, (this.sizes.get(g) ?? 0) + 1);
      let df = this.dfByGroup.get(g);
      if (!df) this.dfByGroup.set(g, (df = new Map()));
      for (const [c, w] of sig.cues) if (w >= 0.25) df.set(c, (df.get(c) ?? 0) + 1);
    }
    this.n = sigs.size;
  }

  private postings?: Map<string, string[]>;

  /**
   * The facts among `facts` that share at least one cue with the frame (the others score 0):
   * looked up in an inverted index when there are many, so a page's value costs the facts that
   * could be meant, not the whole base.
   */
  candidates<F extends { id: string }>(frame: Frame, facts: F[]): F[] {
    if (facts.length <= 64) return facts;
    if (!this.postings) {
      this.postings = new Map();
      for (const [id, sig] of this.sigs) for (const [c, w] of sig.cues) if (w >= 0.25 && !c.startsWith('#')) {
        const list = this.postings.get(c);
        if (list) list.push(id);
        else this.postings.set(c, [id]);
      }
    }
    const ids = new Set<string>();
    for (const c of frame.cues.keys()) for (const id of this.postings.get(c) ?? []) ids.add(id);
    return facts.filter((f) => ids.has(f.id));
  }

  idf(cue: string, factId?: string): number {
    const g = (factId !== undefined ? this.groupOf.get(factId) : undefined) ?? '';
    const df = this.dfByGroup.get(g)?.get(cue) ?? 0;
    const n = this.sizes.get(g) ?? this.n;
    return Math.max(0.1, Math.log((n + BACKGROUND_FACTS + 1) / (df + 0.5)));
  }

  /**
   * Whether the page's sentence shares a word with the fact near the value, not only a kind of
   * event (the word "session" itself no more than its concept); a kind noun shares with its
   * translations ("gồm 12 chương" after "Hiến chương" shares with "la charte, composée de …").
   */
  sharesWord(frame: Frame, factId: string, opts: { eventParts?: boolean } = {}): boolean {
    const sig = this.sigs.get(factId);
    if (!sig) return false;
    const has = (c: string) => (sig.cues.get(c) ?? 0) >= 0.3 && this.idf(c, factId) > 0.5;
    for (const [c, w] of frame.cues) {
      if (w < 0.3 || /^[@#=]/.test(c) || c.split(' ').every(isEventWord)) continue;
      // (with eventParts, no word of an event phrase either: "thăm" of "chuyến thăm")
      if (opts.eventParts && c.split(' ').every(isEventPart)) continue;
      if (has(c) || translationsOf(c)?.some((t) => t !== c && has(t))) return true;
    }
    return false;
  }

  /**
   * Whether the page's sentence names one of the words that set the fact's subject apart from
   * others of its kind (its most specific words close to the value): "On May 16, the President
   * signed invitation letters" names nothing of a convention's signing.
   */
  namesSpecifics(frame: Frame, factId: string): boolean {
    const sig = this.sigs.get(factId);
    if (!sig) return false;
    const specific = [...sig.cues]
      .filter(([c, w]) => w >= 0.6 && !/^[@#=]/.test(c) && !c.includes(' ') && !isEventWord(c))
      .map(([c]) => [c, this.idf(c, factId)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, SPECIFIC_WORDS);
    return !specific.length || specific.some(([c]) => (frame.cues.get(c) ?? 0) >= 0.2);
  }

  /** Whether the sentence names the edition the fact's label or sources name ("the 15th Congress"). */
  sameEdition(frame: Frame, factId: string): boolean {
    const sig = this.sigs.get(factId);
    return !!sig && frame.ordinal !== undefined && sig.ordinals.has(frame.ordinal);
  }

  /** Whether the page's governing event is the fact's own (its label's or its sources'). */
  governs(frame: Frame, factId: string): boolean {
    const sig = this.sigs.get(factId);
    if (!sig || !frame.governing) return false;
    return (frame.governingSet ?? [frame.governing]).some((g) => sig.core.has(g) || (sig.cues.get(g) ?? 0) >= 0.5);
  }

  /** Per fact, each cue of its signature with its weight and idf: read once, scored many times. */
  private readonly weighted = new Map<string, Map<string, WeightedCue>>();

  private weightedCues(factId: string, sig: Signature): Map<string, WeightedCue> {
    let out = this.weighted.get(factId);
    if (!out) {
      out = new Map();
      for (const [c, s] of sig.cues) if (s) out.set(c, { s, idf: this.idf(c, factId), word: !c.startsWith('#') });
      this.weighted.set(factId, out);
    }
    return out;
  }

  /** How well a page frame is tied to a fact's subject, from 0 to 1. */
  score(frame: Frame, factId: string): number {
    const sig = this.sigs.get(factId);
    if (!sig) return 0;
    const cues = this.weightedCues(factId, sig);
    let evidence = 0;
    let words = 0;
    for (const [c, w] of frame.cues) {
      const e = cues.get(c);
      if (!e) continue;
      evidence += w * e.s * e.idf;
      if (e.word) words++;
    }
    return this.finish(frame, factId, sig, evidence, words);
  }

  /**
   * score(frame, f.id) for each of `facts`, in their order: the frame's cues are looked up once
   * for all of them, in an index of the signatures' cues by group (a value has several facts of its
   * kind to be weighed against). Each fact's evidence adds the same products in the same order as
   * score's, so the scores are the same to the last bit.
   */
  scoreAll<F extends { id: string }>(frame: Frame, facts: F[]): { fact: F; score: number }[] {
    const n = facts.length;
    if (this.evidence.length < n) {
      this.evidence = new Float64Array(Math.max(n, 2 * this.evidence.length));
      this.words = new Int32Array(this.evidence.length);
    }
    const { evidence, words } = this;
    evidence.fill(0, 0, n);
    words.fill(0, 0, n);
    const slots = this.factSlots();
    const asked = this.askedSlot;
    const groups: string[] = [];
    for (let k = 0; k < n; k++) {
      const slot = slots.get(facts[k].id);
      if (slot === undefined || asked[slot] >= 0) continue;
      asked[slot] = k;
      const g = this.groupOf.get(facts[k].id) ?? '';
      if (!groups.includes(g)) groups.push(g);
    }
    for (const g of groups) {
      const postings = this.groupPostings(g);
      // (forEach: a for…of over the entries makes an array per cue)
      frame.cues.forEach((w, c) => {
        const list = postings.get(c);
        if (!list) return;
        for (const p of list) {
          const k = asked[p.slot];
          if (k < 0) continue;
          evidence[k] += w * p.s * p.idf;
          if (p.word) words[k]++;
        }
      });
    }
    const out: { fact: F; score: number }[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const id = facts[k].id;
      const sig = this.sigs.get(id);
      // (a fact listed twice is scored at its first place)
      const at = sig ? asked[slots.get(id)!] : -1;
      out[k] = { fact: facts[k], score: !sig ? 0 : this.finish(frame, id, sig, evidence[at], words[at]) };
    }
    for (const f of facts) {
      const slot = slots.get(f.id);
      if (slot !== undefined) asked[slot] = -1;
    }
    return out;
  }

  /** Each signature's place in `sigs`, and scoreAll's table of the asked facts by place (-1: not asked). */
  private slots?: Map<string, number>;
  private askedSlot = new Int32Array(0);
  /** scoreAll's sums, by the asked fact's index (reused: scoreAll calls nothing that scores). */
  private evidence = new Float64Array(64);
  private words = new Int32Array(64);
  private factSlots(): Map<string, number> {
    if (!this.slots) {
      this.slots = new Map([...this.sigs.keys()].map((id, i) => [id, i]));
      this.askedSlot = new Int32Array(this.slots.size).fill(-1);
    }
    return this.slots;
  }

  /** A group's cues → the signatures holding them, with the cue's weight and idf there (made when the group is first scored). */
  private readonly postingsByGroup = new Map<string, Map<string, Posting[]>>();
  private groupPostings(g: string): Map<string, Posting[]> {
    let postings = this.postingsByGroup.get(g);
    if (!postings) {
      postings = new Map();
      const slots = this.factSlots();
      for (const [id, sig] of this.sigs) {
        if ((this.groupOf.get(id) ?? '') !== g) continue;
        const slot = slots.get(id)!;
        for (const [c, e] of this.weightedCues(id, sig)) {
          const list = postings.get(c);
          const p = { slot, s: e.s, idf: e.idf, word: e.word };
          if (list) list.push(p);
          else postings.set(c, [p]);
        }
      }
      this.postingsByGroup.set(g, postings);
    }
    return postings;
  }

  /** The score from a frame's evidence for a fact: the governing event, temporal word and edition weigh in. */
  private finish(frame: Frame, factId: string, sig: Signature, evidence: number, words: number): number {
    // what a figure counts says what kind of subject, never which one: a word must tie it too
    if (!words) return 0;
    let score = evidence / (evidence + EVIDENCE_HALF);
    if (frame.governing && sig.core.size) {
      // the event the sentence says happened on that date is the fact's, or another one
      if (this.governs(frame, factId)) score = Math.min(1, score + GOVERNING_BONUS / (1 + (frame.governingDistance ?? 0) / 4));
      else score *= OTHER_EVENT_FACTOR;
    }
    if (frame.temporal && !sig.temporal.has(frame.temporal)) score *= TEMPORAL_FACTOR;
    // "the first … in over 20 years": how long since the last such thing, which a fact whose
    // sources never say so ("five years of negotiations") is not about
    if (frame.cues.has(FIRST_IN_CUE) && !sig.cues.has(FIRST_IN_CUE)) score *= OTHER_EVENT_FACTOR;
    // ("la première visite … depuis près de 10 ans": the first of a kind of event the fact's
    // sources never speak of is not the fact's "first … in N years")
    else if (frame.firstOf && !sig.cues.has(frame.firstOf)) score *= OTHER_EVENT_FACTOR;
    // "the 14th Congress" is not the 15th, "the first session" not the 34th: another edition
    if (frame.ordinal !== undefined && sig.ordinals.size && !sig.ordinals.has(frame.ordinal)) score *= OTHER_EDITION_FACTOR;
    // "the 14th Congress", "the fifth session": an edition of a recurring event, named beside the
    // governing event, which the fact never says its event is (a "first" is as often "the first
    // treaty in twenty years")
    else if (frame.editionOfGoverning && frame.ordinal !== undefined && frame.ordinal >= 2 && !sig.ordinals.size) score *= UNNUMBERED_FACTOR;
    return score;
  }
}

interface Posting {
  /** The signature's place (SubjectIndex.factSlots). */
  slot: number;
  s: number;
  idf: number;
  word: boolean;
}

interface WeightedCue {
  /** The cue's weight in the signature. */
  s: number;
  idf: number;
  /** A word or a concept, not a figure's unit ("#people"). */
  word: boolean;
}

/** Evidence at which the score reaches one half (about one specific cue next to the value). */
const EVIDENCE_HALF = 3;
/** How many of a fact's most specific words namesSpecifics looks for (a fact quoted in three
 *  languages holds each language's words: six left room for one language only). */
const SPECIFIC_WORDS = 12;
/** Other subjects a cue's specificity is read against, besides the base's competing facts. */
const BACKGROUND_FACTS = 20;
const GOVERNING_BONUS = 0.25;
const OTHER_EVENT_FACTOR = 0.35;
const TEMPORAL_FACTOR = 0.3;
const OTHER_EDITION_FACTOR = 0.2;
const UNNUMBERED_FACTOR = 0.5;
