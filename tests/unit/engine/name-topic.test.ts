// A known person is marked on a page that speaks of what the base knows about them: some value
// of the page tied to a fact, or the words around the name shared with the person's sources. A
// kind of event alone ("a visit", "une visite", "chuyến thăm") is on every page about a person's
// work, so it does not make the page about what the base knows. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const marquez: Fact = {
  id: 'user.marquez', kind: 'name', subject: 'director', subjectLabel: 'Director',
  value: { name: 'Elena Ruiz Marquez', aliases: [], role: 'Director', entity: 'person' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'On a visit to the northern ports, Elena Ruiz Marquez discussed the fishing quota reform with the harbour masters.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: "Lors d'une visite dans les ports du nord, Elena Ruiz Marquez a discuté de la réforme des quotas de pêche avec les capitaines de port.", start: 0, end: 0 },
    { doc: 'note-vi', lang: 'vi', quote: 'Trong chuyến thăm các cảng phía bắc, Elena Ruiz Marquez đã thảo luận về cải cách hạn ngạch đánh bắt với các giám đốc cảng.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([marquez]);
const marked = (text: string) => checkText(m, text).filter((f) => f.kind === 'name').map((f) => f.text);
// (a page long enough to be judged by its topic: about sixty words and more)
const filler = {
  en: ' The weather was mild and the streets were busy all week. Shops stayed open late, and the cafés on the main square were full every evening. Local newspapers printed long interviews with residents and visitors alike, and the radio played music from the region. Children played in the parks until dark, and families walked along the river after dinner.',
  fr: ' Le temps était doux et les rues animées toute la semaine. Les magasins sont restés ouverts tard, et les cafés de la place principale étaient pleins chaque soir. Les journaux locaux ont publié de longs entretiens avec des habitants et des visiteurs, et la radio passait de la musique de la région. Les enfants jouaient dans les parcs jusqu\'à la nuit, et les familles se promenaient au bord du fleuve après le dîner.',
  vi: ' Thời tiết ôn hòa và đường phố nhộn nhịp suốt cả tuần. Các cửa hàng mở cửa đến khuya, và các quán cà phê ở quảng trường chính luôn đông khách mỗi tối. Báo chí địa phương đăng nhiều bài phỏng vấn dài với người dân và du khách, còn đài phát thanh phát nhạc của vùng. Trẻ em chơi trong công viên đến tối, và các gia đình đi dạo dọc bờ sông sau bữa tối.',
};

describe('a known person on a long page', () => {
  it.each([
    ['en', 'On a visit to the northern ports, Elena Ruiz Marquez discussed the fishing quota reform.'],
    ['fr', "Lors d'une visite dans les ports du nord, Elena Ruiz Marquez a discuté de la réforme des quotas de pêche."],
    ['vi', 'Trong chuyến thăm các cảng phía bắc, Elena Ruiz Marquez đã thảo luận về cải cách hạn ngạch đánh bắt.'],
  ] as const)('is marked where the page speaks of what the base knows (%s)', (lang, s) => expect(marked(s + filler[lang])).toEqual(['Elena Ruiz Marquez']));
  it.each([
    ['en', 'On a visit to an art fair in the capital, Elena Ruiz Marquez bought two paintings.'],
    ['fr', "Lors d'une visite à une foire d'art dans la capitale, Elena Ruiz Marquez a acheté deux tableaux."],
    ['vi', 'Trong chuyến thăm một hội chợ nghệ thuật ở thủ đô, Elena Ruiz Marquez đã mua hai bức tranh.'],
  ] as const)('is not marked where only the kind of event is the same, a visit (%s)', (lang, s) => expect(marked(s + filler[lang])).toEqual([]));
});

describe("a person's post and the body they head", () => {
  const rill: Fact = {
    id: 'user.rill', kind: 'name', subject: 'director-general', subjectLabel: 'Director General',
    value: { name: 'Ana Rill', aliases: [], role: 'Director General', entity: 'person' },
    sources: [
      { doc: 'note-en', lang: 'en', quote: 'Director General of the Northern Maritime Organisation (NMO) Ana Rill opened the fishing quota talks in the harbour.', start: 0, end: 0 },
      { doc: 'note-fr', lang: 'fr', quote: "Ana Rill, directrice générale de l'Organisation maritime du Nord, a ouvert les pourparlers sur les quotas de pêche au port.", start: 0, end: 0 },
      { doc: 'note-vi', lang: 'vi', quote: 'Tổng giám đốc Tổ chức hàng hải phương Bắc (NMO) Ana Rill đã khai mạc cuộc đàm phán về hạn ngạch đánh bắt tại cảng.', start: 0, end: 0 },
    ],
    variants: [], origin: 'user',
  };
  const mr = compileMatcher([rill]);
  const markedR = (text: string) => checkText(mr, text).filter((f) => f.kind === 'name').map((f) => f.text);
  it.each([
    ['en', 'Ana Rill, Director General of the Northern Maritime Organisation, bought two paintings at an art fair.'],
    ['fr', "Ana Rill, directrice générale de l'Organisation maritime du Nord, a acheté deux tableaux dans une foire d'art."],
    ['vi', 'Tổng giám đốc Tổ chức hàng hải phương Bắc Ana Rill đã mua hai bức tranh tại một hội chợ nghệ thuật.'],
  ] as const)('say who the person is, not what the page is about (%s)', (lang, s) => expect(markedR(s + filler[lang])).toEqual([]));
  it.each([
    ['en', 'Ana Rill, Director General of the Northern Maritime Organisation, opened the fishing quota talks.'],
    ['fr', "Au port, Ana Rill a ouvert les pourparlers sur les quotas de pêche."],
    ['vi', 'Tổng giám đốc Tổ chức hàng hải phương Bắc Ana Rill đã khai mạc cuộc đàm phán về hạn ngạch đánh bắt.'],
  ] as const)('leave the page marked where it speaks of what the base knows (%s)', (lang, s) => expect(markedR(s + filler[lang])).toEqual(['Ana Rill']));
});

describe('a value in doubt between two events the base knows', () => {
  // the page's date ties as well to two signings: not painted, but the page plainly speaks of
  // what the base knows, so the person named beside it is marked
  const signing = (id: string, what: [string, string, string], day: string, quotes: [string, string, string]): Fact => ({
    id, kind: 'date', subject: what[0], subjectLabel: what[0], value: { start: day, end: day, precision: 'day' },
    sources: quotes.map((quote, i) => ({ doc: `note-${i}`, lang: (['en', 'fr', 'vi'] as const)[i], quote, start: 0, end: 0 })), variants: [], origin: 'user',
  });
  const fisheries = signing('user.fisheries', ['signing ceremony of the fisheries accord', '', ''], '2026-03-12', [
    'The signing ceremony of the fisheries accord will be held in Lisbon on 12 March 2026.',
    "La cérémonie de signature de l'accord sur la pêche aura lieu à Lisbonne le 12 mars 2026.",
    'Lễ ký kết hiệp định nghề cá sẽ diễn ra tại Lisbon ngày 12/3/2026.']);
  const whaling = signing('user.whaling', ['signing ceremony of the whaling accord', '', ''], '2026-04-20', [
    'The signing ceremony of the whaling accord will be held in Oslo on 20 April 2026.',
    "La cérémonie de signature de l'accord sur la chasse à la baleine aura lieu à Oslo le 20 avril 2026.",
    'Lễ ký kết hiệp định săn cá voi sẽ diễn ra tại Oslo ngày 20/4/2026.']);
  const mb = compileMatcher([marquez, fisheries, whaling]);
  const marks = (text: string) => checkText(mb, text).map((f) => [f.text, f.verdict]);
  it.each([
    ['en', 'Elena Ruiz Marquez said the signing ceremony of the accord will be held on 15 March 2026.'],
    ['fr', "Selon Elena Ruiz Marquez, la cérémonie de signature de l'accord aura lieu le 15 mars 2026."],
    ['vi', 'Theo Elena Ruiz Marquez, lễ ký kết hiệp định sẽ diễn ra ngày 15/3/2026.'],
  ] as const)('leaves the date unpainted and the person marked (%s)', (lang, s) => expect(marks(s + filler[lang])).toEqual([['Elena Ruiz Marquez', 'match']]));
  it.each([
    ['en', 'Elena Ruiz Marquez bought two paintings at an art fair in the capital on 15 March 2026.'],
    ['fr', "Elena Ruiz Marquez a acheté deux tableaux dans une foire d'art le 15 mars 2026."],
    ['vi', 'Elena Ruiz Marquez đã mua hai bức tranh tại một hội chợ nghệ thuật ngày 15/3/2026.'],
  ] as const)('marks nothing where the date is tied to neither (%s)', (lang, s) => expect(marks(s + filler[lang])).toEqual([]));
});

describe('a page tied to the person by one word of the sources', () => {
  // ("nuclear" on a page about another country's plant): no more about what the base knows than
  // an unpainted value, so the person is not marked; a page sharing what the sources say is
  it.each([
    ['en', 'Elena Ruiz Marquez spoke of the ports.'],
  ] as const)('leaves the person unmarked (%s)', (lang, s) => expect(marked(s + filler[lang])).toEqual([]));
  it.each([
    ['en', 'Elena Ruiz Marquez visited the northern ports.'],
  ] as const)('while the words the sources say around the name mark them (%s)', (lang, s) => expect(marked(s + filler[lang])).toEqual(['Elena Ruiz Marquez']));
});
