// Checks a text against a compiled fact base: every date, figure and place tied to a subject the
// fact base knows, and every known person, becomes a finding — a match or a conflict — with the
// fact, the value expected and the sources that state it.
import { analyze, hitsWithin, sentenceAt, type Analysis, type ValueMention } from './analyze';
import { anyWordIn, editionsIn, FIRST_IN_CUE, isContentWord, kindNounPattern, MOVEMENT, namesBuilding, stem, wordsIn } from './subject/frame';
import { VIETNAMESE_LETTER } from './text/char-class';
import { sentenceFrame, valueAttr } from './subject/sentence-frame';
import type { Frame } from './subject/frame';
import { unitCue } from './subject/signature';
import { verbWithOtherObject } from './subject/verb-object';
import { instrumentSignature, namedInstruments, namesOtherInstrument, type InstrumentSignature, type NamedInstrument } from './subject/instrument';
import { compareDate, compareFigure, datesMeet, type Comparison } from './compare';
import { capitalizedRuns, findRoleNames, instrumentNameAround, samePlace, type PlaceMention } from './extract/names';
import { editDistance } from './text/edit-distance';
import { fold } from './text/fold';
import { misspelledTones, nearMiss } from './people';
import type { PhraseHit, RoleEntry } from './lexicon';
import { deletions, maskedKeys, subjectLabel, type Matcher, type PersonEntry } from './matcher';
import { allSources, type DateValue, type Fact, type FigureValue, type Finding, type Lang, type NameValue } from './model';
import { partitionPoint } from './sorted';

export interface CheckOptions {
  lang?: Lang;
  title?: string;
  /** Also return the conflicts scored below CONFLICT_THRESHOLD, flagged `possible` (not painted). */
  withPossible?: boolean;
}

function finding(m: Matcher, an: Analysis, start: number, end: number, fact: Fact, c: Comparison): Finding {
  return {
    start,
    end,
    text: an.text.slice(start, end),
    kind: fact.kind,
    verdict: c.verdict,
    factId: fact.id,
    subject: fact.subject,
    subjectLabel: subjectLabel(m, fact),
    expected: fact.value,
    sources: fact.sources,
    ...(fact.variants?.length ? { variants: fact.variants, disputed: true } : {}),
    reason: c.reason,
  };
}

/** Below this score a value is not tied to any fact: nothing is said of it. */
export const MATCH_THRESHOLD = 0.3;
/** A conflict is painted only from this score on (chosen on the labelled pages: tests/bench/threshold-curve.ts). */
export const CONFLICT_THRESHOLD = 0.6;

/** The page value against one fact: its main value, then each variant (a disputed fact). */
function compareWith(v: ValueMention, fact: Fact): Comparison | undefined {
  const one = (value: Fact['value']): Comparison | undefined => {
    if (v.kind === 'date') return compareDate(v, value as DateValue);
    if (v.kind === 'figure') return compareFigure(v, value as FigureValue);
    const n = value as NameValue;
    return samePlace(v.names, [n.name, ...(n.aliases ?? [])])
      ? { verdict: 'match', reason: 'The place agrees with the fact base.' }
      : { verdict: 'conflict', reason: `The fact base places this in ${n.name}.` };
  };
  const main = one(fact.value);
  if (!main || main.verdict === 'match') return main;
  for (const variant of fact.variants ?? []) {
    if (one(variant.value)?.verdict === 'match') return { verdict: 'match', reason: 'One of the sources gives this value; the others disagree.' };
  }
  return main;
}


/**
 * The page's values tied to facts, and `topic`: how well the best of them ties the page to what
 * the base knows, whether or not it is painted — a value in doubt only between two events the
 * base knows (coordinated, or a rival fact nearly as well tied) still says the page speaks of them
 * (dates and figures only: a city named on a page says little of what the page is about).
 */
function valueFindings(m: Matcher, an: Analysis, withPossible: boolean): { findings: Finding[]; topic: number } {
  const out: Finding[] = [];
  let topic = 0;
  const all = allValues(an);
  // (dates first: a place beside a date that agrees with a fact of the same event is that
  // event's venue — see besideDateOf)
  const order = [...all.filter((v) => v.kind === 'date'), ...all.filter((v) => v.kind !== 'date')];
  // (the dates' findings, in text order, once the dates are read)
  let dated: Finding[] | undefined;
  for (const v of order) {
    if (v.kind !== 'date' && !dated) dated = out.slice();
    if (v.kind === 'date' && (v.relative || yearClosesName(m, an, v) || creditLineDate(an, v))) continue;
    // "Việt Báo | 25/10/2025 09:25", "Thứ sáu, ngày 24/10/2025 17:36 GMT+7": a date written with
    // the clock time right after it stamps the page's publication, it states no fact
    if (v.kind === 'date' && /^[ \t,]*\d{1,2}:\d{2}(?![\d:])/.test(an.text.slice(v.end, v.end + 12))) continue;
    if (v.kind === 'place' && (isDateline(an, v) || namesClock(an, v))) continue;
    const facts = m.byAttr.get(valueAttr(v));
    if (!facts?.length) continue;
    const read = sentenceFrame(an, v, all);
    if (!read) continue;
    const { frame, sentence } = read;
    // what a figure counts is evidence enough to say it agrees, not that it is wrong: the unit
    // counts for matches only (measured: as evidence for conflicts it doubled the false ones)
    const matchFrame = v.kind === 'figure' ? { ...frame, cues: new Map(frame.cues).set(unitCue(v.unit), 1) } : frame;
    const ranked = m.subjects.scoreAll(matchFrame, m.subjects.candidates(matchFrame, facts)).filter((r) => r.score >= MATCH_THRESHOLD).sort((a, b) => b.score - a.score);
    // the best-tied fact the value can be compared with (a bound says nothing of an amount far
    // past it: then a fact almost as well tied may)
    let best = ranked[0];
    if (!best) continue;
    let c = compareWith(v, best.fact);
    if (!c) {
      const next = ranked.slice(1).find((r) => r.score >= best.score * 0.7 && compareWith(v, r.fact));
      if (!next) continue;
      best = next;
      c = compareWith(v, next.fact)!;
    }
    if (c.verdict === 'match') {
      // (nor where it opens a name or a post's title: "Chủ tịch Ủy ban nhân dân thành phố Hà Nội Trần Sỹ Thanh")
      if (v.kind === 'place' && opensName(an, v)) continue;
      // (nor in parentheses, an aside saying where something is: "(Mỹ Đình, Hà Nội)")
      if (v.kind === 'place' && insideParens(an.text, v)) continue;
      if (matchTied(v, best.fact, best.score)) {
        out.push({ ...finding(m, an, v.start, v.end, best.fact, c), score: round(best.score) });
        if (v.kind !== 'place') topic = Math.max(topic, best.score);
      }
      continue;
    }
    // the value agrees with another fact the sentence may be about: it is that fact's value
    const alt = ranked.slice(1).find((r) => r.score >= best.score * 0.5 && compareWith(v, r.fact)?.verdict === 'match');
    if (alt) {
      if (matchTied(v, alt.fact, alt.score)) {
        out.push({ ...finding(m, an, v.start, v.end, alt.fact, compareWith(v, alt.fact)!), score: round(alt.score) });
        if (v.kind !== 'place') topic = Math.max(topic, alt.score);
      }
      continue;
    }
    // a second subject almost as likely: the sentence does not say which fact the value is about
    const second = ranked[1];
    // (the unit counts for a conflict only when one fact alone counts it: "12 chapters" can be
    // about nothing else the base knows; "65 countries" could be about several)
    // (or when the fact's own event governs the count right beside it: "after eight years of
    // negotiations" can be about no other count of years than the negotiations')
    // (whether the fact's own event governs the value, and right beside it: asked below too)
    const governed = m.subjects.governs(frame, best.fact.id);
    // ("the first … in over 20 years", said by the fact's sources as well, ties the length as closely)
    const governedClose = (governed && (frame.governingDistance ?? Infinity) <= 2) || (frame.cues.has(FIRST_IN_CUE) && !!m.subjects.sigs.get(best.fact.id)?.cues.has(FIRST_IN_CUE) && (!frame.firstOf || !!m.subjects.sigs.get(best.fact.id)?.cues.has(frame.firstOf)));
    const own = v.kind === 'figure' && facts.length > 1 && !governedClose ? m.subjects.score(frame, best.fact.id) : best.score;
    // (a rival fact only a little less well tied leaves the value's subject in doubt)
    // (unless the sentence names every kind of event the rival's sources speak of, and more of the
    // best fact's: "Đại hội đồng … đã thông qua" is the adoption's more than the Assembly week's)
    const ratio = second && second !== best && !namesMoreOf(m, frame, best.fact.id, second.fact.id) ? second.score / best.score : 0;
    const rivalry = ratio > 0.6 ? 1 - (ratio - 0.6) : 1;
    let score = own * rivalry;
    // (the doubt between events the base knows: not a doubt about the page's topic)
    let doubt = rivalry;
    // a date or place is another event's unless the sentence says the fact's event happened then
    // or there; a date less precise than the fact's ("2013" against a day) says little
    if (v.kind !== 'figure' && !governed) score *= NOT_GOVERNED_FACTOR;
    // "The High Seas Treaty … was signed in New York on 20 September": a sentence naming only
    // instruments no source of the fact base names speaks of another instrument's events
    if (namesOtherInstrument(instrumentsOf(an, sentence), baseInstruments(m))) score *= NOT_GOVERNED_FACTOR;
    // (and a page naming only such instruments is about another one, in every sentence: "Over
    // 160 heads of state travelled to New York for the ceremony on 22 April" on a page about
    // the Paris Agreement)
    else if (pageOfOtherInstrument(m, an)) score *= NOT_GOVERNED_FACTOR;
    // a place contradicts a venue only as the venue of that event ("held in X", "tại X") and
    // when its sentence does not name the fact's place as well (a district, a country or a
    // landmark beside the right city is no disagreement; another sentence naming the right city
    // leaves this one wrong)
    // ("in Da Nang on October 25-26", "à Genève, le 19 mai": a place beside a date that agrees
    // with a fact stated by the same sentence of a source as the place's fact is the venue of
    // that date's event, however far the event is named)
    const besideDate = v.kind === 'place' && besideDateOf(m, an, v, dated ?? [], best.fact);
    // (an event beyond a comma after the place is another clause's: "hợp tác với Đà Nẵng, là sự kiện …")
    if (v.kind === 'place' && (!v.known || (!besideDate && !frame.linked && ((frame.governingDistance ?? Infinity) > 3 || frame.afterComma)) || placeNamedNear(an, v, best.fact))) continue;
    if (v.kind === 'place' && placeNamesOtherInstrument(m, an, v)) continue;
    // "arrived in Da Nang", "a visit to Geneva": where someone went, not where the event was
    if (v.kind === 'place' && frame.governing && (MOVEMENT.has(frame.governing) || MOVEMENT.has(frame.governingVerb ?? ''))) continue;
    // a date tied only by opening its sentence must name something of the fact's own subject
    if (frame.fromOpening && !m.subjects.namesSpecifics(frame, best.fact.id)) score *= OPENING_UNNAMED_FACTOR;
    // "On May 16, the President signed invitation letters": the date is that act's, not the signing's
    if (v.kind !== 'figure' && frame.governingSpan && opensOtherAct(m, an, frame.governingSpan, sentence.end, best.fact.id)) score *= NOT_GOVERNED_FACTOR;
    if (pageOfOtherEdition(m, an, frame, best.fact.id)) score *= NOT_GOVERNED_FACTOR;
    // "hosted an event titled "Road to X: The Signing Ceremony …"": the value is that event's; its
    // title names what it is about
    if (v.kind !== 'figure' && frame.titled) {
      score *= NOT_GOVERNED_FACTOR;
      doubt *= NOT_GOVERNED_FACTOR;
    }
    // a value several coordinated events share is no one event's alone ("thăm chính thức … và
    // tham dự Lễ mở ký … từ ngày 24 - 25.10" may span the visit); but days that cannot hold the
    // fact's at all are wrong for each of them ("the visit and the ceremony, 2–4 March" when the
    // ceremony was on 12 March)
    // (nor a venue: a place the sentence gives events joined by "and" is each one's, "the Signing
    // Ceremony and High-Level Conference … in X continued"; where someone went is set apart below)
    if (frame.coordinated && v.kind !== 'place' && !(v.kind === 'date' && !datesMeet(v, best.fact.value as DateValue))) {
      // (a range of days that meets the event's, dating a visit and the event together, is the
      // visit's as likely, "paid an official visit … and attended the ceremony …, from October
      // 24-25": in doubt, unless a link verb hands it to the event, "la cérémonie, prévue les 24 et 25")
      const f = v.kind === 'date' && v.day2 !== undefined && !frame.linked ? NOT_GOVERNED_FACTOR : COORDINATED_FACTOR;
      score *= f;
      doubt *= f;
    }
    // "open for signature in New York until 31 December": where a period runs, not where an event was
    // (the period's own place: the date after it is the deadline, with no other date or place between —
    // "à Da Nang en 2025, puis … à New York, jusqu'au 31 décembre 2026" dates Da Nang by 2025)
    if (v.kind === 'place' && runsUntilDeadline(an, v)) continue;
    if (v.kind === 'date' && coarser(v.precision, (best.fact.value as DateValue).precision)) score *= COARSER_FACTOR;
    // a conflict needs the sentence to share a word with the fact, not only a kind of event
    // ("participants from over 20 countries" against the countries at a ceremony)
    // (or the fact's own event governing the value right beside it: "sau gần 4 năm đàm phán")
    // (a venue needs the word always: "Session opens in Hanoi" is any session)
    const tight = v.kind !== 'place' && governedClose;
    if (!tight && !besideDate && !m.subjects.sharesWord(frame, best.fact.id)) score *= NO_SHARED_WORD_FACTOR;
    // a place in parentheses ("(giờ New York)", "(Mỹ Đình, Hà Nội)") is an aside, not a venue
    if (v.kind === 'place' && insideParens(an.text, v)) continue;
    // a bare year is on every page: it contradicts only a fact whose event governs it closely
    if (v.kind === 'date' && v.precision === 'year' && !governedClose) score *= LOOSE_YEAR_FACTOR;
    // a date years away from the fact's is more often another occurrence than a mistake
    // (unless the sentence names the fact's own edition: "the 15th Congress, set for 2029")
    if (v.kind === 'date' && v.year !== undefined && Math.abs(v.year - Number((best.fact.value as DateValue).start.slice(0, 4))) >= 2 && !m.subjects.sameEdition(frame, best.fact.id)) score *= OTHER_YEAR_FACTOR;
    // "the Hanoi Open", "Hanoi Convention": a place opening a name in capitals is part of the name
    if (v.kind === 'place' && opensName(an, v)) continue;
    if (v.kind !== 'place') topic = Math.max(topic, score / doubt);
    if (score < CONFLICT_THRESHOLD && !withPossible) continue;
    out.push({ ...finding(m, an, v.start, v.end, best.fact, c), score: round(score), ...(score < CONFLICT_THRESHOLD ? { possible: true } : {}) });
  }
  return { findings: dropConflictsBesideMatch(an, out), topic };
}

/** A page whose best tied value scores less than this is not about what the base knows. */
export const TOPIC_SCORE = 0.5;
/**
 * A known name is marked from this score on (its topic tie: see checkText): a page tied to a
 * person's sources by one shared word ("nuclear" on a page about another country's plant) says
 * little of what the page is about (0.6 marked 3 names on an unrelated page; 0.7 none, the same
 * names elsewhere).
 */
const NAME_MATCH_THRESHOLD = 0.7;

/** The stems of a person's names and post, and of every post's words: not topic cues. */
const ownWordsCache = new WeakMap<Matcher, Map<string, Set<string>>>();
function ownWords(m: Matcher, factId: string): Set<string> {
  let byFact = ownWordsCache.get(m);
  if (!byFact) ownWordsCache.set(m, (byFact = new Map()));
  let set = byFact.get(factId);
  if (!set) {
    const f = m.facts.get(factId);
    const v = f?.value as NameValue | undefined;
    const texts = [v?.name, ...(v?.aliases ?? []), v?.role, f?.subjectLabel, ...m.lex.raw.roles.flatMap((r) => r.triggers), ...m.lex.raw.titles];
    set = new Set(texts.filter((t): t is string => !!t).flatMap((t) => wordsIn(t).map((w) => stem(w.w))));
    // and the words in capitals written right before the name in its sources, the rest of the
    // post's title ("Culture Minister Mira Talvinen", "la ministre de la Culture, Mira Talvinen")
    // and the whole post with its body, from the post's first word to the name or, after the
    // name, to the end of the apposition ("Director General of the World Maritime Organization
    // (WMO) Ana Rill", "Ana Rill, Tổng giám đốc Tổ chức hàng hải thế giới,")
    const first = v ? wordsIn(v.name)[0]?.w : undefined;
    const triggers = m.lex.raw.roles.flatMap((r) => r.triggers.map((t) => wordsIn(t).map((w) => w.w)));
    const quotes = f ? allSources(f).map((x) => x.quote) : [];
    for (const quote of quotes) {
      const ws = wordsIn(quote);
      const at = ws.findIndex((w) => w.w === first);
      if (at < 0) continue;
      for (let k = Math.max(0, at - 4); at > 0 && k < at; k++) if (/^\p{Lu}/u.test(quote.charAt(ws[k].start))) set.add(stem(ws[k].w));
      const postAt = (k: number) => triggers.some((t) => t.every((w, j) => ws[k + j]?.w === w));
      for (let k = Math.max(0, at - 12); k < at; k++) if (postAt(k) && !/[.;:!?]/.test(quote.slice(ws[k].start, ws[at].start))) {
        for (let j = k; j < at; j++) set.add(stem(ws[j].w));
        break;
      }
      const nameEnd = at + wordsIn(v!.name).length;
      const comma = ws[nameEnd] && /^\s*,/.test(quote.slice(ws[nameEnd - 1].end, ws[nameEnd].start));
      if (comma && [0, 1, 2].some((d) => postAt(nameEnd + d))) {
        for (let j = nameEnd; j < ws.length && j < nameEnd + 16; j++) {
          if (j > nameEnd && /[,.;:!?]/.test(quote.slice(ws[j - 1].end, ws[j].start))) break;
          set.add(stem(ws[j].w));
        }
      }
    }
    byFact.set(factId, set);
  }
  return set;
}

/** Whether the verb governing a date or place has an object the fact does not know (subject/verb-object.ts). */
function opensOtherAct(m: Matcher, an: Analysis, span: { start: number; end: number }, sentenceEnd: number, factId: string): boolean {
  const sig = m.subjects.sigs.get(factId);
  return verbWithOtherObject(an.text, span, sentenceEnd, (w) => (sig?.cues.get(w) ?? 0) > 0);
}

/** Every value mention of a page, in text order (made once per page). */
const allCache = new WeakMap<Analysis, ValueMention[]>();
function allValues(an: Analysis): ValueMention[] {
  let all = allCache.get(an);
  if (!all) allCache.set(an, (all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start)));
  return all;
}

/** The frame of a name in its sentence. */
const nameFrame = (an: Analysis, f: Finding) => sentenceFrame(an, { start: f.start, end: f.end, kind: 'person' }, allValues(an))?.frame;

/** Texts shorter than this many words are not judged on their topic. */
const TOPIC_WORDS = 60;

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) if (++n >= TOPIC_WORDS) break;
  return n;
}

/** A full name one letter off a known spelling: a misspelling, nearly always. */
const NEAR_MISS_SCORE = 0.9;
/** A role the base gives one person, written beside another name: often a predecessor or a namesake. */
const ROLE_CONFLICT_SCORE = 0.45;

const NOT_GOVERNED_FACTOR = 0.5;
const COARSE_MATCH_SCORE = 0.6;
const PLACE_MATCH_SCORE = 0.6;
const OTHER_YEAR_FACTOR = 0.5;
const NO_SHARED_WORD_FACTOR = 0.5;
const COORDINATED_FACTOR = 0.8;
const OPENING_UNNAMED_FACTOR = 0.6;
const LOOSE_YEAR_FACTOR = 0.6;

function insideParens(text: string, v: { start: number; end: number }): boolean {
  const from = Math.max(0, v.start - 60);
  const before = text.slice(from, v.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.slice(open).includes(')')) return false;
  return text.slice(v.end, v.end + 60).includes(')');
}
/**
 * "(UrduPoint / Pakistan Point News / WAM - 25th Dec, 2024)", "(VNA, 25/10)": a date in
 * parentheses beside nothing but names in capitals and separators is a wire's credit line, the
 * day the story was filed.
 */
function creditLineDate(an: Analysis, v: ValueMention): boolean {
  if (v.kind !== 'date' || !insideParens(an.text, v)) return false;
  const open = an.text.lastIndexOf('(', v.start);
  const close = an.text.indexOf(')', v.end);
  const rest = an.text.slice(open + 1, v.start) + ' ' + an.text.slice(v.end, close);
  const words = rest.match(/[\p{L}\p{M}\p{N}'’]+/gu) ?? [];
  return words.length > 0 && /^[\s\p{L}\p{M}\p{N}'’/|,–—-]*$/u.test(rest) && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * "nước Chủ tịch ASEAN 2025", "Expo 2030", "the Ocean Council 2030": a bare year written right
 * after a word in capitals inside its sentence (not a month, not a function word such as a
 * title-case headline's "For") closes a name; it dates nothing.
 */
function yearClosesName(m: Matcher, an: Analysis, v: ValueMention): boolean {
  if (v.kind !== 'date' || v.precision !== 'year') return false;
  // (in Vietnamese a name's later syllables may be in lower case: "Hội đồng Đại dương 2030")
  const prev = /(\p{Lu}[\p{L}\p{M}]*)(?:[ \u00a0](\p{Ll}[\p{L}\p{M}]*))?[ \u00a0]$/u.exec(an.text.slice(Math.max(0, v.start - 40), v.start));
  if (!prev || (prev[2] && !VIETNAMESE_LETTER.test(prev[2]))) return false;
  const w = fold(prev[1]);
  if (!isContentWord(w) || m.lex.months.has(w)) return false;
  // (a capitalised first word of its sentence is capitalised for that alone)
  const s = sentenceAt(an, v.start);
  const at = v.start - prev[0].length;
  return !s || !/^[\s"“«'(\[]*$/.test(an.text.slice(s.start, at));
}

/**
 * "19h theo giờ Hà Nội", "à 10 h, heure de Paris", "9 a.m. New York time": a place naming the
 * clock a time is read by, not where anything happened.
 */
function namesClock(an: Analysis, v: { start: number; end: number }): boolean {
  const before = fold(an.text.slice(Math.max(0, v.start - 12), v.start));
  const after = fold(an.text.slice(v.end, v.end + 6));
  return /(?:^|[^\p{L}])(?:gio|heure d[e'’]\s*(?:la\s+|l['’]\s*)?)\s*$/u.test(before) || /^\s+time\b/.test(after);
}
const COARSER_FACTOR = 0.7;
const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
const coarser = (a: DateValue['precision'], b: DateValue['precision']) => PRECISION_RANK[a] > PRECISION_RANK[b];

/**
 * Whether a value that agrees with a fact is tied well enough to be marked: "2025" agrees with
 * any date of 2025 and a city is named on many pages about other things, so a bare year, a date
 * coarser than the fact's and a place must be well tied to the fact's subject.
 */
function matchTied(v: ValueMention, fact: Fact, score: number): boolean {
  // (and a fact of a whole year agrees with any date in it: "in April 2025" with "throughout 2025")
  if (v.kind === 'date' && (v.precision === 'year' || (fact.value as DateValue).precision === 'year' || coarser(v.precision, (fact.value as DateValue).precision))) return score >= COARSE_MATCH_SCORE;
  if (v.kind === 'place') return score >= PLACE_MATCH_SCORE;
  return true;
}

/** "the Hanoi Open", "Hà Nội Trần Sỹ Thanh": a place right before a word in capitals (not another place) is part of a name. */
function opensName(an: Analysis, v: { start: number; end: number }): boolean {
  // (within its line: a headline ending with the place is followed by the next paragraph's capital)
  return /^(?:[^\S\n]+-?|-)[^\S\n]*\p{Lu}/u.test(an.text.slice(v.end, v.end + 3)) && !an.places.some((q) => q.start > v.end && q.start <= v.end + 3);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A sentence that states the fact's value once ("arrived on 24 October for the ceremony of 25 and
 * 26 October") speaks of something else with its other values of the same kind: no conflict there.
 */
function dropConflictsBesideMatch(an: Analysis, fs: Finding[]): Finding[] {
  const matched = new Set<string>();
  const key = (f: Finding) => `${sentenceAt(an, f.start)?.start ?? -1}|${f.factId}`;
  for (const f of fs) if (f.verdict === 'match') matched.add(key(f));
  return fs.filter((f) => f.verdict === 'match' || !matched.has(key(f)));
}

/**
 * Between a date and its venue: a preposition or the place's country, three words in capitals or
 * of four letters at most; with a building's name, which counts as one word, four ("at the X in"),
 * a capitalised one with an elided article ("l'Atlantique") among them.
 */
const GAP = /^[\s,]*(?:(?:\p{Lu}[\p{L}\p{M}-]*|\p{L}{1,4})[\s,]+){0,3}$/u;
const GAP_WITH_BUILDING = /^[\s,]*(?:(?:(?:\p{Ll}['’])?\p{Lu}[\p{L}\p{M}-]*|\p{L}{1,4})[\s,]+){0,4}$/u;
/** A name in capitals, through small words in lower case before another capital ("Centre des Congrès de l'Atlantique"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:\p{Ll}['’])?\p{Lu}[\p{L}\p{M}-]*|\p{Ll}[\p{L}\p{M}]*(?=\s+(?:\p{Ll}['’])?\p{Lu})))*/gu;
/**
 * Whether a place stands right beside a date (only a preposition or a comma between, in one
 * clause) that agrees with a fact stated by the same source sentence as the place's fact.
 */
function besideDateOf(m: Matcher, an: Analysis, p: PlaceMention, dated: Finding[], placeFact: Fact): boolean {
  const near = hitsWithin(dated, Math.max(0, p.start - 120), p.end + 120);
  if (!near.length) return false;
  const quotes = new Set(placeFact.sources.map((s) => `${s.doc}\u0000${s.quote}`));
  for (const f of near) {
    if (f.kind !== 'date' || f.verdict !== 'match' || f.possible) continue;
    const [a, b] = f.end <= p.start ? [f.end, p.start] : f.start >= p.end ? [p.end, f.start] : [-1, -1];
    if (a < 0 || b - a > 80) continue;
    // (a preposition, or the place's country, which says where the place is: "in Geneva,
    // Switzerland, on 19 May")
    // (a building's name counts as one word: "on October 26 at the National Convention Centre in X")
    // ("at the X in": with its article and preposition, one word more)
    let building = false;
    const gap = an.text.slice(a, b).replace(CAPITALISED_RUN, (run) => (namesBuilding(fold(run)) ? ((building = true), 'X') : run));
    if ((!building && b - a > 40) || !(building ? GAP_WITH_BUILDING : GAP).test(gap) || /[.;:!?()]/.test(gap)) continue;
    const dateFact = m.facts.get(f.factId);
    if (dateFact?.sources.some((s) => quotes.has(`${s.doc}\u0000${s.quote}`))) return true;
  }
  return false;
}

/** Whether every instrument a page names in capitals is one no source of the base names (read once per page). */
const pageInstrumentCache = new WeakMap<Analysis, boolean>();
let kindNounRe: RegExp | undefined;
function pageOfOtherInstrument(m: Matcher, an: Analysis): boolean {
  let other = pageInstrumentCache.get(an);
  if (other === undefined) {
    kindNounRe ??= new RegExp(`(?<![\\p{L}])(?:${kindNounPattern()})(?![\\p{L}])`, 'gu');
    const named: NamedInstrument[] = [];
    // (only around the kind nouns the folded page holds: a window of the original text each)
    for (const hit of an.ft.text.matchAll(kindNounRe)) {
      const at = an.ft.map[hit.index];
      const c = an.text.charAt(at);
      if (c === c.toLowerCase()) continue;
      const sent = sentenceAt(an, at);
      const from = Math.max(sent?.start ?? 0, at - 80);
      const to = Math.min(sent?.end ?? an.text.length, at + 120);
      named.push(...namedInstruments(an.text, from, to));
      if (named.length > 50) break;
    }
    pageInstrumentCache.set(an, (other = namesOtherInstrument(named, baseInstruments(m))));
  }
  return other;
}

/** The instruments a sentence names in capitals (subject/instrument.ts), read once per sentence. */
const instrumentCache = new WeakMap<Analysis, Map<number, NamedInstrument[]>>();
function instrumentsOf(an: Analysis, sentence: { start: number; end: number }): NamedInstrument[] {
  let bySentence = instrumentCache.get(an);
  if (!bySentence) instrumentCache.set(an, (bySentence = new Map()));
  let named = bySentence.get(sentence.start);
  if (!named) bySentence.set(sentence.start, (named = namedInstruments(an.text, sentence.start, sentence.end)));
  return named;
}

/**
 * The instruments the fact base's sources name, all facts together (made once per matcher): one
 * fact's quotes name its instrument one way ("the Hanoi Convention"), another's another way ("the
 * United Nations Convention against Cybercrime").
 */
const instrumentSigCache = new WeakMap<Matcher, InstrumentSignature>();
function baseInstruments(m: Matcher): InstrumentSignature {
  let sig = instrumentSigCache.get(m);
  if (!sig) instrumentSigCache.set(m, (sig = instrumentSignature([...m.facts.values()].flatMap(allSources))));
  return sig;
}

/**
 * "the Budapest Convention", "l'Accord de Paris": whether the page names, with the place, an
 * instrument no source of the base names — the place is then that instrument's, where it was
 * signed or adopted ("The Convention on Cybercrime is signed in Budapest"), not a wrong venue.
 */
function placeNamesOtherInstrument(m: Matcher, an: Analysis, p: PlaceMention): boolean {
  const known = baseInstruments(m).words;
  const f = an.ft.text;
  for (const name of new Set(p.names.map(fold))) {
    if (name.length < 3 || known.has(stem(name))) continue;
    for (let at = f.indexOf(name), seen = 0; at >= 0 && seen < 50; at = f.indexOf(name, at + name.length), seen++) {
      const end = at + name.length;
      if (/\p{L}/u.test(f.charAt(at - 1)) || /\p{L}/u.test(f.charAt(end))) continue;
      if (instrumentNameAround(f, at, end)) return true;
    }
  }
  return false;
}

/**
 * The editions a page names of each kind of event ("Lors de la 56ème session de la Commission …"),
 * read once per page around its ordinals (at most 60 of them).
 */
const pageEditionCache = new WeakMap<Analysis, Map<string, Set<number>>>();
const ORDINAL_AT = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:st|nd|rd|th|e|eme|er|ere)(?![\p{L}\p{N}])|(?:thu|lan thu)\s+\d{1,3}(?!\d))/gu;
function pageEditions(an: Analysis): Map<string, Set<number>> {
  let out = pageEditionCache.get(an);
  if (out) return out;
  out = new Map();
  const seen = new Set<number>();
  let n = 0;
  for (const hit of an.ft.text.matchAll(ORDINAL_AT)) {
    if (++n > 60) break;
    const s = sentenceAt(an, an.ft.map[hit.index]);
    if (!s || seen.has(s.start)) continue;
    seen.add(s.start);
    for (const [concept, ords] of editionsIn(an.text, s.start, s.end)) {
      let set = out.get(concept);
      if (!set) out.set(concept, (set = new Set()));
      for (const o of ords) set.add(o);
    }
  }
  pageEditionCache.set(an, out);
  return out;
}

/**
 * "Session ordinaire de la Commission des stupéfiants (17 au 21 mars)" on a page that goes on of
 * "la 56ème session": a value of an unnumbered event, on a page naming only other editions of
 * that kind of event than the fact's, is theirs.
 */
function pageOfOtherEdition(m: Matcher, an: Analysis, frame: Frame, factId: string): boolean {
  const sig = m.subjects.sigs.get(factId);
  if (!sig?.ordinals.size || frame.ordinal !== undefined || !frame.governing) return false;
  const named = pageEditions(an).get(frame.governing);
  return !!named?.size && ![...named].some((o) => sig.ordinals.has(o));
}

/** Whether the frame names all of one fact's core kinds of event that it names of another's, and more. */
function namesMoreOf(m: Matcher, frame: Frame, bestId: string, otherId: string): boolean {
  const named = (id: string) => [...(m.subjects.sigs.get(id)?.core ?? [])].filter((c) => (frame.cues.get(c) ?? 0) >= 0.2);
  const a = new Set(named(bestId));
  const b = named(otherId);
  return b.length > 0 && a.size > b.length && b.every((c) => a.has(c));
}

/** Whether the first date after a place (within 80 characters, no other place between) is a deadline ("in New York until 31 December"). */
function runsUntilDeadline(an: Analysis, p: PlaceMention): boolean {
  const next = hitsWithin(an.dates, p.end, p.end + 160).find((d) => d.start < p.end + 80);
  return !!next?.deadline && !hitsWithin(an.places, p.end, next.start).length;
}

/** Whether the place's sentence names the fact's own place too ("Mỹ Đình, Hà Nội": a district beside its city). */
function placeNamedNear(an: Analysis, p: PlaceMention, fact: Fact): boolean {
  const v = fact.value as NameValue;
  const names = [v.name, ...(v.aliases ?? [])];
  const sent = sentenceAt(an, p.start);
  if (!sent) return false;
  // (a dateline says where the story was filed, not where anything in its sentence happened)
  return hitsWithin(an.places, sent.start, sent.end).some((q) => q !== p && samePlace(q.names, names) && !isDateline(an, q));
}

/** "Hanoi (VNA) –", "HÀ NỘI —": the place a story was filed from, not a value of the story. */
function isDateline(an: Analysis, p: PlaceMention): boolean {
  const s = sentenceAt(an, p.start);
  const paraStart = !s || (!!s.opensParagraph && s.start === p.start);
  return paraStart && /^\s*(?:\([^)]{1,30}\))?\s*[–—-]/u.test(an.text.slice(p.end, p.end + 40));
}

const MATCH_NAME: Comparison = { verdict: 'match', reason: 'A person the fact base knows, named as in its sources.' };

function nameFindings(m: Matcher, an: Analysis): Finding[] {
  const out: Finding[] = [];
  const f = an.ft.text;
  const lex = m.lex;
  // 1. full names in any spelling the fact base knows
  const full: { start: number; end: number; p: PersonEntry }[] = [];
  for (const h of m.personForms.findAll(f)) {
    const start = an.ft.map[h.start];
    const end = an.ft.map[h.end];
    const c = an.text.charAt(start);
    if (c === c.toLowerCase()) continue;
    full.push({ start, end, p: h.entry });
    const v = h.entry.fact.value as NameValue;
    if (misspelledTones(an.text.slice(start, end), [v.name, ...(v.aliases ?? [])])) {
      out.push({ ...finding(m, an, start, end, h.entry.fact, { verdict: 'conflict', reason: `The name is spelled "${v.name}" in the sources.` }), score: NEAR_MISS_SCORE });
      continue;
    }
    out.push(finding(m, an, start, end, h.entry.fact, MATCH_NAME));
  }
  full.sort((a, b) => a.start - b.start);
  // (whether a word lies inside a full mention; it used to ask for mentions ending by the word's
  // first character, so only a one-letter last word was ever skipped)
  const inFull = (s: number) => {
    for (let k = partitionPoint(full.length, (j) => full[j].start <= s) - 1; k >= 0 && full[k].start >= s - 200; k--) if (s < full[k].end) return true;
    return false;
  };
  const mentioned = new Set(full.map((x) => x.p));

  // 2. words standing alone and near misses, read from runs of capitalised words
  for (const run of capitalizedRuns(an.text)) {
    const toks = run.tokens.some((t) => inFull(t.start)) ? run.tokens.filter((t) => !inFull(t.start)) : run.tokens;
    if (!toks.length) continue;
    // a title or role phrase may open the run ("Deputy Minister Hang", "President Luong")
    let i = 0;
    let titled = false;
    // (most runs have no title or role phrase anywhere near: one look per run, not per word)
    const maybeTitled = titleOrRoleNear(an, m, toks[0].start, toks[toks.length - 1].start);
    for (let k = 0; maybeTitled && k < toks.length; k++) {
      if (hasTitleBefore(an, toks[k].start, lex) || roleBefore(an, toks[k].start, m)) {
        i = k;
        titled = true;
        break;
      }
    }
    const core = i ? toks.slice(i) : toks;
    // near misses of a full name: a window of the run that is one letter off a known spelling
    let taken = false;
    // a near miss keeps all words but one: look the window up with each word masked in turn
    for (const n of m.maskedLengths) {
      if (taken) break;
      for (let k = 0; k + n <= core.length && !taken; k++) {
        // every word but one of a near miss is a word of the spelling: skip windows that cannot be one
        let known = 0;
        for (let j = k; j < k + n; j++) if (m.nameWords.has(core[j].folded)) known++;
        if (known < n - 1) continue;
        const win = core.slice(k, k + n);
        const wt = win.map((t) => t.folded);
        for (const key of maskedKeys(wt)) {
          const hit = m.masked.get(key)?.find(({ form }) => nearMiss(form, wt));
          if (!hit) continue;
          if (m.personForms.findAll(wt.join(' ')).some((h) => h.start === 0 && h.end === wt.join(' ').length)) break;
          const s = win[0].start;
          const e = win[win.length - 1].end;
          insertSorted(full, { start: s, end: e, p: hit.p });
          out.push({ ...finding(m, an, s, e, hit.p.fact, {
            verdict: 'conflict',
            reason: `The name is spelled "${(hit.p.fact.value as NameValue).name}" in the sources.`,
          }), score: NEAR_MISS_SCORE });
          taken = true;
          break;
        }
      }
    }
    // the same first and last names around other middle names: the person ("Ghada Fathy Ismail
    // Waly" for "Ghada Fathi Waly"), or, one letter off in the last, a misspelling of them
    if (!taken && core.length >= 2) {
      const hit = firstAndLast(m, core);
      if (hit) {
        insertSorted(full, { start: hit.start, end: hit.end, p: hit.p });
        mentioned.add(hit.p);
        out.push(hit.exact
          ? finding(m, an, hit.start, hit.end, hit.p.fact, MATCH_NAME)
          : { ...finding(m, an, hit.start, hit.end, hit.p.fact, {
            verdict: 'conflict',
            reason: `The name is spelled "${(hit.p.fact.value as NameValue).name}" in the sources.`,
          }), score: NEAR_MISS_SCORE });
        continue;
      }
    }
    if (taken || core.length !== 1) continue;
    // a single word: the given name or surname of a person named in full on the page (or after a title)
    const w = core[0];
    const owners = m.nameWords.get(w.folded);
    if (owners) {
      const cands = owners.filter((p) => p.given === w.folded || (titled && p.family === w.folded));
      const owner = cands.length ? pickOwner(cands, full, w.start, titled, roleBefore(an, w.start, m)) : undefined;
      if (owner) out.push(finding(m, an, w.start, w.end, owner.fact, MATCH_NAME));
      continue;
    }
    if (w.folded.length < 4) continue;
    // one letter off the given name of a person named on the page: a misspelling
    // (Vietnamese syllables are short and many differ by one letter: there a title must stand before)
    if (an.lang === 'vi' && !titled) continue;
    // (untitled, only the people named on the page can be meant: they are few, and most capitalised
    // words are no one's name, so they are compared directly rather than through the spelling index)
    let near: PersonEntry[];
    if (titled) {
      const oneOff = new Set<PersonEntry>();
      for (const d of deletions(w.folded)) for (const p of m.oneEdit.get(d) ?? []) oneOff.add(p);
      near = [...oneOff].filter((p) => [p.given, p.family].some((g) => !!g && g.length >= 4 && editDistance(g, w.folded, 1) === 1));
    } else {
      if (!mentioned.size) continue;
      near = [...mentioned].filter((p) => p.given.length >= 4 && editDistance(p.given, w.folded, 1) === 1);
    }
    if (!near.length) continue;
    const who = pickOwner(near, full, w.start, titled, roleBefore(an, w.start, m));
    if (who && !looksLikeWord(an, w.folded)) {
      out.push({ ...finding(m, an, w.start, w.end, who.fact, {
        verdict: 'conflict',
        reason: `The name is spelled "${(who.fact.value as NameValue).name}" in the sources.`,
      }), score: titled ? 0.75 : 0.7 });
    }
  }
  out.push(...roleFindings(m, an, full));
  return out;
}

/** Non-Vietnamese people by the first word of their main spelling (made once per matcher). */
const byFirstCache = new WeakMap<Matcher, Map<string, PersonEntry[]>>();
function peopleByFirst(m: Matcher): Map<string, PersonEntry[]> {
  let idx = byFirstCache.get(m);
  if (idx) return idx;
  idx = new Map();
  for (const p of m.people) {
    // (Vietnamese names share family and given names widely: "Nguyễn Văn Hùng" and "Nguyễn
    // Thanh Hùng" are two people, so their middle names are never left out)
    if (p.vietnamese || !p.nearForms.length) continue;
    const main = p.nearForms[0];
    if (main.length < 2 || main[0].length < 3 || main[main.length - 1].length < 4) continue;
    idx.set(main[0], [...(idx.get(main[0]) ?? []), p]);
  }
  byFirstCache.set(m, idx);
  return idx;
}

/**
 * A window of capitalised words that opens with a known person's first name and ends, one to three
 * words on, with their last name (`exact`) or a word one letter off it (a misspelling), the words
 * between differing from the sources'.
 */
function firstAndLast(m: Matcher, core: { start: number; end: number; folded: string }[]): { start: number; end: number; p: PersonEntry; exact: boolean } | undefined {
  const idx = peopleByFirst(m);
  if (!idx.size) return undefined;
  for (let k = 0; k + 1 < core.length; k++) {
    const ps = idx.get(core[k].folded);
    if (!ps) continue;
    for (let j = Math.min(core.length - 1, k + 3); j > k; j--) {
      const w = core[j].folded;
      for (const p of ps) {
        const main = p.nearForms[0];
        const last = main[main.length - 1];
        const exact = w === last;
        if (!exact && (w.length < 4 || editDistance(last, w, 1) !== 1)) continue;
        // (the window the spelling index already read: a known form, or a near miss of one)
        if (exact && j - k + 1 === main.length && core.slice(k, j + 1).every((t, i) => t.folded === main[i])) continue;
        return { start: core[k].start, end: core[j].end, p, exact };
      }
    }
  }
  return undefined;
}

/** A title or honorific right before a word ("Mr", "Deputy Minister", "bà"): the page's titles are found once. */
const titleHitCache = new WeakMap<Analysis, PhraseHit<true>[]>();
function titleHits(an: Analysis, lex: Matcher['lex']): PhraseHit<true>[] {
  let all = titleHitCache.get(an);
  if (!all) titleHitCache.set(an, (all = lex.titles.findAll(an.ft.text)));
  return all;
}

/**
 * Whether any title or role phrase lies where hasTitleBefore or roleBefore could find one for a
 * word starting between `first` and `last` (original offsets): a phrase starting at most 40
 * folded characters before `first` and ending by `last`. False means neither can find one for
 * any of those words. Asked once per run of capitalised words, so answered without mapping the
 * offsets to the folded text: see nearIndex.
 */
function titleOrRoleNear(an: Analysis, m: Matcher, first: number, last: number): boolean {
  const { reach, minLastChar } = nearIndex(an, m);
  // the phrases whose reach is at or after `first` (reach grows with the phrase's start)
  return minLastChar[partitionPoint(reach.length, (i) => reach[i] < first)] < last;
}

/**
 * The title and role phrases of a page, sorted by start, keyed in original offsets. For a phrase
 * h and a word at original offset p, with F the folded offset of p (the first folded character
 * at or after it): h.start >= F - 40 exactly when map[h.start + 40] >= p (or h.start + 40 is past
 * the end), and h.end <= F exactly when map[h.end - 1] < p. So reach = map[h.start + 40] and
 * lastChar = map[h.end - 1]; minLastChar[i] is the least lastChar of the phrases from i on.
 */
interface NearIndex {
  reach: Int32Array;
  minLastChar: Int32Array;
}
const nearCache = new WeakMap<Analysis, NearIndex>();
function nearIndex(an: Analysis, m: Matcher): NearIndex {
  let near = nearCache.get(an);
  if (near) return near;
  const hits: { start: number; end: number }[] = [...titleHits(an, m.lex), ...roleHits(an, m)].sort((a, b) => a.start - b.start);
  const map = an.ft.map;
  const n = map.length - 1;
  const reach = new Int32Array(hits.length);
  const minLastChar = new Int32Array(hits.length + 1);
  minLastChar[hits.length] = 0x7fffffff;
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    reach[i] = h.start + 40 >= n ? 0x7fffffff : map[h.start + 40];
    minLastChar[i] = Math.min(minLastChar[i + 1], map[h.end - 1]);
  }
  nearCache.set(an, (near = { reach, minLastChar }));
  return near;
}

function hasTitleBefore(an: Analysis, pos: number, lex: Matcher['lex']): boolean {
  const fpos = mapBack(an, pos);
  const all = titleHits(an, lex);
  const hits = hitsWithin(all, Math.max(0, fpos - 25), fpos);
  const last = hits[hits.length - 1];
  return !!last && /^\.?\s*$/.test(an.ft.text.slice(last.end, fpos));
}

/** Original offset → folded offset (first folded character at or after it). */
function mapBack(an: Analysis, pos: number): number {
  const map = an.ft.map;
  return partitionPoint(map.length - 1, (i) => map[i] < pos);
}

/** The person a lone name word refers to: the last one named in full before it, else after it. */
function insertSorted<T extends { start: number }>(arr: T[], x: T): void {
  arr.splice(partitionPoint(arr.length, (i) => arr[i].start < x.start), 0, x);
}

function pickOwner(cands: PersonEntry[], full: { start: number; p: PersonEntry }[], pos: number, titled: boolean, role?: string): PersonEntry | undefined {
  if (!cands.length) return undefined;
  if (role && cands.length > 1) {
    const withRole = cands.filter((p) => p.fact.subject === role);
    if (withRole.length === 1) return withRole[0];
  }
  // the nearest full mention before, else the first after (full is sorted by position)
  const lo = partitionPoint(full.length, (i) => full[i].start < pos);
  // look a bounded way around the word: a name far away says nothing about this word
  for (let i = lo - 1; i >= Math.max(0, lo - 300); i--) if (cands.includes(full[i].p)) return full[i].p;
  for (let i = lo; i < Math.min(full.length, lo + 300); i++) if (cands.includes(full[i].p)) return full[i].p;
  return titled && cands.length === 1 ? cands[0] : undefined;
}

/** The role named right before a word ("Deputy Minister Hang" → deputy-foreign-minister). */
const roleHitCache = new WeakMap<Analysis, PhraseHit<RoleEntry>[]>();
function roleHits(an: Analysis, m: Matcher): PhraseHit<RoleEntry>[] {
  let all = roleHitCache.get(an);
  if (!all) roleHitCache.set(an, (all = m.lex.roles.findAll(an.ft.text)));
  return all;
}

function roleBefore(an: Analysis, pos: number, m: Matcher): string | undefined {
  const fpos = mapBack(an, pos);
  const all = roleHits(an, m);
  const hits = hitsWithin(all, Math.max(0, fpos - 40), fpos);
  const last = hits[hits.length - 1];
  return last && /^[\s,.]*(?:(?:mr|mrs|ms|m|mme|ong|ba)\.?\s+)?$/u.test(an.ft.text.slice(last.end, fpos)) ? last.entry.id : undefined;
}

/** A word also written in lower case on the page is a common word, not a name. */
const wordCache = new WeakMap<Analysis, Map<string, boolean>>();
function looksLikeWord(an: Analysis, folded: string): boolean {
  // (asked once per word and page: a long page repeats its names, and each answer reads the page)
  let known = wordCache.get(an);
  if (!known) wordCache.set(an, (known = new Map()));
  let answer = known.get(folded);
  if (answer === undefined) known.set(folded, (answer = lowerCaseOnPage(an, folded)));
  return answer;
}

function lowerCaseOnPage(an: Analysis, folded: string): boolean {
  // the folded text is lower-case already: a lower-case occurrence in the original is a common word
  for (let i = an.ft.text.indexOf(folded); i >= 0; i = an.ft.text.indexOf(folded, i + 1)) {
    const c = an.text.charAt(an.ft.map[i]);
    if (c !== c.toUpperCase() && !/\p{L}/u.test(an.ft.text[i - 1] ?? '') && !/\p{L}/u.test(an.ft.text[i + folded.length] ?? '')) return true;
  }
  return false;
}

/** "UN Secretary-General Ban Ki-moon": a role held by one person, given to someone else. */
function roleFindings(m: Matcher, an: Analysis, full: { start: number; end: number; p: PersonEntry }[]): Finding[] {
  const out: Finding[] = [];
  // (only the roles one person holds, and that the fact base names a holder for, can conflict)
  for (const rn of findRoleNames(an.text, an.ft, m.lex, 5, (r) => !!r.unique && m.roleHolder.has(r.id))) {
    if (!rn.strong || rn.former || !rn.role.unique || rn.tokens.length < 2) continue;
    const holder = m.roleHolder.get(rn.role.id);
    if (!holder) continue;
    const names = rn.tokens.map((t) => t.folded);
    if (hitsWithin(full, Math.max(0, rn.start - 200), rn.end + 200).some((x) => x.start < rn.end && rn.start < x.end)) continue; // a known person: judged by name
    if (holder.forms.some((f) => nearMiss(f, names))) continue; // a misspelling: judged as such
    if (names.some((n) => m.nameWords.has(n))) continue;
    out.push({ ...finding(m, an, rn.start, rn.end, holder.fact, {
      verdict: 'conflict',
      reason: `The fact base names ${(holder.fact.value as NameValue).name} as ${(holder.fact.value as NameValue).role ?? 'holder of this role'}.`,
    }), score: ROLE_CONFLICT_SCORE });
  }
  return out;
}

/** Keeps one finding per span: the earlier and longer one, except that for the very same span a match wins (one fact agrees). */
function resolveOverlaps(fs: Finding[]): Finding[] {
  fs.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of fs) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      // the same span checked against two facts of one subject: a match wins (one agrees)
      if (f.start === last.start && f.end === last.end && f.verdict === 'match' && last.verdict === 'conflict') out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

export function checkText(m: Matcher, text: string, opts: CheckOptions = {}): Finding[] {
  const an = analyze(text, { lang: opts.lang, title: opts.title, lex: m.lex });
  const { findings: values, topic } = valueFindings(m, an, !!opts.withPossible);
  // A known name says what the page is about only on a page that speaks of what the base knows:
  // some date, figure or place of it tied to a fact. Elsewhere ("Lương Cường met Cuba's
  // leader") the person is simply in the news: nothing is marked.
  // (a short text — a sentence checked on its own — has too few words to judge its topic by)
  // (a date or a figure, painted or in doubt only between events the base knows: valueFindings' topic)
  const relevance = topic;
  const judged = wordCount(text) >= TOPIC_WORDS;
  const raw = nameFindings(m, an);
  // each person's best tie on the page: the words around one of its mentions against the words
  // around the name in the fact's sources ("will co-chair the signing ceremony")
  const tie = new Map<string, number>();
  for (const f of raw) {
    const frame = nameFrame(an, f);
    // (the person's own names and post say nothing of the topic: "President Lương Cường" on any page)
    if (frame) for (const c of [...frame.cues.keys()]) if (anyWordIn(c, ownWords(m, f.factId))) frame.cues.delete(c);
    // (a kind of event alone — "a session", "a visit", "chuyến thăm" — is on every page about the
    // person's work: the sentence must share another word with the fact's sources as well)
    const s = frame && m.subjects.sharesWord(frame, f.factId, { eventParts: true }) ? m.subjects.score(frame, f.factId) : 0;
    tie.set(f.factId, Math.max(tie.get(f.factId) ?? 0, s));
  }
  const names = raw.flatMap((f) => {
    // how sure we are the page speaks of what the base knows about this person
    const topical = judged ? Math.min(1, Math.max(relevance, tie.get(f.factId) ?? 0) / TOPIC_SCORE) : 1;
    const score = round((f.score ?? 1) * topical);
    const threshold = f.verdict === 'conflict' ? CONFLICT_THRESHOLD : NAME_MATCH_THRESHOLD;
    if (score >= threshold) return [{ ...f, score }];
    return opts.withPossible && f.verdict === 'conflict' ? [{ ...f, score, possible: true }] : [];
  });
  return resolveOverlaps([...values, ...names]);
}
