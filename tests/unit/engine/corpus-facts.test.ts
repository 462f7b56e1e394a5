// The key facts of the corpus (issue 3's table), checked on the fact base the engine builds from
// public/corpus: value, subject and every source document that states them.
import { describe, expect, it } from 'vitest';
import { corpusFacts } from './corpus';
import type { DateValue, Fact, FigureValue, NameValue } from '../../../lib/model';

const docs = (f: Fact) => [...new Set(f.sources.map((s) => s.doc.slice(0, 3)))].sort();
const byId = (id: string) => {
  const f = corpusFacts().facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const person = (name: string) => {
  const f = corpusFacts().facts.find((x) => x.kind === 'name' && (x.value as NameValue).name.normalize('NFC') === name.normalize('NFC'));
  if (!f) throw new Error(`no person ${name}`);
  return f;
};

describe('key facts of the corpus', () => {
  it.each([
    ['signing-ceremony.date', { start: '2025-10-25', end: '2025-10-26', precision: 'day' }, ['000', '001', '002', '003']],
    ['unga-adoption.date', { start: '2024-12-24', end: '2024-12-24', precision: 'day' }, ['001', '002']],
    ['ccpcj34.date', { start: '2025-05-19', end: '2025-05-19', precision: 'day' }, ['000', '001']],
    ['road-to-hanoi-seminar.date', { start: '2025-05-19', end: '2025-05-19', precision: 'day' }, ['000', '001']],
    ['crime-congress.date', { start: '2026-01-01', end: '2026-12-31', precision: 'year' }, ['000', '001']],
    ['un-80th-anniversary.date', { start: '2025-10-24', end: '2025-10-24' }, ['000', '001']],
    ['road-to-hanoi-new-york.date', { start: '2025-09-22', end: '2025-09-22' }, ['003']],
    ['unodc-visit-deputy-pm.date', { start: '2025-10-21', end: '2025-10-21' }, ['004']],
  ])('%s', (id, value, sources) => {
    const f = byId(id);
    expect(f.kind).toBe('date');
    expect(f.value as DateValue).toMatchObject(value);
    expect(docs(f)).toEqual(expect.arrayContaining(sources));
  });

  it.each([
    ['convention-structure.figure-chapters', { amount: 9, unit: 'chapters', qualifier: 'exact' }, ['003']],
    ['convention-structure.figure-articles', { amount: 71, unit: 'articles', qualifier: 'exact' }, ['003']],
    ['negotiation-duration.figure-years', { amount: 5, unit: 'years', qualifier: 'nearly' }, ['003']],
    ['first-instrument-in.figure-years', { amount: 20, unit: 'years', qualifier: 'over' }, ['000', '001', '003']],
    ['ccpcj34.figure-delegates', { amount: 1000, unit: 'delegates', qualifier: 'over' }, ['000', '001']],
    ['road-to-hanoi-seminar.figure-delegates', { amount: 200, unit: 'delegates', qualifier: 'over' }, ['000', '001']],
    ['ministerial-participation.figure-countries', { amount: 70, unit: 'countries', qualifier: 'over' }, ['002']],
  ])('%s', (id, value, sources) => {
    const f = byId(id);
    expect(f.value as FigureValue).toEqual(value);
    expect(docs(f)).toEqual(expect.arrayContaining(sources));
  });

  it.each([
    ['signing-ceremony.place', 'Hà Nội', ['000', '001', '002', '003']],
    ['ccpcj34.place', 'Vienna', ['000', '001']],
    ['crime-congress.place', 'United Arab Emirates', ['000', '001']],
    ['unga-adoption.place', 'New York', ['001']],
  ])('%s', (id, name, sources) => {
    const f = byId(id);
    expect((f.value as NameValue).name).toBe(name);
    expect(docs(f)).toEqual(expect.arrayContaining(sources));
  });

  it.each([
    ['Lương Cường', 'state-president', ['000', '001', '003']],
    ['António Guterres', 'un-secretary-general', ['000', '001', '002', '003']],
    ['Lê Thị Thu Hằng', 'deputy-foreign-minister', ['000', '001']],
    ['Ghada Fathi Waly', 'unodc-executive-director', ['000', '001', '003', '004']],
    ['Rafael Mariano Grossi', 'iaea-director-general', ['000', '001']],
    ['Le Hoai Trung', 'acting-foreign-minister', ['003']],
    ['Le Quoc Hung', 'vice-minister-public-security', ['003']],
    ['Pham Thu Hang', 'foreign-ministry-spokesperson', ['003']],
  ])('%s', (name, role, sources) => {
    const f = person(name);
    expect(f.subject).toBe(role);
    expect(docs(f)).toEqual(expect.arrayContaining(sources));
  });

  it('keeps disagreements as variants with their sources', () => {
    const grossi = person('Rafael Mariano Grossi');
    expect(grossi.variants.map((v) => [(v.value as NameValue).name, v.sources[0].doc.slice(0, 3)])).toEqual([['Rafael Mariano Gross', '000']]);
    const ceremony = byId('signing-ceremony.date');
    const only25 = ceremony.variants.find((v) => (v.value as DateValue).start === '2025-10-25' && (v.value as DateValue).end === '2025-10-25');
    expect(only25?.sources.map((s) => s.doc.slice(0, 3))).toEqual(['002']);
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
