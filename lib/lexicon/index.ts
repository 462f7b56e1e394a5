// The lexicon: vocabulary the extractors and the subject finder need, compiled once into regular
// expressions over folded text. The data lives in lexicon.json (editable; no fact values in it).
import data from './lexicon.json';
import { fold } from '../text/fold';
import { escapeRe, flagSet, PhraseSet, phraseRegex, wordsOf } from './phrase-set';

export { escapeRe, flagSet, PhraseSet, phraseRegex, tokensOf, type PhraseHit } from './phrase-set';
import type { Lang } from '../model';

export type Labels = Partial<Record<Lang, string>>;

export interface RoleEntry {
  id: string;
  label: Labels;
  unique?: boolean;
  triggers: string[];
  /** Phrases specific enough that a different person named with them is a conflict. */
  strong?: string[];
  notAfter?: string[];
  notBefore?: string[];
}

export interface UnitEntry {
  id: string;
  label: Labels;
  words: string[];
}

export interface RawLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  sameDay: string[];
  deadlineWords: string[];
  numberWords: Record<string, number>;
  decadeWords: string[];
  qualifiers: Record<string, string[]>;
  units: UnitEntry[];
  places: string[][];
  placeCompounds: string[];
  locatives: string[];
  originWords: string[];
  titles: string[];
  /** Ranks and academic titles a name may carry before it ("Lieutenant General", "Professor"). */
  ranks?: string[];
  formerWords: string[];
  referenceWords: string[];
  anaphora: string[];
  roles: RoleEntry[];
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export interface Lexicon {
  raw: RawLexicon;
  monthRe: string;
  months: Map<string, number>;
  weekdays: PhraseSet<number>;
  sameDay: PhraseSet<true>;
  deadline: RegExp;
  numberWords: Map<string, number>;
  numberWordRe: string;
  /** First words of the qualifiers and number words: where a figure written with words can start. */
  figureStartWords: PhraseSet<true>;
  decadeWords: Set<string>;
  qualifiers: PhraseSet<string>;
  units: PhraseSet<UnitEntry>;
  unitById: Map<string, UnitEntry>;
  places: PhraseSet<string[]>;
  placeCompounds: RegExp;
  locatives: Set<string>;
  /** The same words as a phrase set (where an unknown place can follow). */
  locativeWords: PhraseSet<true>;
  originWords: Set<string>;
  /** Titles and honorifics written before a name ("Mr", "Deputy Minister", "bà"). */
  titles: PhraseSet<true>;
  /** Ranks and academic titles written before a name ("Senior Lieutenant General", "Giáo sư"). */
  ranks: PhraseSet<true>;
  formerWords: Set<string>;
  /** Nouns a reference number follows ("Article 64", "Khoản 1"): a number right after one is no count. */
  referenceWords: Set<string>;
  anaphora: PhraseSet<true>;
  roles: PhraseSet<RoleEntry>;
  strongRoles: PhraseSet<RoleEntry>;
  roleById: Map<string, RoleEntry>;
}

/** The first word of each phrase, as the tokeniser cuts it ("au-delà de" → "au"). */
const firstWords = (phrases: string[]) => phrases.map((p) => wordsOf(p)[0] ?? '').filter(Boolean);

export function compileLexicon(raw: RawLexicon): Lexicon {
  const monthNames = Object.keys(raw.months).sort((a, b) => b.length - a.length);
  const numberNames = Object.keys(raw.numberWords).map(fold).sort((a, b) => b.length - a.length);
  return {
    raw,
    monthRe: `(?:${monthNames.map(escapeRe).join('|')})`,
    months: new Map(Object.entries(raw.months)),
    weekdays: new PhraseSet(Object.entries(raw.weekdays)),
    sameDay: flagSet(raw.sameDay),
    deadline: new RegExp(`${B}(?:${raw.deadlineWords.map((w) => escapeRe(fold(w))).join('|')})\\s*$`, 'u'),
    numberWords: new Map(Object.entries(raw.numberWords).map(([k, v]) => [fold(k), v])),
    figureStartWords: flagSet(firstWords([...Object.keys(raw.numberWords), ...Object.values(raw.qualifiers).flat()])),
    numberWordRe: `(?:${numberNames.map((n) => escapeRe(n).replace(/ /g, '\\s+')).join('|')})`,
    decadeWords: new Set(raw.decadeWords.map(fold)),
    qualifiers: new PhraseSet(Object.entries(raw.qualifiers).flatMap(([q, ws]) => ws.map((w) => [w, q] as [string, string]))),
    units: new PhraseSet(raw.units.flatMap((u) => u.words.map((w) => [w, u] as [string, UnitEntry]))),
    unitById: new Map(raw.units.map((u) => [u.id, u])),
    places: new PhraseSet(raw.places.flatMap((names) => names.map((n) => [n, names] as [string, string[]]))),
    placeCompounds: new RegExp(`^\\s*(?:${raw.placeCompounds.map((w) => escapeRe(fold(w))).join('|')})${E}`, 'u'),
    locatives: new Set(raw.locatives.map(fold)),
    locativeWords: flagSet(raw.locatives),
    originWords: new Set(raw.originWords.map(fold)),
    titles: flagSet(raw.titles),
    ranks: flagSet(raw.ranks ?? []),
    formerWords: new Set(raw.formerWords.map(fold)),
    referenceWords: new Set(raw.referenceWords.map(fold)),
    anaphora: flagSet(raw.anaphora),
    roles: new PhraseSet(raw.roles.flatMap((r) => r.triggers.map((t) => [t, r] as [string, RoleEntry]))),
    strongRoles: new PhraseSet(raw.roles.flatMap((r) => (r.strong ?? []).map((t) => [t, r] as [string, RoleEntry]))),
    roleById: new Map(raw.roles.map((r) => [r.id, r])),
  };
}

let cached: Lexicon | undefined;
/** The lexicon shipped with Factlens. */
export function defaultLexicon(): Lexicon {
  cached ??= compileLexicon(data as unknown as RawLexicon);
  return cached;
}

export function labelOf(labels: Labels, lang: Lang = 'en'): string {
  return labels[lang] ?? labels.en ?? Object.values(labels)[0] ?? '';
}
