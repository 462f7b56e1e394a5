// A person's name written with other middle names is the same person; with the last name one
// letter off it is a misspelling. Vietnamese names are never read that way: there two people
// often share the family and the given name and differ by the middle one.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const person = (id: string, name: string, role: string): Fact => ({
  id, kind: 'name', subject: role.toLowerCase(), subjectLabel: role,
  value: { name, aliases: [], role, entity: 'person' },
  sources: [{ doc: 'note', lang: 'en', quote: `${role} ${name} opened the meeting.`, start: 0, end: 0 }],
  variants: [], origin: 'user',
});
const m = compileMatcher([person('user.marquez', 'Elena Ruiz Marquez', 'Director'), person('user.hung', 'Nguyễn Văn Hùng', 'Minister')]);
const said = (text: string) => checkText(m, text).filter((f) => f.kind === 'name').map((f) => `${f.verdict} ${f.text}`);

describe('first and last names around other middle names', () => {
  it.each([
    ['Director Elena Sofia Marquez opened the meeting.', 'match Elena Sofia Marquez'],
    ['La directrice Elena Sofia Ruiz Marquez a ouvert la réunion.', 'match Elena Sofia Ruiz Marquez'],
  ])('the same person: %s', (text, want) => expect(said(text)).toEqual([want]));

  it.each([
    ['Director Elena Sofia Marqez opened the meeting.', 'conflict Elena Sofia Marqez'],
    ['La directrice Elena Sofia Ruiz Marques a ouvert la réunion.', 'conflict Elena Sofia Ruiz Marques'],
  ])('the last name one letter off is a misspelling: %s', (text, want) => expect(said(text)).toEqual([want]));

  it.each([
    'Director Elena Sofia Martinez opened the meeting.',
    'Director Elena Sofia Marquardt opened the meeting.',
    'Bộ trưởng Nguyễn Thanh Hùng phát biểu khai mạc hội nghị.',
    'Minister Nguyen Thanh Hung opened the meeting.',
  ])('another person, or a Vietnamese name with another middle name: %s', (text) => expect(said(text)).toEqual([]));
});

describe('a lone word one letter off the last name of a person named on the page', () => {
  it('is a misspelling, painted', () => {
    const text = 'Director Elena Ruiz Marquez opened the meeting on Monday. Marques said the talks would go on.';
    expect(said(text)).toEqual(['match Elena Ruiz Marquez', 'conflict Marques']);
  });
  it('unless the page writes the word in lower case too (a common word)', () => {
    const text = 'Director Elena Ruiz Marquez opened the meeting. Marques said the marques of the town were open.';
    expect(said(text)).toEqual(['match Elena Ruiz Marquez']);
  });
});

describe('a Vietnamese name is not shortened to its family and given names', () => {
  it.each([
    'Chủ tịch UBND tỉnh Nguyễn Hùng Dũng phát biểu khai mạc hội nghị.',
    'Provincial chairman Nguyen Hung Dung opened the meeting.',
  ])('"Nguyễn Hùng …" begins another man\'s name, not "Nguyễn Văn Hùng": %s', (text) => expect(said(text)).toEqual([]));
  it('while "Ghada Waly" still stands for "Ghada Fathi Waly" (the first and last names of other names)', () => {
    const mw = compileMatcher([person('user.waly', 'Elena Sofia Marquez', 'Director')]);
    expect(checkText(mw, 'Director Elena Marquez opened the meeting.').map((f) => `${f.verdict} ${f.text}`)).toEqual(['match Elena Marquez']);
  });
});
