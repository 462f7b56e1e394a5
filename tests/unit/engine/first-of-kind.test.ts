// "the first … in N years" says how long since the last such thing; the thing that is first is
// named after "first" (or before "đầu tiên"): a first visit is not a fact's first treaty.
// Sentences of our own, with a user's fact.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const firstTreaty: Fact = {
  id: 'user.first-treaty-years', kind: 'figure', subject: 'years since the last fisheries treaty of the region',
  subjectLabel: 'years since the last fisheries treaty of the region',
  value: { amount: 15, unit: 'years', qualifier: 'over' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'The accord is the first fisheries treaty signed in the North Atlantic in more than 15 years.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: "L'accord est le premier traité sur la pêche signé dans l'Atlantique Nord depuis plus de 15 ans.", start: 0, end: 0 },
    { doc: 'note-vi', lang: 'vi', quote: 'Hiệp định là hiệp ước nghề cá đầu tiên được ký ở Bắc Đại Tây Dương trong hơn 15 năm qua.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([firstTreaty]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);

describe('the first of a kind of event the fact never speaks of', () => {
  it.each([
    'It is the first visit to the North Atlantic islands by a Norwegian prime minister in more than 8 years.',
    "Il s'agit de la première visite dans l'Atlantique Nord d'un premier ministre norvégien depuis plus de 8 ans.",
    'Đây là chuyến thăm đầu tiên của một thủ tướng Na Uy tới Bắc Đại Tây Dương trong hơn 8 năm qua.',
  ])('is another first: %s', (text) => expect(conflicts(text)).toEqual([]));
  it.each([
    ['The accord is the first fisheries treaty signed in the North Atlantic in more than 8 years.', 'more than 8 years'],
    ["L'accord est le premier traité sur la pêche signé dans l'Atlantique Nord depuis plus de 8 ans.", 'plus de 8 ans'],
    ['Hiệp định là hiệp ước nghề cá đầu tiên được ký ở Bắc Đại Tây Dương trong hơn 8 năm qua.', 'hơn 8 năm'],
  ])("while the fact's own first still contradicts it: %s", (text, value) => expect(conflicts(text)).toEqual([value]));
});
