// "nước Chủ tịch ASEAN 2025", "Expo 2030": a bare year right after a word in capitals closes a
// name and dates nothing; after a function word or a month, or opening a sentence, it is a date.
// Sentences of our own, with a user's fact.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const summit: Fact = {
  id: 'user.ocean-summit', kind: 'date', subject: 'Ocean Summit', subjectLabel: 'Ocean Summit',
  value: { start: '2027-01-01', end: '2027-12-31', precision: 'year' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'The Ocean Summit will be held in Lisbon in 2027.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: 'Le Sommet des océans se tiendra à Lisbonne en 2027.', start: 0, end: 0 },
    { doc: 'note-vi', lang: 'vi', quote: 'Hội nghị thượng đỉnh Đại dương sẽ diễn ra tại Lisbon vào năm 2027.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([summit]);
const marks = (text: string) => checkText(m, text).map((f) => `${f.verdict} ${f.text}`);

describe('a year closing a name', () => {
  it.each([
    'The Ocean Summit will be chaired by Portugal, the Chair of the Ocean Council 2027.',
    'Le Sommet des océans sera présidé par le Portugal, président du Conseil des Océans 2027.',
    'Hội nghị thượng đỉnh Đại dương do Bồ Đào Nha - nước Chủ tịch Hội đồng Đại dương 2027 - chủ trì.',
  ])('dates nothing: %s', (text) => expect(marks(text)).toEqual([]));
  it.each([
    ['The Ocean Summit Will Be Held In Lisbon In 2027', '2027'],
    ['The Ocean Summit will be held in Lisbon in 2027.', '2027'],
    ['Hội nghị thượng đỉnh Đại dương sẽ diễn ra tại Lisbon vào năm 2027.', '2027'],
  ])('while a year after a function word dates the event: %s', (text, year) => expect(marks(text)).toEqual([`match ${year}`]));
});
