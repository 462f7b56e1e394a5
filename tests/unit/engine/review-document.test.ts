// Reviewing a document against the fact base (issue 12, point 3): the document goes through the
// same merge as the corpus (buildFactBase over every document plus the new one), and each value it
// states is new, agrees with the base, or conflicts with it.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../lib/cli/corpus';
import { buildFactBase, checkText, compileMatcher } from '../../../lib/index';
import { formatValue } from '../../../lib/format';
import { fold } from '../../../lib/text/fold';
import { applyReview, keptByDefault, reviewDocument, sameValue, type Proposal } from '../../../lib/review-document';
import type { Fact, FigureValue, NameValue, SourceDocument } from '../../../lib/model';
import { AGREEING, DISAGREEING, NEW_PEOPLE } from '../../fixtures/review-documents';
import { CORPUS_DIR, corpusFacts } from './corpus';

const corpusDocs = readCorpus(CORPUS_DIR);

/** What the options page proposes for `doc`, the base holding `base` and built from `stored`. */
function review(doc: SourceDocument, base: readonly Fact[] = corpusFacts().facts, stored: SourceDocument[] = corpusDocs): Proposal[] {
  return reviewDocument(base, buildFactBase([...stored, doc]).facts, doc.id);
}
const kept = (ps: Proposal[]) => ps.filter(keptByDefault);
const shown = (v: Fact['value']) => formatValue(v, 'en');
/** The base with the facts written by a save (by id), as the database would hold it. */
const saved = (base: readonly Fact[], written: Fact[]) => {
  const byId = new Map(base.map((f) => [f.id, f]));
  for (const f of written) byId.set(f.id, f);
  return [...byId.values()];
};
const figureOf = (ps: Proposal[], unit: string) => ps.find((p) => p.fact.kind === 'figure' && (p.fact.value as FigureValue).unit === unit);

describe.each(Object.entries(AGREEING))('a document in %s that repeats corpus facts', (lang, doc) => {
  const base = corpusFacts().facts;
  const proposals = review(doc);

  it('each value it states agrees with a fact of the base (none new, none in conflict)', () => {
    expect(proposals.length).toBeGreaterThanOrEqual(4);
    for (const p of proposals) {
      expect(p.status, `${p.fact.id}: ${shown(p.fact.value)}`).toBe('agrees');
      expect(p.base && sameValue(p.base.value, p.fact.value)).toBe(true);
      expect(p.fact.sources.every((s) => s.doc === doc.id && s.lang === lang)).toBe(true);
    }
    expect(proposals.every(keptByDefault)).toBe(true);
  });

  it('keeping them adds the document as a source of those facts: no duplicate, no value changed', () => {
    const written = applyReview(base, kept(proposals));
    const after = saved(base, written);
    expect(after).toHaveLength(base.length);
    for (const f of written) {
      const before = base.find((b) => b.id === f.id)!;
      expect(before, f.id).toBeDefined();
      expect(f.value).toEqual(before.value);
      expect(f.variants).toEqual(before.variants);
      expect(f.sources.slice(0, before.sources.length)).toEqual(before.sources);
      const added = f.sources.slice(before.sources.length);
      expect(added.length).toBeGreaterThan(0);
      expect(added.every((s) => s.doc === doc.id && doc.text.slice(s.start, s.end).length > 0)).toBe(true);
    }
    // The ceremony's date: one fact, now also quoted from this document.
    const date = written.find((f) => f.kind === 'date' && f.sources.some((s) => s.doc !== doc.id && s.quote.length > 0) && f.sources.some((s) => s.doc === doc.id));
    expect(date).toBeDefined();
    expect(after.filter((f) => f.kind === 'date' && f.subject === date!.subject)).toHaveLength(1);
  });

  it('reviewed again once saved, the same statements still agree (the saved facts are found again)', () => {
    const after = saved(base, applyReview(base, kept(proposals)));
    const again = review({ ...doc, id: `${doc.id}-2` }, after, [...corpusDocs, doc]);
    expect(again.map((p) => p.status)).toEqual(proposals.map(() => 'agrees'));
    expect(saved(after, applyReview(after, kept(again)))).toHaveLength(base.length);
  });
});

describe('a document that disagrees with the base', () => {
  const base = corpusFacts().facts;
  const proposals = review(DISAGREEING);
  const articles = figureOf(proposals, 'articles')!;

  it('its other values are conflicts, shown with the base value and its sources, and not kept by default', () => {
    expect(articles.status).toBe('conflicts');
    expect(shown(articles.fact.value)).toBe('68 articles');
    expect(shown(articles.base!.value)).toBe('71 articles');
    expect(articles.base!.sources.length).toBeGreaterThan(0);
    expect(articles.base!.sources.every((s) => s.doc !== DISAGREEING.id)).toBe(true);
    expect(keptByDefault(articles)).toBe(false);
    const conflicts = proposals.filter((p) => p.status === 'conflicts');
    expect(conflicts.map((p) => p.fact.kind).sort()).toEqual(expect.arrayContaining(['date', 'figure', 'figure', 'name']));
    // the misspelt name is a variant of the person the base holds, not a new person
    const person = conflicts.find((p) => p.fact.kind === 'name')!;
    expect((person.fact.value as NameValue).name).toBe('Antonio Gutteres');
    expect((person.base!.value as NameValue).name).toBe('António Guterres');
    // the place it agrees on is kept
    expect(proposals.filter((p) => p.status === 'agrees').map((p) => p.fact.kind)).toContain('name');
  });

  it('saved with the defaults, the base still says 71 and nothing says 68', () => {
    const after = saved(base, applyReview(base, kept(proposals)));
    const fact = after.find((f) => f.id === articles.base!.id)!;
    expect(shown(fact.value)).toBe('71 articles');
    expect(fact.variants).toEqual([]);
    expect(after.some((f) => [f.value, ...f.variants.map((v) => v.value)].some((v) => shown(v) === '68 articles'))).toBe(false);
  });

  it('keeping the conflict makes the fact disputed: 71 with the variant 68 from this document; a page saying 68 gets a disputed mark', () => {
    const written = applyReview(base, [...kept(proposals), articles]);
    const fact = written.find((f) => f.id === articles.base!.id)!;
    expect(shown(fact.value)).toBe('71 articles');
    expect(fact.sources).toEqual(articles.base!.sources);
    expect(fact.variants).toHaveLength(1);
    expect(shown(fact.variants[0].value)).toBe('68 articles');
    expect(fact.variants[0].sources.map((s) => DISAGREEING.text.slice(s.start, s.end))).toEqual(['68 articles']);
    const after = saved(base, written);
    expect(after).toHaveLength(base.length);

    const page = 'The Hanoi Convention has 68 articles, the organisers said.';
    const marks = checkText(compileMatcher(after), page, { lang: 'en' }).filter((f) => f.factId === fact.id);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ text: '68 articles', disputed: true });
    expect(marks[0].variants?.map((v) => shown(v.value))).toEqual(['68 articles']);
  });

  it('a second document with the same other value adds its source to that variant (no second variant)', () => {
    const after = saved(base, applyReview(base, [...kept(proposals), articles]));
    const again: SourceDocument = { ...DISAGREEING, id: 'user-doc:disagree-again', title: 'Again 68', text: 'The Hanoi Convention has 68 articles, its critics wrote on Monday.' };
    const p = figureOf(review(again, after, [...corpusDocs, DISAGREEING]), 'articles')!;
    expect(p.status).toBe('conflicts');
    expect(p.base!.id).toBe(articles.base!.id);
    const fact = applyReview(after, [p]).find((f) => f.id === articles.base!.id)!;
    expect(fact.variants).toHaveLength(1);
    expect(fact.variants[0].sources.map((s) => s.doc).sort()).toEqual([DISAGREEING.id, again.id].sort());
  });

  it('never changes a value the user set: their fact stays, the corpus value becomes its variant', () => {
    // The user's own fact for the convention's size, with the value the disagreeing document gives.
    const userValue = articles.fact.value;
    const userBase = base.map((f) => (f.id === articles.base!.id ? { ...f, value: userValue, sources: [], origin: 'user' as const } : f));
    const doc = AGREEING.fr;
    const ps = review(doc, userBase);
    const p = figureOf(ps, 'articles')!;
    expect(p.status).toBe('conflicts');
    expect(shown(p.fact.value)).toBe('71 articles');
    expect(keptByDefault(p)).toBe(false);
    const mine = applyReview(userBase, [p]).find((f) => f.id === p.base!.id)!;
    expect(mine.value).toEqual(userValue);
    expect(mine.origin).toBe('user');
    expect(mine.variants.map((v) => shown(v.value))).toEqual(['71 articles']);
  });
});

describe('a document naming people the base does not know', () => {
  const base = corpusFacts().facts;
  const proposals = review(NEW_PEOPLE);

  it('proposes them as new, with their posts; what it shares with the base agrees', () => {
    const people = proposals.filter((p) => p.status === 'new');
    expect(people.map((p) => (p.fact.value as NameValue).name).sort()).toEqual(['Nguyen Phuong Tra', 'Tran Hong Ha']);
    for (const p of people) {
      // the post, as the sentence gives it
      const role = (p.fact.value as NameValue).role ?? '';
      expect(role.length).toBeGreaterThan(3);
      expect(fold(p.fact.sources[0].quote)).toContain(fold(role));
      expect(p.base).toBeUndefined();
      expect(p.fact.origin).toBe('user');
      expect(p.fact.sources.every((s) => s.doc === NEW_PEOPLE.id)).toBe(true);
    }
    expect(proposals.filter((p) => p.status === 'agrees').map((p) => p.fact.kind)).toEqual(expect.arrayContaining(['date']));
    expect(proposals.some((p) => p.status === 'conflicts')).toBe(false);
  });

  it('kept, they are new facts; a later document naming them adds sources to those facts', () => {
    const after = saved(base, applyReview(base, kept(proposals)));
    expect(after).toHaveLength(base.length + 2);
    const later: SourceDocument = { ...NEW_PEOPLE, id: 'user-doc:later', text: 'Deputy Prime Minister Tran Hong Ha chaired the meeting.' };
    const again = review(later, after, [...corpusDocs, NEW_PEOPLE]);
    const ha = again.find((p) => (p.fact.value as NameValue).name === 'Tran Hong Ha')!;
    expect(ha.status).toBe('agrees');
    const written = applyReview(after, [ha]);
    expect(written).toHaveLength(1);
    expect(new Set(written[0].sources.map((s) => s.doc))).toEqual(new Set([NEW_PEOPLE.id, later.id]));
  });
});

describe('matching the base when fact ids differ (another engine version, or a label the new document changed)', () => {
  const docs = Object.values(AGREEING);

  it.each(docs.map((d) => [d.lang, d] as const))('%s: a fact stored under another id and subject is found by the sources it shares with the built fact', (_lang, doc) => {
    const plain = review(doc);
    const base = corpusFacts().facts.map((f) => ({ ...f, id: `old:${f.id}`, subject: `old-subject:${f.subject}`, subjectLabel: 'Old label' }));
    const ps = review(doc, base);
    expect(ps.map((p) => [p.status, p.base?.id])).toEqual(plain.map((p) => [p.status, p.base && `old:${p.base.id}`]));
    const written = applyReview(base, kept(ps)).filter((f) => f.id.startsWith('old:'));
    expect(written.every((f) => f.subjectLabel === 'Old label')).toBe(true);
    expect(saved(base, applyReview(base, kept(ps)))).toHaveLength(base.length + ps.filter((p) => p.status === 'new').length);
  });

  it.each(docs.map((d) => [d.lang, d] as const))('%s: a fact without those sources (the user removed them) is found by its id, else by its kind and subject', (_lang, doc) => {
    // The facts the base would hold had it been built by the same engine: those other documents state.
    const built = buildFactBase([...corpusDocs, doc]).facts;
    const held = built.filter((f) => [f, ...f.variants].some((g) => g.sources.some((s) => s.doc !== doc.id)));
    const stripped = held.map((f) => ({ ...f, sources: [], variants: [] }));
    const heldIds = new Set(held.map((f) => f.id));
    const byId = review(doc, stripped);
    expect(byId.length).toBeGreaterThan(0);
    for (const p of byId) expect(p.status === 'new', p.fact.id).toBe(!heldIds.has(p.fact.id));
    const bySlot = review(doc, stripped.map((f) => ({ ...f, id: `old:${f.id}` })));
    expect(bySlot.map((p) => p.status === 'new')).toEqual(byId.map((p) => p.status === 'new'));
  });

  it('two people who hold the same kind of post are not taken for each other', () => {
    const base = corpusFacts().facts.map((f) => ({ ...f, id: `old:${f.id}`, sources: [], variants: [] }));
    const ps = review(NEW_PEOPLE, base);
    expect(ps.filter((p) => p.fact.kind === 'name' && (p.fact.value as NameValue).entity !== 'place' && p.status === 'new')).toHaveLength(2);
  });
});

describe('applyReview against a base that changed since the review', () => {
  it('a base fact deleted meanwhile: the kept statement becomes a new fact', () => {
    const base = corpusFacts().facts;
    const p = [...Object.values(AGREEING), DISAGREEING].flatMap((d) => review(d)).find((x) => x.base)!;
    const without = base.filter((f) => f.id !== p.base!.id);
    const [fact] = applyReview(without, [p]);
    expect(fact.value).toEqual(p.fact.value);
    expect(fact.sources).toEqual(p.fact.sources);
    expect(fact.variants).toEqual([]);
    expect(fact.origin).toBe('user');
  });

  it('two statements of one value are added once', () => {
    const base = corpusFacts().facts;
    const p = figureOf(review(AGREEING.fr), 'articles')!;
    const [fact] = applyReview(base, [p, p]);
    expect(fact.sources.filter((s) => s.doc === AGREEING.fr.id)).toHaveLength(1);
  });
});
