// "X consists of N Y": a count after a verb saying what a whole is made of belongs to that whole,
// however long the whole's name. And counts of different things side by side ("9 chapters and
// 71 articles") are about the same whole: only a count of the same thing is a rival.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { checkText, compileMatcher } from '../../../lib/index';
import { sentenceFrame } from '../../../lib/subject/sentence-frame';
import type { Fact } from '../../../lib/model';

const cueWeight = (text: string, value: string, cue: string) => {
  const an = analyze(text);
  const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
  const v = all.find((x) => text.slice(x.start, x.end).includes(value))!;
  return sentenceFrame(an, v, all)!.frame.cues.get(cue) ?? 0;
};

describe('a verb of composition', () => {
  it.each([
    ['The revised fisheries charter of the northern ports consists of 14 chapters and 80 articles.', '80 articles', 'charter'],
    ['La charte révisée des ports du nord, composée de 14 chapitres et de 80 articles, a été publiée.', '80 articles', 'charte'],
    ['Hiến chương nghề cá sửa đổi của các cảng phía bắc gồm 14 chương, 80 điều.', '80 điều', 'chuong'],
  ])('ties the count to the whole named before it: %s', (text, value, cue) => expect(cueWeight(text, value, cue)).toBeGreaterThan(0.6));

  it('says nothing of a count it does not stand right before', () => {
    expect(cueWeight('The revised fisheries charter of the northern ports consists of many parts, and officials said on Monday that 80 articles were ready.', '80 articles', 'charter')).toBeLessThan(0.5);
  });
});

const articles: Fact = {
  id: 'user.charter-articles', kind: 'figure', subject: 'articles of the fisheries charter', subjectLabel: 'articles',
  value: { amount: 80, unit: 'articles', qualifier: 'exact' },
  sources: [{ doc: 'note', lang: 'fr', quote: 'La charte des pêches, composée de 14 chapitres et de 80 articles, est le fruit de trois ans de travail.', start: 0, end: 0 }],
  variants: [], origin: 'user',
};

describe('a count of a whole, in another language than its source', () => {
  const m = compileMatcher([articles]);
  it('agrees or disagrees when the page says what the whole is made of', () => {
    expect(checkText(m, 'La charte des pêches comporte 14 chapitres et 80 articles.').map((f) => `${f.verdict} ${f.text}`)).toEqual(['match 80 articles']);
    expect(checkText(m, 'La charte des pêches comporte 14 chapitres et 83 articles.').map((f) => `${f.verdict} ${f.text}`)).toEqual(['conflict 83 articles']);
  });
  it('is not compared with a count of another whole', () => {
    expect(checkText(m, 'Le code du travail comporte 14 chapitres et 83 articles.').filter((f) => f.verdict === 'conflict')).toEqual([]);
  });
});

describe('a count inside the clause that says what a whole is made of', () => {
  it.each([
    ['The fisheries charter, made up of 80 articles in 14 chapters, will be signed in Lisbon on 12 March.', '80 articles'],
    ['La charte des pêches, composée de 80 articles, sera signée à Lisbonne le 12 mars.', '80 articles'],
  ])('takes no event of the clause beyond it: %s', (text, value) => {
    const an = analyze(text);
    const all = [...an.dates, ...an.figures, ...an.places].sort((a, b) => a.start - b.start);
    const v = all.find((x) => text.slice(x.start, x.end).includes(value))!;
    expect(sentenceFrame(an, v, all)!.frame.governing).toBeUndefined();
  });
});

describe('kinds of things named in every language', () => {
  const treaty: Fact = {
    id: 'user.treaty-articles', kind: 'figure', subject: 'articles of the fisheries treaty', subjectLabel: 'articles',
    value: { amount: 80, unit: 'articles', qualifier: 'exact' },
    sources: [{ doc: 'note', lang: 'fr', quote: 'Le traité de Porto sur la pêche, composé de 14 chapitres et de 80 articles, est le fruit de trois ans de travail.', start: 0, end: 0 }],
    variants: [], origin: 'user',
  };
  const m = compileMatcher([treaty]);
  const score = (text: string) => checkText(m, text, { withPossible: true }).find((f) => f.verdict === 'conflict')?.score ?? 0;
  it('tie a count in one language to a fact quoted in another: a "treaty" is a "traité"', () => {
    expect(score('The treaty is structured with 14 chapters and 83 articles.')).toBeGreaterThan(0.3);
    expect(score('The harbour plan is structured with 14 chapters and 83 articles.')).toBe(0);
  });
});

describe('a kind noun shares with its own translations, not with other kinds', () => {
  const m = compileMatcher([articles]);
  const score = (text: string) => checkText(m, text, { withPossible: true }).find((f) => f.verdict === 'conflict')?.score ?? 0;
  it.each([
    ['The fisheries charter consists of 14 chapters and 83 articles.', 'The fisheries agreement consists of 14 chapters and 83 articles.'],
    ['Hiến chương nghề cá gồm 14 chương, 83 điều.', 'Hiệp định nghề cá gồm 14 chương, 83 điều.'],
  ])('a "charter" is a "charte" and a "hiến chương", an "agreement" is not: %s', (charter, agreement) => {
    expect(score(charter)).toBeGreaterThan(0.5);
    expect(score(agreement)).toBeLessThan(0.4);
  });
});

describe('a Vietnamese name of two syllables and the same name written as one word', () => {
  const halong: Fact = {
    ...articles, id: 'user.halong-articles',
    sources: [{ doc: 'note', lang: 'fr', quote: 'La Charte de Halong sur la pêche, composée de 14 chapitres et de 80 articles, est le fruit de trois ans de travail.', start: 0, end: 0 }],
  };
  const m = compileMatcher([halong]);
  const painted = (text: string) => checkText(m, text).map((f) => `${f.verdict} ${f.text}`);
  it('are one name: "Hạ Long" names the fact quoted with "Halong", another name does not', () => {
    expect(painted('Hiến chương Hạ Long gồm 14 chương, 83 điều.')).toEqual(['conflict 83 điều']);
    expect(painted('Hiến chương Cát Bà gồm 14 chương, 83 điều.')).toEqual([]);
  });
});

describe('a reference number', () => {
  const m = compileMatcher([articles]);
  const conflicts = (text: string) => checkText(m, text, { withPossible: true }).filter((f) => f.verdict === 'conflict').map((f) => f.text);
  it.each([
    'Theo Khoản 1 Điều 64, hiến chương nghề cá được mở ký tại Lisbon.',
    "Selon l'alinéa 2 article 64, la charte des pêches est ouverte à la signature.",
    'Under paragraph 3 article 64 of the fisheries charter, it is open for signature.',
  ])('is no count of the unit after it: %s', (text) => expect(conflicts(text)).toEqual([]));
  it('leaves a count after a word that is no reference: "gồm 14 chương, 83 điều"', () => {
    expect(conflicts('Hiến chương nghề cá gồm 14 chương, 83 điều.')).toEqual(['83 điều']);
  });
});
