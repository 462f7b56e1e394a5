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
