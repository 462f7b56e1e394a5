import { describe, expect, test } from 'vitest';
import { draftFromFact, draftToFact, emptyDraft, type FactDraft } from '../../../lib/fact-draft';
import { parseAmount, validateFact } from '../../../lib/validate';
import { delegates, president, signingDate } from '../fixtures/hand-made-facts';

const draft = (over: Partial<FactDraft>): FactDraft => ({ ...emptyDraft(over.kind ?? 'date'), ...over });
const messages = (d: FactDraft) => Object.fromEntries(Object.entries(draftToFact(d).errors).map(([k, e]) => [k, e!.message]));

describe('form validation messages', () => {
  test('an empty new date fact asks for the subject and the date', () => {
    expect(messages(draft({ kind: 'date' }))).toEqual({
      subject: 'Say what the fact is about, e.g. “Signing ceremony”.',
      start: 'Enter the date (the first day, if it is a range).',
    });
  });

  test('a date range whose end is before its start', () => {
    expect(messages(draft({ subject: 'Ceremony', start: '2025-10-26', end: '2025-10-25' }))).toEqual({
      end: 'The end date (2025-10-25) is before the start date (2025-10-26).',
    });
  });

  test('impossible and badly written dates', () => {
    expect(messages(draft({ subject: 'x', start: '2025-02-30' })).start).toBe('Enter a real date as YYYY-MM-DD, e.g. 2025-10-25.');
    expect(messages(draft({ subject: 'x', start: '2025-10-25', end: '26/10/2025' })).end).toBe('Enter a real date as YYYY-MM-DD, or leave it empty for a single day.');
  });

  test('a figure that is not a number, and a missing unit', () => {
    expect(messages(draft({ kind: 'figure', subject: 'Delegates', amount: 'about a thousand', unit: '' }))).toEqual({
      amount: '“about a thousand” is not a number. Write digits, e.g. 1000 or 1,000.',
      unit: 'Say what is counted, e.g. delegates.',
    });
    expect(messages(draft({ kind: 'figure', subject: 'Delegates', amount: '', unit: 'delegates' }))).toEqual({ amount: 'Enter the figure, e.g. 1000.' });
  });

  test('an empty name (spaces only)', () => {
    expect(messages(draft({ kind: 'name', subject: 'President', name: '   ' }))).toEqual({ name: 'Enter the name.' });
  });

  test('a quote needs its language; control characters are refused', () => {
    expect(messages(draft({ kind: 'name', subject: 'P', name: 'Lương Cường', quote: 'Chủ tịch nước Lương Cường' }))).toEqual({ lang: 'Pick the language of the quote.' });
    expect(messages(draft({ kind: 'name', subject: 'P', name: 'Lương\u0000 Cường' }))).toEqual({ name: 'Remove the invisible control character (U+0000).' });
  });
});

describe('draft to fact', () => {
  test('a valid new figure becomes a user fact; "1,000" and "1 000" are read as 1000', () => {
    for (const amount of ['1,000', '1 000', '1000', '1.000']) {
      const r = draftToFact(draft({ kind: 'figure', subject: 'Delegates at CCPCJ34', amount, unit: 'delegates', qualifier: 'over' }), { makeId: () => 'user:1' });
      expect(r.errors).toEqual({});
      expect(r.fact).toEqual({ id: 'user:1', kind: 'figure', subject: 'Delegates at CCPCJ34', value: { amount: 1000, unit: 'delegates', qualifier: 'over' }, sources: [], variants: [], origin: 'user' });
    }
  });

  test('a single day leaves the end empty; month precision covers the whole month', () => {
    expect(draftToFact(draft({ subject: 's', start: '2025-10-25' })).fact!.value).toEqual({ start: '2025-10-25', end: '2025-10-25', precision: 'day' });
    expect(draftToFact(draft({ subject: 's', start: '2025-02-10', precision: 'month' })).fact!.value).toEqual({ start: '2025-02-01', end: '2025-02-28', precision: 'month' });
    expect(draftToFact(draft({ subject: 's', start: '2024-05-10', end: '2025-03-01', precision: 'year' })).fact!.value).toEqual({ start: '2024-01-01', end: '2025-12-31', precision: 'year' });
  });

  test('editing a corpus fact keeps id, subject id, sources and variants and makes it a user fact', () => {
    const d = draftFromFact(signingDate);
    expect(d.subject).toBe(signingDate.subjectLabel);
    d.end = '2025-10-27';
    const r = draftToFact(d);
    expect(r.fact).toEqual({ ...signingDate, value: { ...signingDate.value, end: '2025-10-27' }, origin: 'user' });
  });

  test('names: aliases one per line or comma-separated; a typed quote becomes a source', () => {
    const d = draftFromFact(president);
    d.aliases = 'Luong Cuong, President Cường\nL. Cường';
    d.quote = 'Chủ tịch nước Lương Cường sẽ chủ trì';
    d.lang = 'vi';
    d.docTitle = 'Baoquocte';
    const f = draftToFact(d).fact!;
    expect(f.value).toEqual({ ...president.value, aliases: ['Luong Cuong', 'President Cường', 'L. Cường'] });
    expect(f.sources.at(-1)).toEqual({ doc: 'user-note:Baoquocte', lang: 'vi', title: 'Baoquocte', quote: 'Chủ tịch nước Lương Cường sẽ chủ trì', start: 0, end: 0 });
  });

  test('draft → fact → draft is stable for every kind', () => {
    for (const f of [signingDate, president, delegates]) expect(draftToFact(draftFromFact(f)).fact).toEqual({ ...f, origin: 'user' });
  });
});

describe('shared rules', () => {
  test('parseAmount reads what people type and refuses the rest', () => {
    expect([parseAmount('1,000'), parseAmount('1.000,5'), parseAmount('2,5'), parseAmount('-3'), parseAmount('1e3')]).toEqual([1000, 1000.5, 2.5, -3, 1000]);
    expect([parseAmount('1,000,00'), parseAmount('abc'), parseAmount(''), parseAmount('1e999')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('validateFact is the same check the import runs', () => {
    const r = validateFact({ ...delegates, value: { amount: '12', unit: 'delegates', qualifier: 'exact' } });
    expect(r).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'value.amount', code: 'type' })] });
    expect(validateFact(delegates)).toEqual({ ok: true, fact: delegates });
  });
});
