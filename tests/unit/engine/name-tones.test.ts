// Folded, "Lượng Cường" and "Lương Cường" are one word; written, they are two names. A mention of a
// Vietnamese name whose tones or letters differ from every known spelling is a misspelling, while a
// mention without marks, or a tone mark placed the other accepted way ("Hòa"/"Hoà"), is the name.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { misspelledTones } from '../../../lib/people';
import type { Fact } from '../../../lib/model';

describe('tones of a Vietnamese name', () => {
  it.each([
    ['Trượng Thị Mỹ Hạnh', true],
    ['Trương Thị Mỹ Hãnh', true],
    ['Trương Thị Mỹ Hạnh', false],
    ['Truong Thi My Hanh', false],
    ['TRƯƠNG THỊ MỸ HẠNH', false],
  ])('%s against Trương Thị Mỹ Hạnh: misspelt %s', (written, wrong) => expect(misspelledTones(written, ['Trương Thị Mỹ Hạnh'])).toBe(wrong));
  it('a tone mark placed on either vowel of "oa" is the same tone', () => {
    expect(misspelledTones('Nguyễn Văn Hoà', ['Nguyễn Văn Hòa'])).toBe(false);
    expect(misspelledTones('Nguyễn Văn Hóa', ['Nguyễn Văn Hòa'])).toBe(true);
  });
  it('a known spelling written without marks on a syllable says nothing of it', () => {
    expect(misspelledTones('Bùi Thanh Sơn', ['Bùi Thanh Son'])).toBe(false);
  });
  it('names that are not Vietnamese are left alone', () => {
    expect(misspelledTones('Antônio Guterres', ['António Guterres'])).toBe(false);
  });
});

describe('a page writing a known name with another tone', () => {
  const director: Fact = {
    id: 'user.hanh', kind: 'name', subject: 'director', subjectLabel: 'Director of the fisheries institute',
    value: { name: 'Trương Thị Mỹ Hạnh', aliases: ['Truong Thi My Hanh'], role: 'Director', entity: 'person' },
    sources: [{ doc: 'note-vi', lang: 'vi', quote: 'Viện trưởng Trương Thị Mỹ Hạnh đã khai mạc hội thảo về nghề cá.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  };
  const m = compileMatcher([director]);
  const marks = (text: string) => checkText(m, text).map((f) => `${f.verdict} ${f.text}`);
  it('marks the misspelling as a conflict and the right spellings as matches', () => {
    expect(marks('Viện trưởng Trượng Thị Mỹ Hạnh đã khai mạc hội thảo về nghề cá.')).toEqual(['conflict Trượng Thị Mỹ Hạnh']);
    expect(marks('Viện trưởng Trương Thị Mỹ Hạnh đã khai mạc hội thảo về nghề cá.')).toEqual(['match Trương Thị Mỹ Hạnh']);
    expect(marks('Director Truong Thi My Hanh opened the fisheries workshop.')).toEqual(['match Truong Thi My Hanh']);
  });
});
