// Reviewing a document before it joins the fact base (issue 12, point 3). The engine builds the
// fact base from every stored document plus the new one, so a subject stated by several documents
// is one fact whose values are grouped; each value the new document states is then compared with
// the fact the base holds for that subject:
//   new        the base has no fact for the subject;
//   agrees     same value: keeping it adds the document's sources to the base's fact;
//   conflicts  another value: not kept by default; keeping it records the value as a variant of
//              the base's fact, which is then disputed.
// Applying the kept proposals never changes the value of a fact the base holds (the user's own
// facts and edits included): it only adds sources and variants. Pure: no database, no browser.
import type { DateValue, Fact, FactValue, FigureValue, NameValue, Source, Variant } from './model';
import { fold } from './text/fold';

export type ReviewStatus = 'new' | 'agrees' | 'conflicts';

export interface Proposal {
  /** Unique within one review. */
  key: string;
  status: ReviewStatus;
  /**
   * What the document states about the subject: the engine's fact, its value the document's, its
   * sources those in the document only (a new fact may carry variants when the document itself
   * gives two values).
   */
  fact: Fact;
  /** The base's fact it agrees or conflicts with, as stored (absent when new). */
  base?: Fact;
}

/** What applying needs of a proposal: the statement, and which base fact it was reviewed against. */
export type KeptProposal = Pick<Proposal, 'fact'> & { base?: Pick<Fact, 'id'> };

/** Conflicting proposals wait for the user's tick; the others are kept unless unticked. */
export function keptByDefault(p: Pick<Proposal, 'status'>): boolean {
  return p.status !== 'conflicts';
}

const sameDate = (a: DateValue, b: DateValue) => a.start === b.start && a.end === b.end && a.precision === b.precision;
const sameFigure = (a: FigureValue, b: FigureValue) => a.amount === b.amount && a.unit === b.unit && a.qualifier === b.qualifier;
/** Same name when one's name is the other's name or one of its spellings (case and accents aside). */
function sameName(a: NameValue, b: NameValue): boolean {
  const spellings = (v: NameValue) => new Set([v.name, ...(v.aliases ?? [])].map((s) => fold(s)));
  const sa = spellings(a);
  return sa.has(fold(b.name)) || spellings(b).has(fold(a.name));
}

/** Do two values of one kind state the same thing (as the fact base groups them)? */
export function sameValue(a: FactValue, b: FactValue): boolean {
  if ('start' in a && 'start' in b) return sameDate(a, b);
  if ('amount' in a && 'amount' in b) return sameFigure(a, b);
  if ('name' in a && 'name' in b) return sameName(a, b);
  return false;
}

const isPerson = (f: Fact) => f.kind === 'name' && 'name' in f.value && f.value.entity === 'person';

/**
 * Where a fact would sit when ids are not the same across engine versions: its kind and subject,
 * and what is counted for a figure, or whether a name is a place or a person.
 */
function slotOf(f: Fact): string {
  const v = f.value;
  const detail = 'amount' in v ? v.unit : 'name' in v ? (v.entity ?? '') : '';
  return `${f.kind}|${f.subject}|${detail}`;
}

/** A source's place in its document; a quote typed without a document (0/0) has none. */
const placeOf = (s: Source) => (s.end > s.start ? `${s.doc}:${s.start}:${s.end}` : undefined);

/**
 * The base's facts, found for a built fact by what they share. First the sources: the built fact
 * comes from the same stored documents, so the base fact of its subject quotes the same words at
 * the same offsets — whatever ids and subject names the engine gives (they can change when a new
 * document changes a subject's label). Then the id, then the slot (a fact the user keeps without
 * those sources).
 */
class BaseIndex {
  private readonly byId = new Map<string, Fact>();
  private readonly bySlot = new Map<string, Fact[]>();
  private readonly byPlace = new Map<string, Fact[]>();

  constructor(base: readonly Fact[]) {
    const add = <K>(m: Map<K, Fact[]>, k: K, f: Fact) => {
      const list = m.get(k);
      if (!list) m.set(k, [f]);
      else if (!list.includes(f)) list.push(f);
    };
    for (const f of base) {
      this.byId.set(f.id, f);
      add(this.bySlot, slotOf(f), f);
      for (const g of valueGroups(f)) for (const s of g.sources) {
        const at = placeOf(s);
        if (at) add(this.byPlace, at, f);
      }
    }
  }

  factFor(built: Fact): Fact | undefined {
    const shared = new Map<Fact, number>();
    for (const g of valueGroups(built)) for (const s of g.sources) {
      const at = placeOf(s);
      for (const f of (at && this.byPlace.get(at)) || []) if (f.kind === built.kind) shared.set(f, (shared.get(f) ?? 0) + 1);
    }
    let best: Fact | undefined;
    let n = 0;
    for (const [f, k] of shared) if (k > n) [best, n] = [f, k];
    if (best) return best;
    const same = this.byId.get(built.id);
    if (same && same.kind === built.kind) return same;
    const candidates = this.bySlot.get(slotOf(built)) ?? [];
    // Several people can hold posts of one kind: a person is the same only under the same name.
    if (isPerson(built)) return candidates.find((c) => valueGroups(built).some((g) => sameValue(c.value, g.value)));
    return candidates.find((c) => sameValue(c.value, built.value)) ?? candidates[0];
  }
}

/** The values a fact holds, each with its sources: the main one first. */
function valueGroups(f: Fact): Variant[] {
  return [{ value: f.value, sources: f.sources }, ...(f.variants ?? [])];
}

/**
 * The proposals for a new document: one for each value it states about each subject.
 * `base` is what the database holds, `built` the fact base built from the stored documents plus
 * the new one, `docId` the new document's id.
 */
export function reviewDocument(base: readonly Fact[], built: readonly Fact[], docId: string): Proposal[] {
  const index = new BaseIndex(base);
  const out: Proposal[] = [];
  for (const f of built) {
    const stated = valueGroups(f)
      .map((g) => ({ value: g.value, sources: g.sources.filter((s) => s.doc === docId) }))
      .filter((g) => g.sources.length > 0);
    if (stated.length === 0) continue;
    const statement = (g: Variant, variants: Variant[] = []): Fact => ({
      id: f.id, kind: f.kind, subject: f.subject, ...(f.subjectLabel !== undefined ? { subjectLabel: f.subjectLabel } : {}),
      value: g.value, sources: g.sources, variants, origin: 'user',
    });
    const held = index.factFor(f);
    if (!held) {
      out.push({ key: `${f.id}#0`, status: 'new', fact: statement(stated[0], stated.slice(1)) });
      continue;
    }
    stated.forEach((g, i) => {
      out.push({ key: `${f.id}#${i}`, status: sameValue(held.value, g.value) ? 'agrees' : 'conflicts', fact: statement(g), base: held });
    });
  }
  return out;
}

/** Sources of both lists, each (document, offset) once. */
function withSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const seen = new Set(a.map((s) => `${s.doc}:${s.start}:${s.end}`));
  return [...a, ...b.filter((s) => !seen.has(`${s.doc}:${s.start}:${s.end}`))];
}

/** The fact with what a document states added: sources for its value, variants for other values. */
function withStatement(target: Fact, statement: Fact): Fact {
  let sources = target.sources;
  const variants = (target.variants ?? []).map((v) => ({ ...v }));
  for (const g of valueGroups(statement)) {
    if (sameValue(target.value, g.value)) {
      sources = withSources(sources, g.sources);
      continue;
    }
    const v = variants.find((x) => sameValue(x.value, g.value));
    if (v) v.sources = withSources(v.sources, g.sources);
    else variants.push({ value: g.value, sources: [...g.sources] });
  }
  return { ...target, sources, variants };
}

/** Id under which a statement is stored when a base fact of another kind holds its own id. */
const ownId = (f: Fact) => `${f.id}.${f.kind}`;

/** Ids of the base facts applyReview reads for these proposals (a store need only load those). */
export function idsReadBy(kept: readonly KeptProposal[]): string[] {
  return [...new Set(kept.flatMap((p) => [...(p.base ? [p.base.id] : []), p.fact.id, ownId(p.fact)]))];
}

/**
 * The facts to store for the kept proposals: new facts, and the base's facts with the document's
 * sources and variants added. Each proposal is applied to the base as it is now (a base fact gone
 * since the review makes the statement a new fact), so nothing another change wrote is lost.
 */
export function applyReview(base: readonly Fact[], kept: readonly KeptProposal[]): Fact[] {
  const byId = new Map(base.map((f) => [f.id, f]));
  const changed = new Map<string, Fact>();
  const current = (id: string | undefined) => (id === undefined ? undefined : changed.get(id) ?? byId.get(id));
  for (const p of kept) {
    const target = current(p.base?.id) ?? current(p.fact.id);
    if (target && target.kind === p.fact.kind) {
      changed.set(target.id, withStatement(target, p.fact));
      continue;
    }
    // A base fact of another kind under the statement's id is left alone: the new fact gets its own id.
    const id = target ? ownId(p.fact) : p.fact.id;
    const again = current(id);
    if (!again) changed.set(id, { ...p.fact, id, variants: p.fact.variants ?? [], origin: 'user' });
    else if (again.kind === p.fact.kind) changed.set(id, withStatement(again, p.fact));
  }
  return [...changed.values()];
}
