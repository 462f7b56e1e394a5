// When a place on a page contradicts the venue of a fact's event. A user's fact about a subject
// the corpus never speaks of; sentences of our own in each language.
import { describe, expect, it } from 'vitest';
import { buildFactBase, checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const venue: Fact = {
  id: 'user.accord-venue', kind: 'name', subject: 'venue of the fisheries accord signing',
  subjectLabel: 'venue of the fisheries accord signing',
  value: { name: 'Lisbon', aliases: ['Lisbonne'], entity: 'place' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'The signing ceremony of the fisheries accord will be held in Lisbon.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: "La cérémonie de signature de l'accord sur la pêche aura lieu à Lisbonne.", start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([venue]);
const said = (text: string) => checkText(m, text).filter((f) => f.kind === 'name').map((f) => `${f.verdict} ${f.text}`);
// (the same fact quoted in Vietnamese as well)
const withVi: Fact = {
  ...venue,
  sources: [...venue.sources, { doc: 'note-vi', lang: 'vi', quote: 'Lễ ký kết hiệp định nghề cá sẽ được tổ chức tại Lisbon.', start: 0, end: 0 }],
};
const mv = compileMatcher([withVi]);
const saidV = (text: string) => checkText(mv, text).filter((f) => f.kind === 'name').map((f) => `${f.verdict} ${f.text}`);

describe('a venue', () => {
  it.each([
    ['The signing ceremony of the fisheries accord will be held in Madrid.', 'conflict Madrid'],
    ["La cérémonie de signature de l'accord sur la pêche aura lieu à Madrid.", 'conflict Madrid'],
  ])('another city as the venue of that event: %s', (text, want) => expect(said(text)).toEqual([want]));

  it('is contradicted by a sentence even when another sentence of the paragraph names the right city', () => {
    const text = 'The signing ceremony of the fisheries accord will be held in Madrid. Lisbon had offered to host the talks.';
    expect(said(text)).toEqual(['conflict Madrid']);
  });
  it.each([
    ['LISBON (Reuters) – The signing ceremony of the fisheries accord will be held in Madrid.', 'conflict Madrid'],
    ["Lisbonne (AFP) – La cérémonie de signature de l'accord sur la pêche aura lieu à Madrid.", 'conflict Madrid'],
    ['LISBON (Reuters) – The signing ceremony of the fisheries accord will be held in Lisbon.', 'match Lisbon'],
  ])('is judged in a sentence whose dateline names the right city (where the story was filed): %s', (text, want) => expect(said(text)).toEqual([want]));
  it('is not contradicted by a place its own sentence sets beside the right city', () => {
    expect(said('The signing ceremony of the fisheries accord will be held in Lisbon, far from Madrid.')).toEqual(['match Lisbon']);
  });
  it('is not contradicted by where someone went', () => {
    expect(said('The minister arrived in Madrid for the signing ceremony of the fisheries accord.')).toEqual([]);
  });
});

describe('a place opening a name or a title', () => {
  it.each([
    'The signing ceremony of the fisheries accord will be held with Lisbon Mayor Carlos Moedas.',
    "La cérémonie de signature de l'accord sur la pêche aura lieu avec Lisbonne Capitale Verte.",
  ])('is no venue, agreeing or not: %s', (text) => expect(said(text)).toEqual([]));
});

describe('a noun naming a place the venue of an event', () => {
  it.each([
    ['The organisers chose Madrid as the venue for the signing ceremony of the fisheries accord.', 'conflict Madrid'],
    ["Les organisateurs ont choisi Madrid comme lieu de la cérémonie de signature de l'accord sur la pêche.", 'conflict Madrid'],
    ['Ban tổ chức đã lựa chọn Madrid làm địa điểm tổ chức lễ ký kết hiệp định nghề cá.', 'conflict Madrid'],
    ['The organisers chose Lisbon as the venue for the signing ceremony of the fisheries accord.', 'match Lisbon'],
  ])('ties the place to the event after the noun, a few words away: %s', (text, want) => expect(saidV(text)).toEqual([want]));
  it.each([
    'The organisers chose Madrid as the venue for the fisheries forum, a week before the signing ceremony of the fisheries accord.',
    "Les organisateurs ont choisi Madrid comme lieu du forum sur la pêche, une semaine avant la cérémonie de signature de l'accord.",
    'Ban tổ chức đã lựa chọn Madrid làm địa điểm tổ chức diễn đàn nghề cá, một tuần trước lễ ký kết hiệp định nghề cá.',
  ])('gives the place to the event it names, not to another one of the sentence: %s', (text) => expect(saidV(text).filter((s) => s.startsWith('conflict'))).toEqual([]));
});

describe("an event noun's complement", () => {
  it.each([
    ['The fisheries accord will be open for signature by all coastal States and regional fishery organisations in Madrid.', 'conflict Madrid'],
    ["L'accord sur la pêche sera ouvert à la signature de tous les États côtiers et organisations régionales de pêche à Madrid.", 'conflict Madrid'],
    ['The fisheries accord will be open for signature by all coastal States and regional fishery organisations in Lisbon.', 'match Lisbon'],
  ])('belongs to the event: the place after it is the event\'s venue: %s', (text, want) => expect(said(text)).toEqual([want]));
  it.each([
    'The fisheries accord will be open for signature by all coastal States, while the fisheries ministers of the region meet in Madrid.',
    "L'accord sur la pêche sera ouvert à la signature de tous les États côtiers, tandis que les ministres de la pêche se réuniront à Madrid.",
  ])('ends at the clause after it: %s', (text) => expect(said(text).filter((s) => s.startsWith('conflict'))).toEqual([]));
  it.each([
    ['Lễ ký kết Hiệp định về nghề cá của các nước ven biển tại Madrid.', 'conflict Madrid'],
    ['Lễ ký kết Hiệp định về nghề cá của các nước ven biển tại Lisbon.', 'match Lisbon'],
  ])('or its object, a kind of thing with its own complement: %s', (text, want) => expect(saidV(text)).toEqual([want]));
});

describe('a venue given through a verb that only links the event to it', () => {
  it.each([
    ['The signing ceremony of the fisheries accord, a landmark agreement on coastal fishing quotas, will be held in Madrid.', 'conflict Madrid'],
    ["La cérémonie de signature de l'accord sur la pêche, un texte historique sur les quotas de pêche côtière, aura lieu à Madrid.", 'conflict Madrid'],
    ['Lễ ký kết hiệp định nghề cá, một văn kiện lịch sử về hạn ngạch đánh bắt ven biển, sẽ được tổ chức tại Madrid.', 'conflict Madrid'],
  ])('is the venue however long an apposition stands between the event and the verb: %s', (text, want) => expect(saidV(text)).toEqual([want]));
  it.each([
    'The minister, who will attend the signing ceremony of the fisheries accord next month, will be hosted in Madrid by the king.',
    "Le ministre, qui assistera à la cérémonie de signature de l'accord sur la pêche le mois prochain, sera accueilli à Madrid par le roi.",
  ])('is not the venue of an event inside a relative clause: %s', (text) => expect(saidV(text).filter((s) => s.startsWith('conflict'))).toEqual([]));
});

describe('a place in parentheses', () => {
  it.each([
    'The signing ceremony of the fisheries accord will be held at the Congress Centre (Belém, Lisbon).',
    "La cérémonie de signature de l'accord sur la pêche aura lieu au Centre des congrès (Belém, Lisbonne).",
  ])('is an aside saying where something is: neither a match nor a conflict: %s', (text) => expect(said(text)).toEqual([]));
});

describe('a place and the period open for signature', () => {
  it.each([
    ["L'accord sur la pêche sera ouvert à la signature de tous les États à Madrid en 2026, puis au siège de l'organisation, à Genève, jusqu'au 31 décembre 2027.", 'conflict Madrid'],
    ['The fisheries accord will be open for signature by all States in Madrid in 2026, then at the headquarters of the organisation in Geneva until 31 December 2027.', 'conflict Madrid'],
  ])('the place dated by its own year is a venue; only the one the deadline follows is where the period runs: %s', (text, want) => expect(said(text)).toEqual([want]));
});

describe('an event after the place beyond a comma', () => {
  const withEvent: Fact = {
    ...venue,
    sources: [
      { doc: 'note-en', lang: 'en', quote: 'The event, the signing ceremony of the fisheries accord, will be held in Lisbon.', start: 0, end: 0 },
      { doc: 'note-vi', lang: 'vi', quote: 'Sự kiện, lễ ký kết hiệp định nghề cá, sẽ được tổ chức tại Lisbon.', start: 0, end: 0 },
    ],
  };
  const me = compileMatcher([withEvent]);
  const conflictsE = (text: string) => checkText(me, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);
  it.each([
    'The fishing towns that signed the fisheries accord have close ties with Madrid, an important event for the region.',
    'Các thành phố nghề cá ký hiệp định nghề cá có quan hệ hợp tác với Madrid, là sự kiện quan trọng của khu vực.',
  ])("is another clause's, no venue: %s", (text) => expect(conflictsE(text)).toEqual([]));
  it('while the event right before the place still has it as its venue', () => {
    expect(conflictsE('The event, the signing ceremony of the fisheries accord, will be held in Madrid.')).toEqual(['Madrid']);
  });
});

describe("an event noun's complement ends at a verb", () => {
  const withEvent: Fact = {
    ...venue,
    sources: [{ doc: 'note-fr', lang: 'fr', quote: "L'événement, la cérémonie de signature de l'accord sur la pêche, aura lieu à Lisbonne.", start: 0, end: 0 }],
  };
  const mf = compileMatcher([withEvent]);
  it.each([
    "Les villes de pêche signataires de l'accord sur la pêche ont des liens étroits avec Madrid, un événement important pour la région.",
    'The towns that are signatories of the fisheries accord have had close ties with Madrid for years.',
  ])('a place after the verb is not the event\'s: %s', (text) => expect(checkText(mf, text).filter((f) => f.verdict === 'conflict').map((f) => f.text)).toEqual([]));
});

describe('linking verbs in their plural and past forms', () => {
  it.each([
    ["Les cérémonies de signature de l'accord sur la pêche, très attendues par les pêcheurs de la côte, se sont tenues à Madrid.", 'conflict Madrid'],
    ['The signing ceremonies of the fisheries accord, long awaited by the fishermen of the coast, were held in Madrid.', 'conflict Madrid'],
  ])('link the event to its venue: %s', (text, want) => expect(said(text)).toEqual([want]));
});

describe('a venue after a building\'s name, beside a date of the event', () => {
  // "wrapped up on October 26 at the National Convention Centre in X": the building's name counts
  // as one word between the date and the place, and the place is the venue of every event the
  // sentence joins ("the ceremony and the conference")
  const fb = buildFactBase([
    { id: 'note-en', lang: 'en', title: 'Fisheries accord', text: 'The signing ceremony of the fisheries accord will be held in Lisbon on 12-13 March 2026. Delegates from forty countries are expected at the ceremony, the organisers said on Monday.' },
    { id: 'note-fr', lang: 'fr', title: 'Accord sur la pêche', text: "La cérémonie de signature de l'accord sur la pêche aura lieu à Lisbonne les 12 et 13 mars 2026. Des délégués de quarante pays sont attendus, ont indiqué les organisateurs lundi." },
    { id: 'note-vi', lang: 'vi', title: 'Hiệp định nghề cá', text: 'Lễ ký kết hiệp định nghề cá sẽ diễn ra tại Lisbon trong hai ngày 12-13/3/2026. Ban tổ chức cho biết đại biểu của bốn mươi quốc gia sẽ tham dự.' },
  ]);
  const mb = compileMatcher(fb.facts);
  const placeMarks = (text: string) => checkText(mb, text).filter((f) => f.kind === 'name').map((f) => `${f.verdict} ${f.text}`);
  it.each([
    'The signing ceremony and high-level conference on the fisheries accord wrapped up on 13 March at the National Convention Centre in Madrid, with delegates from 40 countries signing the accord.',
    'Lễ ký kết và Hội nghị cấp cao về hiệp định nghề cá đã kết thúc ngày 13/3 tại Trung tâm Hội nghị Quốc gia ở Madrid, với đại biểu của 40 quốc gia.',
  ])('contradicts the venue: %s', (text) => expect(placeMarks(text)).toEqual(['conflict Madrid']));
  it.each([
    'The signing ceremony and high-level conference on the fisheries accord wrapped up on 13 March at the National Convention Centre in Lisbon, with delegates from 40 countries signing the accord.',
    "La cérémonie de signature et la conférence de haut niveau sur l'accord sur la pêche se sont achevées le 13 mars au Palais des Congrès à Lisbonne, en présence de délégués de 40 pays.",
  ])('or agrees with it: %s', (text) => expect(placeMarks(text)).toEqual([text.includes('Lisbonne') ? 'match Lisbonne' : 'match Lisbon']));
});

describe("a town closing a building's name", () => {
  // "au Centre national des congrès de Hanoï": after "de", a town is where the building stands,
  // not where someone came from ("des délégués de Madrid")
  it.each([
    ["La cérémonie de signature de l'accord sur la pêche a eu lieu au Centre des congrès de Madrid.", ['conflict Madrid']],
    ["La cérémonie de signature de l'accord sur la pêche a eu lieu au Centre national des congrès de Lisbonne.", ['match Lisbonne']],
    ["Des délégués de Madrid ont assisté à la cérémonie de signature de l'accord sur la pêche.", []],
  ])('%s', (text, want) => expect(said(text)).toEqual(want));
});

describe('a headline ending with the place', () => {
  // the capital after it opens the next paragraph: it names nothing with the place
  it.each([
    ["La cérémonie de signature de l'accord sur la pêche s'ouvre à Lisbonne\n\nLa cérémonie a réuni des délégués de quarante pays.", ['match Lisbonne']],
    ["La cérémonie de signature de l'accord sur la pêche s'ouvre à Madrid\n\nLa cérémonie a réuni des délégués de quarante pays.", ['conflict Madrid']],
    ['The signing ceremony of the fisheries accord opens in Lisbon Harbour Hall, the organisers said.', []],
  ])('%s', (text, want) => expect(said(text)).toEqual(want));
});
