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

describe('an edition named beside the event, for a fact that never numbers its event', () => {
  const src = [
    { doc: 'n-en', lang: 'en' as const, quote: 'The signing ceremony and high-level conference on the fisheries accord will be held in Lisbon.', start: 0, end: 0 },
    { doc: 'n-fr', lang: 'fr' as const, quote: "La cérémonie de signature et la conférence de haut niveau sur l'accord sur la pêche auront lieu à Lisbonne.", start: 0, end: 0 },
    { doc: 'n-vi', lang: 'vi' as const, quote: 'Lễ ký kết và Hội nghị cấp cao về hiệp định nghề cá sẽ được tổ chức tại Lisbon.', start: 0, end: 0 },
  ];
  const m = compileMatcher([{ id: 'user.accord-venue', kind: 'name', subject: 'venue', subjectLabel: 'venue of the fisheries accord conference', value: { name: 'Lisbon', aliases: ['Lisbonne'], entity: 'place' }, sources: src, variants: [], origin: 'user' }]);
  const painted = (text: string) => checkText(m, text).map((f) => `${f.verdict} ${f.text}`);
  it.each([
    'The 14th high-level conference on the fisheries accord was held in Madrid.',
    "La 14e conférence de haut niveau sur l'accord sur la pêche s'est tenue à Madrid.",
    'Hội nghị cấp cao lần thứ 14 về hiệp định nghề cá được tổ chức tại Madrid.',
  ])('is another occurrence of a recurring event, not painted: %s', (text) => expect(painted(text)).toEqual([]));
  it.each([
    'The high-level conference on the fisheries accord was held in Madrid.',
    "La conférence de haut niveau sur l'accord sur la pêche s'est tenue à Madrid.",
    'Hội nghị cấp cao về hiệp định nghề cá được tổ chức tại Madrid.',
  ])('while the same sentence without one still contradicts the venue: %s', (text) => expect(painted(text)).toEqual(['conflict Madrid']));
});
