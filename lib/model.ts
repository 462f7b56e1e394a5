// The fact model: what the fact base holds and what a check reports.
// Every other module of lib/ and every entrypoint speaks these types.

export type Lang = 'en' | 'fr' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'fr', 'vi'];

export type FactKind = 'date' | 'name' | 'figure';
export const FACT_KINDS: readonly FactKind[] = ['date', 'name', 'figure'];

export type DatePrecision = 'day' | 'month' | 'year';

/** A date is an interval of whole days [start, end] (ISO yyyy-mm-dd) known to a precision. */
export interface DateValue {
  start: string;
  end: string;
  precision: DatePrecision;
  /** The year was not written next to the date and was inferred from the document. */
  yearInferred?: boolean;
}

/** How a figure bounds its amount: "over 1,000" is (1000, ∞), "nearly 5" is [~4, 5). */
export type Qualifier = 'exact' | 'over' | 'at-least' | 'under' | 'nearly' | 'about';
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'over', 'at-least', 'under', 'nearly', 'about'];

export interface FigureValue {
  amount: number;
  /** Canonical unit id from the lexicon (e.g. "delegates", "countries", "years"). */
  unit: string;
  qualifier: Qualifier;
}

export interface NameValue {
  /** The name as the corpus writes it, diacritics included. */
  name: string;
  /** Other spellings met in the sources (without diacritics, short forms). */
  aliases: string[];
  role?: string;
  /** "person" or "place". */
  entity?: 'person' | 'place';
}

export type FactValue = DateValue | FigureValue | NameValue;

export interface Source {
  /** Document id (the corpus file name, or a user document id). */
  doc: string;
  lang: Lang;
  /** The sentence the value was read from. */
  quote: string;
  /** Offsets of the value's words inside the document text (JavaScript string offsets). */
  start: number;
  end: number;
  title?: string;
}

export interface Variant {
  value: FactValue;
  sources: Source[];
}

export type FactOrigin = 'corpus' | 'user';

export interface Fact {
  id: string;
  kind: FactKind;
  /** Subject id from the lexicon, or free text for a user's fact. */
  subject: string;
  /** Human label of the subject (English), for cards and tables. */
  subjectLabel?: string;
  value: FactValue;
  sources: Source[];
  /** Other values stated by some sources for the same subject (a disagreement). */
  variants: Variant[];
  origin?: FactOrigin;
  /**
   * A corpus fact the user changed (set by the fact base, carried by export and import so that a
   * re-import keeps it; the engine does not read it).
   */
  userEdited?: boolean;
}

/** Every source of a fact: its own and its variants' (the quotes that state any of its values). */
export function allSources(f: Pick<Fact, 'sources' | 'variants'>): Source[] {
  return [...f.sources, ...(f.variants ?? []).flatMap((v) => v.sources)];
}

export interface FactBase {
  format: 'factlens-facts/1';
  facts: Fact[];
}

export type Verdict = 'match' | 'conflict';

/** One mark on a checked text. */
export interface Finding {
  start: number;
  end: number;
  text: string;
  kind: FactKind;
  verdict: Verdict;
  factId: string;
  subject: string;
  subjectLabel?: string;
  /** The value the fact base holds. */
  expected: FactValue;
  sources: Source[];
  variants?: Variant[];
  /** One short sentence saying why (English). */
  reason: string;
  /** How well the text ties the value to the fact, from 0 to 1 (see lib/check.ts). */
  score?: number;
  /** The fact's sources disagree (it has variants): the mark says so rather than a plain match or conflict. */
  disputed?: boolean;
  /** A conflict scored below the painting threshold: listed apart as possible, never painted. */
  possible?: boolean;
}

/** A document the fact base is built from. */
export interface SourceDocument {
  id: string;
  lang: Lang;
  title: string;
  text: string;
  /** ISO date the article was published, when known. */
  published?: string | null;
  outlet?: string | null;
  origin?: FactOrigin;
}
