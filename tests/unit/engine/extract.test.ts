import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../lib/lexicon';
import { foldWithMap } from '../../../lib/text/fold';
import { findDates } from '../../../lib/extract/dates';
import { findFigures } from '../../../lib/extract/figures';
import type { Lang } from '../../../lib/model';

const lex = defaultLexicon();
function dates(text: string, lang: Lang) {
  return findDates(foldWithMap(text), lex, lang).map((d) => ({ text: text.slice(d.start, d.end), y: d.year, m: d.month, d1: d.day1, d2: d.day2, p: d.precision, deadline: !!d.deadline }));
}
function figures(text: string) {
  return findFigures(text, foldWithMap(text), lex).map((f) => ({ text: text.slice(f.start, f.end), amount: f.amount, unit: f.unit, q: f.qualifier }));
}

describe('dates', () => {
  it.each([
    ['en', 'scheduled for October 25-26 in Hanoi', 'October 25-26', undefined, 10, 25, 26],
    ['en', 'On October 25th,2025', 'October 25th,2025', 2025, 10, 25, undefined],
    ['en', 'on 25–26 October 2025 in Hanoi', '25–26 October 2025', 2025, 10, 25, 26],
    ['en', 'in Vienna on May 19, 2025.', 'May 19, 2025', 2025, 5, 19, undefined],
    ['fr', 'se tiendra du 25 au 26 octobre à Hanoi', '25 au 26 octobre', undefined, 10, 25, 26],
    ['fr', 'Les 25 et 26 octobre 2025, Hanoï', '25 et 26 octobre 2025', 2025, 10, 25, 26],
    ['fr', 'Le 22 septembre, au siège', '22 septembre', undefined, 9, 22, undefined],
    ['vi', 'sẽ diễn ra từ ngày 25-26/10 tại Hà Nội', '25-26/10', undefined, 10, 25, 26],
    ['vi', 'vào ngày 25-26/10/2025.', '25-26/10/2025', 2025, 10, 25, 26],
    ['vi', 'diễn ra vào lúc 15h00 ngày 19/5, với', '19/5', undefined, 5, 19, undefined],
  ] as const)('%s: %s', (lang, text, span, y, m, d1, d2) => {
    const [d] = dates(text, lang);
    expect(d).toMatchObject({ text: span, y, m, d1, d2, p: 'day' });
  });

  it('reads months and years at their precision', () => {
    expect(dates("validé par l'Assemblée générale en décembre 2024", 'fr')[0]).toMatchObject({ text: 'décembre 2024', p: 'month', y: 2024, m: 12 });
    expect(dates('the 15th UN Crime Congress set for 2026 in the UAE', 'en')[0]).toMatchObject({ text: '2026', p: 'year', y: 2026 });
  });
  it('a weekday written before a date belongs to that date, not a second, relative mention', () => {
    const wd = (text: string, lang: Lang) => findDates(foldWithMap(text), lex, lang).map((d) => [text.slice(d.start, d.end), d.weekday, d.relative ?? null]);
    expect(wd('The ceremony opens on Saturday, October 25, 2025 in Hanoi.', 'en')).toEqual([['October 25, 2025', 6, null]]);
    expect(wd('Le samedi 25 octobre 2025, la cérémonie', 'fr')).toEqual([['25 octobre 2025', 6, null]]);
    // alone, the weekday is a relative date, resolved against the document's dates
    expect(wd('On Monday the minister spoke.', 'en')).toEqual([['Monday', 1, 'weekday']]);
    expect(wd('On Monday, Mayor Nguyen spoke.', 'en')).toEqual([['Monday', 1, 'weekday']]);
  });
  it('does not read "24/7" in English as a date; reads a range of years as one span, not two years', () => {
    expect(dates('a new 24/7 network', 'en')).toEqual([]);
    expect(dates('nhiệm kỳ 2026-2028', 'vi')).toEqual([{ text: '2026-2028', y: 2026, m: undefined, d1: undefined, d2: undefined, p: 'year', deadline: false }]);
  });
  it('marks the end of a period ("jusqu\'au 31 décembre 2026") as a deadline', () => {
    expect(dates("à New York, jusqu'au 31 décembre 2026.", 'fr')[0]).toMatchObject({ text: '31 décembre 2026', deadline: true });
  });
});

describe('figures', () => {
  it.each([
    ['Over 1,000 delegates from UN member states', 'Over 1,000 delegates', 1000, 'delegates', 'over'],
    ['over one thousand six hundred delegates', 'over one thousand six hundred delegates', 1600, 'delegates', 'over'],
    ['in more than two decades.', 'more than two decades', 20, 'years', 'over'],
    ['với sự tham dự của hơn một nghìn đại biểu', 'hơn một nghìn đại biểu', 1000, 'delegates', 'over'],
    ['sau hơn 20 năm, thiết lập', 'hơn 20 năm', 20, 'years', 'over'],
    ['depuis plus de 20 ans, conçu', 'plus de 20 ans', 20, 'years', 'over'],
    ['le résultat de près de 5 années de négociations', 'près de 5 années', 5, 'years', 'nearly'],
    ['gồm 9 chương, 71 điều', '9 chương', 9, 'chapters', 'exact'],
    ['composée de neuf chapitres', 'neuf chapitres', 9, 'chapters', 'exact'],
    ['soixante-cinq États avaient', 'soixante-cinq États', 65, 'countries', 'exact'],
    ['sau gần 4 năm đàm phán', 'gần 4 năm', 4, 'years', 'nearly'],
  ] as const)('%s', (text, span, amount, unit, q) => {
    expect(figures(text)[0]).toEqual({ text: span, amount, unit, q });
  });
  it('reads thousands separators of each notation', () => {
    expect(figures('1.000 đại biểu')[0].amount).toBe(1000);
    expect(figures('1 000 délégués')[0].amount).toBe(1000);
  });
  it.each([
    ['Quốc hội thông qua luật với 434/443 đại biểu tán thành.'],
    ['The bill passed with 434/443 delegates in favour.'],
    ['La loi a été adoptée par 434 / 443 délégués.'],
  ])('ignores a tally or a ratio, numbers joined by a slash: %s', (text) => expect(figures(text)).toEqual([]));
  it('while a count after a slash-free number stays one', () => expect(figures('với 443 đại biểu tham gia')[0]?.amount).toBe(443));
  it('ignores ordinals, article numbers and numbers without a unit', () => {
    expect(figures('the 15th UN Crime Congress')).toEqual([]);
    expect(figures('Theo quy định tại Điều 64 của Công ước')).toEqual([]);
    expect(figures('khoảng 8.000 tỷ USD')).toEqual([]);
  });
});
