// A fact's label names its subject: the words of the sentence around the event or the counted
// noun, without the function words or linking verbs that happen to stand at its ends.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../lib/index';

const labels = (text: string, lang: 'en' | 'fr' | 'vi' = 'en') =>
  buildFactBase([{ id: 'd', lang, title: 'T', text }]).facts.map((f) => f.subjectLabel ?? '');

describe('labels', () => {
  it('do not end with a conjunction, an article or a preposition', () => {
    const ls = labels("La charte des pêches, composée de 14 chapitres et de 80 articles, a été signée à Lisbonne le 12 mars 2026 lors de la cérémonie de signature de la charte.", 'fr');
    expect(ls.length).toBeGreaterThan(0);
    for (const l of ls) expect(l, l).not.toMatch(/\s(?:et|de|des|du|la|le|and|of|the)$/u);
  });
  it('do not end with a linking verb, nor open with a quantifier', () => {
    const ls = labels('The Ocean Summit set for 12 March 2027 will gather 40 delegations in Lisbon. Each signing ceremony will be held in Lisbon on 12 March 2027.');
    expect(ls.length).toBeGreaterThan(0);
    for (const l of ls) {
      expect(l, l).not.toMatch(/\s(?:set|held|scheduled)$/u);
      expect(l, l).not.toMatch(/^(?:Each|each|every)\s/u);
    }
  });
});

describe('where something was said', () => {
  const places = (text: string) => buildFactBase([{ id: 'd', lang: 'en', title: 'T', text }]).facts.filter((f) => f.kind === 'name' && (f.value as { entity?: string }).entity === 'place').map((f) => (f.value as { name: string }).name);
  it('is no venue of the event it reports', () => {
    expect(places('A statement released in Lisbon revealed that on 12 March 2026 the assembly adopted the fisheries charter.')).toEqual([]);
  });
  it('while the event\'s own place is', () => {
    expect(places('The assembly adopted the fisheries charter in Lisbon on 12 March 2026.')).toEqual(['Lisbon']);
  });
});

describe('a count\'s label', () => {
  it('opens with the whole of what is counted, however many words its number takes', () => {
    const ls = labels('Với sự tham dự của hơn một nghìn đại biểu đến từ các quốc gia thành viên, hội nghị nghề cá đã khai mạc tại Lisbon ngày 12/3/2026.', 'vi');
    expect(ls.some((l) => l.startsWith('đại biểu'))).toBe(true);
    expect(ls.some((l) => l.startsWith('biểu'))).toBe(false);
  });
});
