import { describe, expect, test } from 'vitest';
import { formatDate, formatFigure, formatName, formatValue } from '../../../lib/format';
import { STRINGS, t, formErrorText } from '../../../components/strings';
import { ta } from '../../../components/app-strings';
import { draftToFact, emptyDraft } from '../../../lib/fact-draft';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('values as people read them', () => {
  test('date intervals with their precision, in three languages', () => {
    const range = { start: '2025-10-25', end: '2025-10-26', precision: 'day' as const };
    expect(formatDate(range)).toBe('25–26 October 2025');
    expect(formatDate(range, 'fr')).toBe('25–26 octobre 2025');
    expect(formatDate(range, 'vi')).toBe('ngày 25–26/10/2025');
    expect(formatDate({ start: '2025-10-01', end: '2025-10-01', precision: 'day' }, 'fr')).toBe('1er octobre 2025');
    expect(formatDate({ start: '2025-09-30', end: '2025-10-02', precision: 'day' })).toBe('30 September – 2 October 2025');
    expect(formatDate({ start: '2024-12-31', end: '2025-01-01', precision: 'day' })).toBe('31 December 2024 – 1 January 2025');
    expect(formatDate({ start: '2025-10-01', end: '2025-10-31', precision: 'month' })).toBe('October 2025');
    expect(formatDate({ start: '2025-10-01', end: '2025-10-31', precision: 'month' }, 'vi')).toBe('tháng 10/2025');
    expect(formatDate({ start: '2026-01-01', end: '2026-12-31', precision: 'year' })).toBe('2026');
    expect(formatDate({ start: '2026-01-01', end: '2026-12-31', precision: 'year' }, 'vi')).toBe('năm 2026');
  });

  test('figures with qualifier, grouping and unit', () => {
    expect(formatFigure({ amount: 1000, unit: 'delegates', qualifier: 'over' })).toBe('over 1,000 delegates');
    expect(nb(formatFigure({ amount: 1000, unit: 'delegates', qualifier: 'over' }, 'fr'))).toBe('plus de 1 000 délégués');
    expect(formatFigure({ amount: 1000, unit: 'delegates', qualifier: 'over' }, 'vi')).toBe('hơn 1.000 đại biểu');
    expect(formatFigure({ amount: 9, unit: 'chapters', qualifier: 'exact' }, 'vi')).toBe('9 chương');
    expect(formatFigure({ amount: 1, unit: 'countries', qualifier: 'exact' })).toBe('1 country');
    expect(formatFigure({ amount: 5, unit: 'years', qualifier: 'nearly' })).toBe('nearly 5 years');
    expect(formatFigure({ amount: 3, unit: 'side-events', qualifier: 'about' })).toBe('about 3 side events');
  });

  test('names with their role', () => {
    expect(formatName({ name: 'Lương Cường', aliases: [], role: 'State President' })).toBe('Lương Cường (State President)');
    expect(formatValue({ name: 'Hà Nội', aliases: ['Hanoi'], entity: 'place' })).toBe('Hà Nội');
  });
});

describe('UI strings', () => {
  test('every key has French and Vietnamese; placeholders are filled', () => {
    expect(t('en', 'table.count', { shown: 3, total: 10 })).toBe('3 of 10 facts');
    expect(t('fr', 'table.count', { shown: 3, total: 10 })).toBe('3 faits sur 10');
    expect(t('vi', 'search.label')).toBe('Tìm dữ kiện');
  });

  test('form errors are translated by field and code', () => {
    const { errors } = draftToFact({ ...emptyDraft('date'), subject: 'x', start: '2025-10-26', end: '2025-10-25' });
    expect(formErrorText('en', errors.end!)).toBe('The end date (2025-10-25) is before the start date (2025-10-26).');
    expect(formErrorText('fr', errors.end!)).toBe('La date de fin (2025-10-25) est antérieure à la date de début (2025-10-26).');
    expect(formErrorText('vi', errors.end!)).toBe('Ngày kết thúc (2025-10-25) sớm hơn ngày bắt đầu (2025-10-26).');
  });
});

test('the French and Vietnamese tables cover every English key (Vietnamese has no singular forms to give)', () => {
  const keys = Object.keys(STRINGS.en);
  expect(keys.filter((k) => !(k in STRINGS.fr))).toEqual([]);
  expect(keys.filter((k) => !(k in STRINGS.vi) && !k.endsWith('.one'))).toEqual([]);
  // a singular form exists only beside its plural
  expect(keys.filter((k) => k.endsWith('.one') && !keys.includes(k.slice(0, -4)))).toEqual([]);
});

test('one fact, two facts: the singular is used for n = 1 in English and French; Vietnamese has one form', () => {
  expect(t('en', 'io.confirmImport', { n: 1 })).toBe('Import 1 fact');
  expect(t('en', 'io.confirmImport', { n: 2 })).toBe('Import 2 facts');
  expect(t('en', 'io.rejected', { name: 'a.json', n: 1 })).toBe('Nothing was imported: a.json has 1 problem.');
  expect(t('fr', 'io.done', { n: 1 })).toBe('1 fait importé.');
  expect(t('fr', 'io.done', { n: 3 })).toBe('3 faits importés.');
  expect(t('vi', 'io.done', { n: 1 })).toBe('Đã nhập 1 dữ kiện.');
  expect(ta('en', 'options.docSaved', { n: 1 })).toBe('Saved the document and 1 fact.');
  expect(ta('fr', 'options.docSave', { n: 1 })).toBe('Enregistrer le document et 1 fait');
});
