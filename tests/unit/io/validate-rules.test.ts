// The values issue 14 found accepted and that a fact cannot hold: each is refused with a message
// naming the field, in an import (path in the file) and in the repository; what is valid nearby
// still passes, and every fact the engine builds from the shipped corpus passes.
import { describe, expect, it } from 'vitest';
import { checkedDocument } from '../../../lib/db/checked';
import { importFacts } from '../../../lib/io/facts-json';
import type { Fact } from '../../../lib/model';
import { validateFact } from '../../../lib/validate';
import { corpusFacts } from '../engine/corpus';
import { delegates, president, signingDate } from '../fixtures/hand-made-facts';

const file = (facts: unknown[]) => JSON.stringify({ format: 'factlens-facts/1', facts });
const firstError = (facts: unknown[]) => {
  const r = importFacts(file(facts));
  return r.ok ? 'accepted' : `${r.errors[0].path}: ${r.errors[0].message}`;
};
const date = (value: object): Fact => ({ ...signingDate, variants: [], value: { ...signingDate.value, ...value } as Fact['value'] });
const name = (value: object): Fact => ({ ...president, value: { ...president.value, ...value } as Fact['value'] });
const figure = (value: object): Fact => ({ ...delegates, value: { ...delegates.value, ...value } as Fact['value'] });

describe('values a fact cannot hold', () => {
  it.each([
    ['month precision on a single day', date({ start: '2025-10-25', end: '2025-10-25', precision: 'month' }),
      'facts[0].value.precision: "month" precision covers whole months: start on the 1st (2025-10-01) and end on the month\'s last day (2025-10-31).'],
    ['year precision on a single day', date({ start: '2025-10-25', end: '2025-10-25', precision: 'year' }),
      'facts[0].value.precision: "year" precision covers whole years: start on 1 January (2025-01-01) and end on 31 December (2025-12-31).'],
    ['year 0000', date({ start: '0000-01-01', end: '0000-01-01', precision: 'day' }),
      'facts[0].value.start: "0000-01-01" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-10-25.'],
    ['a blank alias', name({ aliases: ['Luong Cuong', '  '] }), 'facts[0].value.aliases[1]: cannot be empty.'],
    ['a blank role', name({ role: ' ' }), 'facts[0].value.role: cannot be empty.'],
    ['a zero-width space in a name', name({ name: 'Lương\u200bCường' }), 'facts[0].value.name: contains an invisible control character (U+200B); remove it.'],
    ['a left-to-right mark in an alias', name({ aliases: ['Luong\u200eCuong'] }), 'facts[0].value.aliases[0]: contains an invisible control character (U+200E); remove it.'],
    ['a right-to-left mark in a subject', { ...president, subject: 'president\u200f' }, 'facts[0].subject: contains an invisible control character (U+200F); remove it.'],
    ['an Arabic letter mark in a unit', figure({ unit: 'delegates\u061c' }), 'facts[0].value.unit: contains an invisible control character (U+061C); remove it.'],
    ['a byte order mark in a quote', { ...president, sources: [{ ...president.sources[0], quote: '\ufeffLuong Cuong said' }] }, 'facts[0].sources[0].quote: contains an invisible control character (U+FEFF); remove it.'],
    ['a lone surrogate in an id', { ...president, id: 'president-\ud83d' }, 'facts[0].id: contains a broken character (U+D83D, half of a pair); remove it.'],
    ['a lone low surrogate in a label', { ...president, subjectLabel: '\udc00President' }, 'facts[0].subjectLabel: contains a broken character (U+DC00, half of a pair); remove it.'],
    ['a blank unit', figure({ unit: ' ' }), 'facts[0].value.unit: cannot be empty.'],
  ])('refuses %s, naming the field', (_what, fact, message) => {
    expect(firstError([fact])).toBe(message);
  });

  it.each([
    ['a whole month', date({ start: '2025-10-01', end: '2025-10-31', precision: 'month' })],
    ['whole months across a year', date({ start: '2025-11-01', end: '2026-02-28', precision: 'month' })],
    ['a whole year', date({ start: '0001-01-01', end: '0001-12-31', precision: 'year' })],
    ['a unit the engine does not know (any noun)', figure({ unit: 'giraffes' })],
    ['an emoji joined by a zero-width joiner, and a Persian non-joiner', name({ name: 'Team 👩‍💻', aliases: ['می‌خواهم'] })],
    ['a role given', name({ role: 'President of Viet Nam' })],
  ])('accepts %s', (_what, fact) => {
    expect(firstError([fact])).toBe('accepted');
  });

  it('every fact built from the shipped corpus passes', () => {
    for (const f of corpusFacts().facts) expect([f.id, validateFact(f).ok]).toEqual([f.id, true]);
  });

  it('a user document loses its invisible characters before facts are read from it', () => {
    const doc = checkedDocument({ id: 'd', title: 'T', lang: 'en', text: 'Le\u200b Thi\u00ad Thu\ufeff Hang spoke \ud800here.' });
    expect(doc.text).toBe('Le Thi\u00ad Thu Hang spoke \ufffdhere.');
  });
});
