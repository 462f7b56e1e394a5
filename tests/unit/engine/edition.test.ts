// A date years away from a fact's is more often another occurrence of the event than a mistake —
// unless the sentence names the fact's own edition ("the 12th summit").
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const summit: Fact = {
  id: 'user.ocean-summit', kind: 'date', subject: '12th Ocean Summit', subjectLabel: '12th Ocean Summit',
  value: { start: '2027-01-01', end: '2027-12-31', precision: 'year' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'The 12th Ocean Summit will be held in Lisbon in 2027.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: 'Le 12e Sommet des océans se tiendra à Lisbonne en 2027.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([summit]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);

describe('a date years away from the fact', () => {
  it.each([
    ['The 12th Ocean Summit will be held in Lisbon in 2030.', '2030'],
    ['Le 12e Sommet des océans se tiendra à Lisbonne en 2030.', '2030'],
  ])('contradicts it when the sentence names the same edition: %s', (text, date) => expect(conflicts(text)).toEqual([date]));
  it.each([
    'The 13th Ocean Summit will be held in Lisbon in 2030.',
    'The Ocean Summit was first held in Lisbon in 2013.',
  ])('is another occurrence when it names another edition or none: %s', (text) => expect(conflicts(text)).toEqual([]));
});

describe('a fact of a whole year', () => {
  it('agrees with a date inside it only where the sentence ties the date to it well', () => {
    const said = (text: string) => checkText(m, text).map((f) => `${f.verdict} ${f.text}`);
    expect(said('In May 2027 the summit of the ocean ports was held in Lisbon.')).toEqual(['match May 2027']);
    expect(said('The ocean pledge (May 2027) aims to close the financing gap of the northern ports.')).toEqual([]);
    expect(said('Officials recalled the Lisbon ocean pledge of May 2027 on financing.')).toEqual([]);
  });
});
