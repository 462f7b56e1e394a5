// The key facts of the corpus (issue 3's table), checked on the fact base the engine builds from
// public/corpus: value, subject and every source document that states them.
import { describe, expect, it } from 'vitest';
import { corpusFacts } from './corpus';
import type { DateValue, Fact, FigureValue, NameValue } from '../../../lib/model';

const docs = (f: Fact) => [...new Set(f.sources.map((s) => s.doc.slice(0, 3)))].sort();
const person = (name: string) => {
  const f = corpusFacts().facts.find((x) => x.kind === 'name' && (x.value as NameValue).name.normalize('NFC') === name.normalize('NFC'));
  if (!f) throw new Error(`no person ${name}`);
  return f;
};

// Facts are found by kind and value, not by id: ids are made from the words of the documents.
const withValue = (kind: Fact['kind'], ok: (f: Fact) => boolean) => corpusFacts().facts.filter((f) => f.kind === kind && ok(f));
const sameDays = (v: Partial<DateValue>) => (f: Fact) => (f.value as DateValue).start === v.start && (f.value as DateValue).end === v.end;
const sameFigure = (v: FigureValue) => (f: Fact) => JSON.stringify(f.value) === JSON.stringify(v);
const samePlace = (name: string) => (f: Fact) => (f.value as NameValue).entity === 'place' && (f.value as NameValue).name === name;
const docsOf = (fs: Fact[]) => [...new Set(fs.flatMap(docs))].sort();

// The key facts of the corpus that the general extractor builds (lib/subject/claims.ts). Not yet
// built: the deputy prime minister's reception as a person fact and the Assembly's adoption
// place (written only in a related-articles teaser, which gives no fact).
describe('key facts of the corpus', () => {
  it.each([
    ['signing ceremony', { start: '2025-10-25', end: '2025-10-26' }, ['000', '001', '003']],
    ['adoption by the General Assembly', { start: '2024-12-24', end: '2024-12-24' }, ['002']],
    ['CCPCJ34 session and the seminar of 19 May', { start: '2025-05-19', end: '2025-05-19' }, ['000', '001']],
    ['the New York event of 22 September', { start: '2025-09-22', end: '2025-09-22' }, ['003']],
    ['Crime Congress', { start: '2026-01-01', end: '2026-12-31' }, ['000', '001']],
    ['regional preparatory meetings', { start: '2025-01-01', end: '2025-12-31' }, ['000', '001']],
    ['UN anniversary', { start: '2025-10-24', end: '2025-10-24' }, ['000', '001']],
    ['reception by the deputy prime minister', { start: '2025-10-21', end: '2025-10-21' }, ['004']],
  ])('date: %s', (_what, value, sources) => {
    const fs = withValue('date', sameDays(value));
    // one fact for the subject, with every source (not one fact per document or language)
    expect(fs).toHaveLength(1);
    expect(docsOf(fs)).toEqual(expect.arrayContaining(sources));
  });

  it.each([
    ['chapters', { amount: 9, unit: 'chapters', qualifier: 'exact' }, ['003']],
    ['articles', { amount: 71, unit: 'articles', qualifier: 'exact' }, ['003']],
    ['years of negotiation', { amount: 5, unit: 'years', qualifier: 'nearly' }, ['003']],
    ['first in over 20 years', { amount: 20, unit: 'years', qualifier: 'over' }, ['001', '003']],
    ['delegates at the session', { amount: 1000, unit: 'delegates', qualifier: 'over' }, ['000', '001']],
    ['delegates at the seminar', { amount: 200, unit: 'delegates', qualifier: 'over' }, ['000', '001']],
    ['countries at ministerial level', { amount: 70, unit: 'countries', qualifier: 'over' }, ['002']],
  ] as const)('figure: %s', (_what, value, sources) => {
    const fs = withValue('figure', sameFigure(value as FigureValue));
    expect(fs.length).toBeGreaterThan(0);
    expect(docsOf(fs)).toEqual(expect.arrayContaining([...sources]));
  });

  it('the delegates at the session, stated in English and in Vietnamese, are one fact; the seminar\'s are another', () => {
    const session = withValue('figure', sameFigure({ amount: 1000, unit: 'delegates', qualifier: 'over' }));
    expect(session).toHaveLength(1);
    expect(docs(session[0])).toEqual(['000', '001']);
    const seminar = withValue('figure', sameFigure({ amount: 200, unit: 'delegates', qualifier: 'over' }));
    expect(seminar).toHaveLength(1);
    expect(seminar[0].id).not.toBe(session[0].id);
  });

  it.each([
    ['Hà Nội', ['000', '001', '002']],
    ['Vienna', ['000']],
    ['United Arab Emirates', ['000', '001']],
  ])('place: %s', (name, sources) => {
    const fs = withValue('name', samePlace(name));
    expect(docsOf(fs)).toEqual(expect.arrayContaining(sources));
  });

  it.each([
    ['Lương Cường', 'president', ['000', '001', '003']],
    ['António Guterres', 'secretary-general', ['000', '001', '002', '003']],
    ['Lê Thị Thu Hằng', 'deputy-minister', ['000', '001']],
    ['Ghada Fathi Waly', 'executive-director', ['000', '001', '003', '004']],
    ['Le Quoc Hung', 'deputy-minister', ['003']],
    ['Pham Thu Hang', 'spokesperson', ['003']],
    // named after the post's complement and its acronym in parentheses (in 000 misspelt, a variant)
    ['Rafael Mariano Grossi', 'director-general', ['000', '001']],
  ])('person: %s', (name, role, sources) => {
    const f = person(name);
    expect(f.subject).toBe(role);
    expect(docs(f)).toEqual(expect.arrayContaining(sources));
  });

  it('never takes a fact from the furniture of 001 and 002', () => {
    const sidebar = /Giải cứu|One UI|Galaxy|iOS|Cuba|Nepal|Patricia Routledge|Museveni|Thrilla|P4G|lãnh sự/;
    for (const f of corpusFacts().facts) for (const s of [...f.sources, ...f.variants.flatMap((v) => v.sources)]) expect(s.quote).not.toMatch(sidebar);
    expect(corpusFacts().facts.some((f) => f.kind === 'name' && /Phạm Thu Hằng/.test((f.value as NameValue).name))).toBe(false);
  });

  it('points every source at the words the value came from', () => {
    const texts = new Map<string, string>();
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    for (const f of corpusFacts().facts) for (const s of f.sources) {
      if (!texts.has(s.doc)) texts.set(s.doc, readFileSync(`${__dirname}/../../../public/corpus/${s.doc}`, 'utf8'));
      const text = texts.get(s.doc)!;
      expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
      expect(s.quote).toContain(text.slice(s.start, s.end));
    }
  });
});
