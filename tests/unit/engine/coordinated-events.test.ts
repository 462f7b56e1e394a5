// Two events joined by "and" share the value after them: "the signing ceremony of the accord
// between … and the high-level conference on …, on 12 and 13 March". The first event keeps its
// complement (however long) and its words, and the value is its value too. Sentences of our own,
// with a user's fact about a subject the corpus never speaks of.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { fisheriesSigning } from './user-facts';

const signing = fisheriesSigning;
const m = compileMatcher([signing]);
const marks = (text: string) => checkText(m, text).map((f) => [f.text, f.verdict]);

const hosts = (days: { en: string; fr: string; vi: string }) => [
  ['en', `Portugal will host the signing ceremony of the fisheries accord between the coastal states of the Atlantic and the high-level conference on the ocean in Lisbon on ${days.en}.`, days.en],
  ['fr', `Le Portugal accueillera la cérémonie de signature de l'accord sur la pêche entre les États côtiers de l'Atlantique et la conférence de haut niveau sur l'océan à Lisbonne les ${days.fr}.`, days.fr],
  ['vi', `Bồ Đào Nha sẽ đăng cai tổ chức Lễ ký kết hiệp định nghề cá của các quốc gia ven biển Đại Tây Dương và Hội nghị cấp cao về đại dương tại Lisbon vào các ngày ${days.vi}.`, days.vi],
];

describe('events coordinated after a long complement', () => {
  it.each(hosts({ en: '12 and 13 March 2026', fr: '12 et 13 mars 2026', vi: '12 và 13/3/2026' }))('%s: the days are the first event\'s too', (_lang, text, days) => {
    expect(marks(text)).toEqual([[days, 'match']]);
  });

  it.each(hosts({ en: '15 and 16 March 2026', fr: '15 et 16 mars 2026', vi: '15 và 16/3/2026' }))('%s: other days are a conflict', (_lang, text, days) => {
    expect(marks(text)).toEqual([[days, 'conflict']]);
  });
});

describe('a visit and an event dated together', () => {
  // the range may be the visit's (days that meet the event's are left in doubt), but days that
  // cannot hold the event's are wrong for it
  const visits = (days: { en: string; fr: string; vi: string }) => [
    ['en', `The minister will pay an official visit to Portugal and attend the signing ceremony of the fisheries accord from ${days.en}.`, days.en],
    ['fr', `Le ministre effectuera une visite officielle au Portugal et assistera à la cérémonie de signature de l'accord sur la pêche du ${days.fr}.`, days.fr],
    ['vi', `Bộ trưởng sẽ thăm chính thức Bồ Đào Nha và tham dự Lễ ký kết hiệp định nghề cá từ ngày ${days.vi}.`, days.vi],
  ];
  it.each(visits({ en: '2 to 4 March 2026', fr: '2 au 4 mars 2026', vi: '2 - 4/3/2026' }))('%s: days before the event are a conflict', (_lang, text, days) => {
    expect(marks(text)).toEqual([[days, 'conflict']]);
  });
  it.each(visits({ en: '11 to 12 March 2026', fr: '11 au 12 mars 2026', vi: '11 - 12/3/2026' }))('%s: days that meet the event\'s may be the visit\'s: not painted', (_lang, text) => {
    expect(marks(text)).toEqual([]);
  });
  it('unless a link verb hands them to the event', () => {
    expect(marks("Le ministre effectuera une visite officielle au Portugal et assistera à la cérémonie de signature de l'accord sur la pêche, prévue les 11 et 12 mars 2026.")).toEqual([['11 et 12 mars 2026', 'conflict']]);
  });
});
