// Dates in each language's usual notations, generated: every notation × several days and months,
// read back by the date patterns (issue 11: formats by grammar, not by example). Negative cases:
// what looks like a date and is not.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates';
import { foldWithMap } from '../../../lib/text/fold';
import { defaultLexicon } from '../../../lib/lexicon';
import type { Lang } from '../../../lib/model';

const read = (text: string, lang: Lang) =>
  findDates(foldWithMap(text), defaultLexicon(), lang).map((d) => ({ text: text.slice(d.start, d.end), day1: d.day1, day2: d.day2, month: d.month, month2: d.month2, year: d.year, precision: d.precision }));

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

type Notation = [Lang, (d: number, d2: number, m: number, y: number) => string, { range?: boolean; year?: boolean }];
const NOTATIONS: Notation[] = [
  ['en', (d, _, m) => `${MONTHS.en[m - 1]} ${d}`, {}],
  ['en', (d, _, m, y) => `${MONTHS.en[m - 1]} ${d}, ${y}`, { year: true }],
  ['en', (d, _, m, y) => `${d} ${MONTHS.en[m - 1]} ${y}`, { year: true }],
  ['en', (d, d2, m) => `${MONTHS.en[m - 1]} ${d}-${d2}`, { range: true }],
  ['en', (d, d2, m) => `${d}-${d2} ${MONTHS.en[m - 1]}`, { range: true }],
  ['en', (d, d2, m) => `${d} and ${d2} ${MONTHS.en[m - 1]}`, { range: true }],
  ['en', (d, d2, m) => `${MONTHS.en[m - 1]} ${d} to ${d2}`, { range: true }],
  ['en', (d, _, m) => `on ${d}/${m}`, {}],
  ['fr', (d, _, m) => `${d} ${MONTHS.fr[m - 1]}`, {}],
  ['fr', (d, d2, m) => `du ${d} au ${d2} ${MONTHS.fr[m - 1]}`, { range: true }],
  ['fr', (d, d2, m, y) => `les ${d} et ${d2} ${MONTHS.fr[m - 1]} ${y}`, { range: true, year: true }],
  ['fr', (d, _, m, y) => `le ${d}.${m}.${y}`, { year: true }],
  ['fr', (d, _, m) => `le ${d}/${m}`, {}],
  ['vi', (d, _, m) => `ngày ${d}/${m}`, {}],
  ['vi', (d, d2, m) => `ngày ${d}-${d2}/${m}`, { range: true }],
  ['vi', (d, d2, m) => `từ ${d} - ${d2}.${m}`, { range: true }],
  ['vi', (d, d2, m) => `các ngày ${d} và ${d2}.${m}`, { range: true }],
  ['vi', (d, _, m, y) => `ngày ${d} tháng ${m} năm ${y}`, { year: true }],
  ['vi', (d, _, m, y) => `ngày ${d}-${m}-${y}`, { year: true }],
  ['vi', (d, _, m) => `chiều ${d}-${m}`, {}],
  ['vi', (d, _, m) => `sáng ${d}.${m}`, {}],
];
const DAYS: [number, number, number][] = [[5, 6, 3], [19, 20, 5], [25, 26, 10], [24, 25, 12], [1, 2, 11]];

describe('day dates in every notation', () => {
  for (const [lang, write, how] of NOTATIONS) {
    it(`${lang}: ${write(25, 26, 10, 2025)}`, () => {
      for (const [d, d2, m] of DAYS) {
        const text = `Sự kiện. ${write(d, d2, m, 2025)} là ngày đó.`.replace('Sự kiện. ', lang === 'vi' ? 'Sự kiện diễn ra ' : 'The event, ');
        const [got] = read(text, lang);
        expect(got, text).toMatchObject({ day1: d, month: m, precision: 'day' });
        if (how.range) expect(got.day2, text).toBe(d2);
        if (how.year) expect(got.year, text).toBe(2025);
      }
    });
  }
});

describe('months and parts of months and years', () => {
  it.each([
    ['en', 'in October 2025', { month: 10, year: 2025, precision: 'month' }],
    ['en', 'by the end of October 2025', { month: 10, year: 2025, precision: 'month' }],
    ['en', 'in mid-October', { month: 10, precision: 'month' }],
    ['en', 'in mid-2025', { month: 5, month2: 8, year: 2025, precision: 'month' }],
    ['en', 'early 2026', { month: 1, month2: 4, year: 2026, precision: 'month' }],
    ['fr', 'en octobre 2025', { month: 10, year: 2025, precision: 'month' }],
    ['fr', 'fin octobre', { month: 10, precision: 'month' }],
    ['fr', 'début 2026', { month: 1, month2: 3, year: 2026, precision: 'month' }],
    ['vi', 'tháng 10/2025', { month: 10, year: 2025, precision: 'month' }],
    ['vi', 'cuối tháng 10', { month: 10, precision: 'month' }],
    ['vi', 'giữa năm 2025', { month: 5, month2: 8, year: 2025, precision: 'month' }],
    ['en', 'in 2026', { year: 2026, precision: 'year' }],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(read(text, lang)[0]).toMatchObject(want);
  });
});

describe('what is not a date', () => {
  it.each([
    ['en', 'The score was 25-10 at half time.'],
    ['en', 'Prices rose 9.5 percent.'],
    ['en', 'A 24/7 network of contact points.'],
    ['vi', 'hơn 1.000 đại biểu'],
    ['vi', 'tỷ lệ 2,5 phần trăm'],
    ['en', 'Article 64 of the Convention.'],
  ] as const)('%s: %s', (lang, text) => expect(read(text, lang)).toEqual([]));
});

describe('the indefinite article is not a count', () => {
  it('"một sự kiện", "un événement", "an event" count nothing; "một nghìn đại biểu", "at least one delegate" do', async () => {
    const { findFigures } = await import('../../../lib/extract/figures');
    const figs = (t: string) => findFigures(t, foldWithMap(t), defaultLexicon()).map((f) => [f.amount, f.unit]);
    expect(figs('Đây là một sự kiện lớn.')).toEqual([]);
    expect(figs('C\'est un événement majeur.')).toEqual([]);
    expect(figs('hơn một nghìn đại biểu')).toEqual([[1000, 'delegates']]);
    expect(figs('at least one delegate')).toEqual([[1, 'delegates']]);
  });
});
