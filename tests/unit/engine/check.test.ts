// The checker's rules, each with a case that must be marked and one that must not, in the three
// languages. Pages are short texts written the way the news writes; facts come from the corpus.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { nameFact } from '../helpers';
import { corpusMatcher } from './corpus';

function marks(text: string) {
  return checkText(corpusMatcher(), text).map((f) => `${f.verdict}:${f.text}`);
}
function verdictOf(text: string, span: string) {
  const f = checkText(corpusMatcher(), text).find((x) => x.text === span);
  return f?.verdict;
}

describe('dates', () => {
  it.each([
    ['The signing ceremony will take place in Hanoi on October 25-26.', 'October 25-26', 'match'],
    ['The signing ceremony will take place on October 27-28.', 'October 27-28', 'conflict'],
    ['La cérémonie de signature se tiendra du 25 au 26 octobre à Hanoi.', '25 au 26 octobre', 'match'],
    ['La cérémonie de signature se tiendra du 28 au 29 octobre.', '28 au 29 octobre', 'conflict'],
    ['Lễ mở ký Công ước sẽ diễn ra từ ngày 25-26/10 tại Hà Nội.', '25-26/10', 'match'],
    ['Lễ mở ký Công ước sẽ diễn ra từ ngày 27-28/10.', '27-28/10', 'conflict'],
    ["L'Assemblée générale de l'ONU a adopté la Convention en décembre 2024.", 'décembre 2024', 'match'],
  ])('%s', (text, span, verdict) => expect(verdictOf(text, span)).toBe(verdict));

  it('flags a weekday that does not fall on the date', () => {
    expect(verdictOf('The signing ceremony will take place on Saturday, October 25, 2025.', 'October 25, 2025')).toBe('match');
    expect(verdictOf('The signing ceremony will take place on Friday, October 25, 2025.', 'October 25, 2025')).toBe('conflict');
  });
  it('leaves dates of other events and deadlines alone', () => {
    expect(marks('Regional preparatory meetings were held in 2025 before the 15th Crime Congress.')).not.toContain('conflict:2025');
    expect(marks("Elle reste ouverte à la signature à New York jusqu'au 31 décembre 2026.")).toEqual([]);
    expect(marks('Chiều 24/10, tại Phủ Chủ tịch, Chủ tịch nước chủ trì Lễ đón Tổng Thư ký.')).toEqual([]);
    expect(marks('The new Convention will give states access to a new 24/7 network.')).toEqual([]);
  });
  it('does not contradict an event with the date of a visit around it', () => {
    const conflicts = (t: string) => marks(t).filter((x) => x.startsWith('conflict'));
    expect(conflicts("Vietnam's Prime Minister met Guterres in Hanoi on October 24, a day before the signing ceremony opened.")).toEqual([]);
    expect(conflicts("António Guterres est arrivé à Hanoi le 24 octobre pour la cérémonie de signature des 25 et 26 octobre.")).toEqual([]);
    expect(conflicts('António Guterres đến Hà Nội ngày 24/10 để dự Lễ mở ký Công ước vào ngày 25/10.')).toEqual([]);
    // but a sentence that gives only the wrong date is still a conflict
    expect(conflicts('António Guterres đến Hà Nội để dự Lễ mở ký Công ước vào ngày 27/10.')).toEqual(['conflict:27/10']);
  });
});

describe('figures', () => {
  it.each([
    ['Some 1,200 delegates attended the 34th session (CCPCJ34).', undefined, undefined],
    ['It was the result of almost five years of negotiations.', 'almost five years', 'match'],
  ])('%s', (text, span, verdict) => {
    if (span === undefined) return;
    expect(verdictOf(text, span)).toBe(verdict);
  });

  it('compares a figure only with facts about the same subject', () => {
    // over 1,000 delegates at the ceremony, 72 countries attending: no fact says anything about them
    // (known gap: "72 countries" here is matched, loosely, with the countries at ministerial level)
    expect(marks('The historic signing ceremony gathered over 1,000 delegates from 72 countries.').filter((x) => x.startsWith('conflict'))).toEqual([]);
    expect(marks('Representatives from 62 countries joined discussions.')).toEqual([]);
    expect(marks('Theo quy định tại Điều 64 của Công ước, văn kiện này sẽ được mở ký.')).toEqual([]);
  });
});

describe('names', () => {
  it('matches a known person with or without diacritics, and by a lone name after a full mention', () => {
    expect(marks('Chủ tịch nước Lương Cường chủ trì.')).toContain('match:Lương Cường');
    expect(marks('President Luong Cuong will co-chair. President Cuong invited leaders.')).toEqual(['match:Luong Cuong', 'match:Cuong']);
  });
  it('flags a near-miss spelling and shows the corpus spelling', () => {
    const [f] = checkText(corpusMatcher(), 'UN Secretary-General Antonio Gutteres will attend.');
    expect(f).toMatchObject({ text: 'Antonio Gutteres', verdict: 'conflict' });
    expect(f.reason).toContain('António Guterres');
    expect(verdictOf('He met Ghada Fathi Walu in Vienna.', 'Ghada Fathi Walu')).toBe('conflict');
    expect(verdictOf('He met Ghada Fathi Waly in Vienna.', 'Ghada Fathi Waly')).toBe('match');
  });
  it('never confuses two people who share a name', () => {
    const fs = checkText(corpusMatcher(), 'Deputy Foreign Minister Le Thi Thu Hang spoke. Spokesperson Pham Thu Hang said Hang would attend.');
    expect(fs.map((f) => [f.text, f.factId])).toEqual([
      ['Le Thi Thu Hang', 'person.le-thi-thu-hang'],
      ['Pham Thu Hang', 'person.pham-thu-hang'],
      ['Hang', 'person.pham-thu-hang'],
    ]);
  });
  it('does not read part of a full mention as a near miss of another person', () => {
    // two people a user added: "Maria Lopez" is one letter off "Mario Lopez", but inside
    // "Maria Lopez Garcia" it is the first two words of another person's full name
    const m = compileMatcher([...corpusMatcher().facts.values(), nameFact('user.mlg', 'Maria Lopez Garcia'), nameFact('user.ml', 'Mario Lopez')]);
    expect(checkText(m, 'Maria Lopez Garcia spoke first.').map((f) => `${f.verdict}:${f.text}:${f.factId}`)).toEqual(['match:Maria Lopez Garcia:user.mlg']);
    expect(checkText(m, 'Then Maria Lopez spoke.').map((f) => `${f.verdict}:${f.text}:${f.factId}`)).toEqual(['conflict:Maria Lopez:user.ml']);
  });
  it('does not take Vietnamese words one letter off a name for misspellings', () => {
    expect(marks('Công ước Hà Nội gồm 9 chương. Chủ tịch nước Lương Cường chủ trì. Bộ Công an phối hợp.').filter((m) => m.startsWith('conflict'))).toEqual([]);
    expect(marks('Phạm Hưng, phóng viên. Người phát ngôn Phạm Thu Hằng cho biết.').filter((m) => m.startsWith('conflict'))).toEqual([]);
  });
});

describe('places', () => {
  it('matches the venue of the right event', () => {
    expect(verdictOf('The signing ceremony will take place in Hanoi on October 25-26.', 'Hanoi')).toBe('match');
  });
  it('does not take the name of the Convention, a dateline or a container for a venue', () => {
    expect(marks('The Hanoi Convention was praised.')).toEqual([]);
    expect(marks('The 34th session (CCPCJ34) was held in Vienna, Austria.')).toEqual(['match:Vienna']);
  });
});

describe('findings', () => {
  it('carry offsets into the text, the fact, the expected value and quoted sources', () => {
    const text = 'Lễ mở ký Công ước sẽ diễn ra từ ngày 25-26/10 tại Hà Nội.'.normalize('NFD');
    const fs = checkText(corpusMatcher(), text);
    expect(fs.length).toBe(2);
    for (const f of fs) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.sources.length).toBeGreaterThan(0);
      expect(f.sources[0].quote.length).toBeGreaterThan(10);
      expect(f.expected).toBeTruthy();
    }
  });
});
