// "After five years of negotiations": a temporal word before a duration does not set it apart
// from its event, as it does a date ("after 12 March" is not 12 March): the duration is the
// event's own length.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact, Lang } from '../../../lib/model';

const talks: Fact = {
  id: 'user.talks-years', kind: 'figure', subject: 'years of fisheries talks', subjectLabel: 'years of talks',
  value: { amount: 3, unit: 'years', qualifier: 'exact' },
  sources: [{ doc: 'note', lang: 'en', quote: 'The fisheries accord is the result of 3 years of talks between the coastal states.', start: 0, end: 0 }],
  variants: [], origin: 'user',
};
const m = compileMatcher([talks]);
const said = (text: string) => checkText(m, text).map((f) => `${f.verdict} ${f.text}`);

describe('a duration after a temporal word', () => {
  it.each([
    ['After three years of talks between the coastal states, the fisheries accord was adopted.', 'match three years'],
    ['At the end of four years of talks between the coastal states, the fisheries accord was adopted.', 'conflict four years'],
    ["Après quatre ans de négociations entre les États côtiers, l'accord sur la pêche a été adopté.", 'conflict quatre ans'],
  ])('is the event\'s own length: %s', (text, want) => expect(said(text)).toEqual([want]));
});

describe('a count of years among several facts counting years', () => {
  const firstIn: Fact = {
    id: 'user.first-in-years', kind: 'figure', subject: 'first fisheries treaty in years', subjectLabel: 'first treaty in years',
    value: { amount: 20, unit: 'years', qualifier: 'over' },
    sources: [{ doc: 'note', lang: 'en', quote: 'It is the first fisheries treaty in over 20 years.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  };
  const both = compileMatcher([talks, firstIn]);
  const verdicts = (text: string) => checkText(both, text).map((f) => `${f.verdict} ${f.text}`);
  it('is the one whose event governs it right beside it', () => {
    expect(verdicts('After four years of negotiation, dozens of meetings and thousands of inputs, the approval reflects a collective perseverance.')).toEqual(['conflict four years']);
  });
  it('is nobody\'s where no event of a fact governs it', () => {
    expect(verdicts('For four years, fishermen of the coastal states have asked for a new accord.').filter((v) => v.startsWith('conflict'))).toEqual([]);
  });
});

describe('a length of years after "the first … in"', () => {
  const mk = (id: string, amount: number, qualifier: 'nearly' | 'over', quotes: [Lang, string][]): Fact => ({
    id, kind: 'figure', subject: id, subjectLabel: id, value: { amount, unit: 'years', qualifier },
    sources: quotes.map(([lang, quote]) => ({ doc: `n-${lang}`, lang, quote, start: 0, end: 0 })), variants: [], origin: 'user',
  });
  const talks = mk('user.talks', 5, 'nearly', [
    ['en', 'The fisheries accord is the result of nearly five years of negotiations between the coastal states.'],
    ['fr', "L'accord sur la pêche est le fruit de près de cinq ans de négociations entre les États côtiers."],
    ['vi', 'Hiệp định nghề cá là kết quả của gần 5 năm đàm phán giữa các quốc gia ven biển.'],
  ]);
  const first = mk('user.first', 20, 'over', [
    ['en', 'The fisheries accord is the first binding fisheries text in more than two decades.'],
    ['fr', "L'accord sur la pêche est le premier texte contraignant sur la pêche depuis plus de 20 ans."],
    ['vi', 'Hiệp định nghề cá là văn kiện ràng buộc đầu tiên về nghề cá trong hơn 20 năm qua.'],
  ]);
  const m = compileMatcher([talks, first]);
  const paintedAgainstTalks = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict' && f.factId === 'user.talks').map((f) => f.text);
  it.each([
    'It is the first binding fisheries accord negotiated in more than 30 years.',
    "C'est le premier accord contraignant sur la pêche négocié depuis plus de 30 ans.",
    'Đây là hiệp định nghề cá ràng buộc đầu tiên được đàm phán trong hơn 30 năm qua.',
    "C'est le premier accord contraignant sur la pêche signé en plus de 30 ans.",
  ])('is how long since the last such thing, not the length of the negotiations between them: %s', (text) => expect(paintedAgainstTalks(text)).toEqual([]));
  it('while a length of negotiations still is one', () => {
    expect(paintedAgainstTalks('The fisheries accord is the result of nearly eight years of negotiations between the coastal states.')).toEqual(['nearly eight years']);
  });
});

describe('"the first … in N years" said by a fact\'s sources too', () => {
  const first: Fact = {
    id: 'user.first', kind: 'figure', subject: 'first binding text in years', subjectLabel: 'first binding text in years',
    value: { amount: 20, unit: 'years', qualifier: 'over' },
    sources: [
      { doc: 'n-en', lang: 'en', quote: 'The fisheries accord is the first binding fisheries text in more than two decades.', start: 0, end: 0 },
      { doc: 'n-fr', lang: 'fr', quote: "L'accord sur la pêche est le premier texte contraignant sur la pêche depuis plus de 20 ans.", start: 0, end: 0 },
      { doc: 'n-vi', lang: 'vi', quote: 'Hiệp định nghề cá là văn kiện ràng buộc đầu tiên về nghề cá trong hơn 20 năm qua.', start: 0, end: 0 },
    ],
    variants: [], origin: 'user',
  };
  const talks: Fact = { ...first, id: 'user.talks', subject: 'negotiations', subjectLabel: 'negotiations', value: { amount: 5, unit: 'years', qualifier: 'nearly' },
    sources: [{ doc: 'n-en', lang: 'en', quote: 'The fisheries accord is the result of nearly five years of negotiations between the coastal states.', start: 0, end: 0 }] };
  const m = compileMatcher([talks, first]);
  const painted = (text: string) => checkText(m, text).filter((f) => f.kind === 'figure').map((f) => `${f.verdict} ${f.text} ${f.factId}`);
  it.each([
    ['It is the first binding fisheries accord negotiated in 10 years.', 'conflict 10 years user.first'],
    ["C'est le premier accord contraignant sur la pêche négocié depuis 10 ans.", 'conflict 10 ans user.first'],
    ['Đây là hiệp định nghề cá ràng buộc đầu tiên được đàm phán trong 10 năm qua.', 'conflict 10 năm user.first'],
    ['It is the first binding fisheries accord negotiated in more than 20 years.', 'match more than 20 years user.first'],
    // ("en", as "in": "le premier … signé en plus de 20 ans")
    ["C'est le premier accord contraignant sur la pêche signé en plus de 20 ans.", 'match plus de 20 ans user.first'],
    ["C'est le premier accord contraignant sur la pêche signé en 10 ans.", 'conflict 10 ans user.first'],
  ])('ties the length to that fact as closely as its own event would: %s', (text, want) => expect(painted(text)).toEqual([want]));
});
