// What a value is about, learnt from the facts: the frame mechanism (lib/subject/) with sentences
// of our own in each language, and a fact a user adds about a subject the corpus never speaks of.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { frameOf } from '../../../lib/subject/frame';
import type { Fact } from '../../../lib/model';

import { analyze } from '../../../lib/analyze';

/** The frame of a value, the other values of the sentence found as the checker finds them. */
const frame = (text: string, value: string) => {
  const start = text.indexOf(value);
  const an = analyze(text);
  const others = [...an.dates, ...an.figures, ...an.places].filter((o) => o.end <= start || o.start >= start + value.length);
  return frameOf({ text, start, end: start + value.length, others });
};

describe('the event that governs a value', () => {
  it.each([
    ['The summit will be held in Geneva on 12 March.', '12 March', '@summit'],
    ['Le sommet se tiendra du 12 au 13 mars à Genève.', '12 au 13 mars', '@summit'],
    ['Hội nghị thượng đỉnh sẽ diễn ra ngày 12/3 tại Genève.', '12/3', '@summit'],
    ['The minister arrived in Geneva on 11 March for the summit.', '11 March', '@arrive'],
    ["Le ministre est arrivé à Genève le 11 mars pour le sommet.", '11 mars', '@arrive'],
  ])('%s', (text, value, concept) => expect(frame(text, value).governing).toBe(concept));

  it('reads through a quoted title between an event and its date', () => {
    expect(frame('The festival "Lights over the long river of the north" will be held on 4 May.', '4 May').governing).toBe('@festival');
  });
  it.each([
    ['Registrations were counted as of 14 March.', '14 March', 'as-of'],
    ['Tính đến ngày 14/3, đã có 90 đoàn đăng ký.', '14/3', 'as-of'],
    ["Les inscriptions restent ouvertes jusqu'au 20 mars.", '20 mars', 'until'],
  ])('a temporal word sets the date apart: %s', (text, value, role) => expect(frame(text, value).temporal).toBe(role));
  it('a date followed by "two days before the summit" is the date of what happened then', () => {
    const f = frame('The ministers met on 10 March, two days before the summit.', '10 March');
    expect(f.governing).toBe('@meeting');
  });
  it('a sentence without an event word governs nothing', () => {
    expect(frame('The weather in Geneva on 12 March was mild.', '12 March').governing).toBeUndefined();
  });
});

// A user's facts about a subject nothing in the corpus speaks of: a label and one quote each.
const userFacts: Fact[] = [
  {
    id: 'user.press-conference', kind: 'date', subject: 'press conference on the outcomes',
    subjectLabel: 'press conference on the outcomes',
    value: { start: '2025-10-26', end: '2025-10-26', precision: 'day' },
    sources: [{ doc: 'note', lang: 'en', quote: 'An international press conference on the outcomes was held on October 26.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  },
  {
    id: 'user.signed', kind: 'figure', subject: 'countries that signed', subjectLabel: 'countries that signed',
    value: { amount: 72, unit: 'countries', qualifier: 'exact' },
    sources: [{ doc: 'note', lang: 'en', quote: 'In all, 72 countries signed the treaty.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  },
];

describe("a user's fact about a new subject", () => {
  const m = compileMatcher(userFacts);
  const marks = (t: string) => checkText(m, t).map((f) => `${f.verdict}:${f.text}`);
  it('marks a page that states it, and contradicts one that states another value', () => {
    expect(marks('Reporters gathered at an international press conference on October 26.')).toEqual(['match:October 26']);
    expect(marks('Reporters gathered at an international press conference on October 27.')).toEqual(['conflict:October 27']);
    expect(marks('As many as 72 countries signed the treaty.')).toEqual(['match:72 countries']);
    expect(marks('As many as 65 countries signed the treaty.')).toEqual(['conflict:65 countries']);
  });
  it('says nothing of the same kind of value about something else', () => {
    expect(marks('The football final was played on October 27.')).toEqual([]);
    expect(marks('The delegation arrived on October 27, a day after the press conference.')).toEqual([]);
    expect(marks('Some 65 countries took part in the games.')).not.toContain('conflict:65 countries');
  });
  it('gives every finding a score, and paints no conflict below the threshold', () => {
    const all = checkText(m, 'Officials spoke to the press on October 27 about the conference.', { withPossible: true });
    for (const f of all) expect(typeof f.score).toBe('number');
    expect(checkText(m, 'Officials spoke to the press on October 27 about the conference.').filter((f) => f.verdict === 'conflict' && (f.score ?? 0) < 0.55)).toEqual([]);
  });
});
