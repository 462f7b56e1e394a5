// "After five years of negotiations": a temporal word before a duration does not set it apart
// from its event, as it does a date ("after 12 March" is not 12 March): the duration is the
// event's own length.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

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
