// An event noun's complement ("la cérémonie de signature de l'accord sur la pêche", "the signing
// ceremony of the fisheries accord") names the event: its words weigh as much as the event's own,
// however far they stand from the value the event governs. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import type { Fact } from '../../../lib/model';

const signing: Fact = {
  id: 'user.accord-date', kind: 'date', subject: 'signing of the fisheries accord', subjectLabel: 'signing of the fisheries accord',
  value: { start: '2026-03-12', end: '2026-03-12', precision: 'day' },
  sources: [
    { doc: 'n-en', lang: 'en', quote: 'The signing ceremony of the fisheries accord will be held on 12 March 2026 in Lisbon.', start: 0, end: 0 },
    { doc: 'n-fr', lang: 'fr', quote: "La cérémonie de signature de l'accord sur la pêche aura lieu le 12 mars 2026 à Lisbonne.", start: 0, end: 0 },
    { doc: 'n-vi', lang: 'vi', quote: 'Lễ ký kết hiệp định nghề cá sẽ được tổ chức vào ngày 12/3/2026 tại Lisbon.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([signing]);
const painted = (text: string) => checkText(m, text).filter((f) => f.kind === 'date').map((f) => `${f.verdict} ${f.text}`);

describe("the complement of the event governing a date", () => {
  it.each([
    ["Le 15 mars 2026, s'est tenue à Lisbonne la cérémonie de signature de l'accord régional sur la pêche côtière.", 'conflict 15 mars 2026'],
    ["Le 15 mars 2026, Lisbonne a été le théâtre de la cérémonie de signature de l'accord régional sur la pêche côtière.", 'conflict 15 mars 2026'],
    ['On 15 March 2026, Lisbon hosted the signing ceremony of the regional accord on coastal fisheries.', 'conflict 15 March 2026'],
    ["Le 12 mars 2026, s'est tenue à Lisbonne la cérémonie de signature de l'accord régional sur la pêche côtière.", 'match 12 mars 2026'],
  ])('ties the date to the fact through the words the event names: %s', (text, want) => expect(painted(text)).toEqual([want]));
  it.each([
    "Le 15 mars 2026, s'est tenue à Lisbonne la cérémonie de remise des prix du festival de cinéma.",
    'On 15 March 2026, Lisbon hosted the award ceremony of the regional film festival.',
  ])('gives no conflict where the complement names another event: %s', (text) => expect(painted(text)).toEqual([]));
});

describe('a place beside a date of the same event', () => {
  const venue: Fact = {
    id: 'user.accord-venue', kind: 'name', subject: 'venue of the fisheries accord signing', subjectLabel: 'venue of the fisheries accord signing',
    value: { name: 'Lisbon', aliases: ['Lisbonne'], entity: 'place' },
    // (the place and the date are stated by the same sentences: one event's)
    sources: signing.sources, variants: [], origin: 'user',
  };
  const mv = compileMatcher([signing, venue]);
  const placeConflicts = (text: string) => checkText(mv, text, { withPossible: true }).filter((f) => f.kind === 'name' && f.verdict === 'conflict').map((f) => `${f.possible ? 'possible' : 'painted'} ${f.text}`);
  it.each([
    ['Ministers of many coastal countries will attend the signing ceremony of the fisheries accord, the first such text in the region, in Madrid on 12 March 2026.', 'painted Madrid'],
    ["Les ministres de nombreux pays côtiers assisteront à la cérémonie de signature de l'accord sur la pêche, le premier texte de ce genre dans la région, à Madrid le 12 mars 2026.", 'possible Madrid'],
    ['Bộ trưởng nhiều nước ven biển sẽ dự lễ ký kết hiệp định nghề cá, văn kiện đầu tiên như vậy trong khu vực, tại Madrid ngày 12/3/2026.', 'painted Madrid'],
  ])('is that event\'s venue when the date agrees, however far the event is named: %s', (text, want) => expect(placeConflicts(text)).toEqual([want]));
  it("is so with the place's country between them", () => {
    expect(placeConflicts('Ministers of many coastal countries will attend the signing ceremony of the fisheries accord, the first such text in the region, in Madrid, Spain, on 12 March 2026.')).toEqual(['painted Madrid']);
  });
  it('is not when the date beside it is another one', () => {
    expect(placeConflicts('Ministers of many coastal countries will attend the signing ceremony of the fisheries accord, the first such text in the region, in Madrid on 20 May 2026.')).toEqual([]);
  });
});

describe("an event word in a building's name", () => {
  it.each([
    ['The signing ceremony of the fisheries accord took place at the National Conference Centre on 15 March 2026.', 'conflict 15 March 2026'],
    ["La cérémonie de signature de l'accord sur la pêche s'est tenue au Centre national des conférences le 15 mars 2026.", 'conflict 15 mars 2026'],
    ['Lễ ký kết hiệp định nghề cá được tổ chức tại Trung tâm Hội nghị Quốc gia ngày 15/3/2026.', 'conflict 15/3/2026'],
    ['Lễ ký kết hiệp định nghề cá được tổ chức tại Trung tâm Hội nghị Quốc gia ngày 12/3/2026.', 'match 12/3/2026'],
  ])('names the building, not the event the date is of: %s', (text, want) => expect(painted(text)).toEqual([want]));
});

describe('a date with the clock time right after it', () => {
  it.each([
    'Báo Nghề cá (tổng hợp) | 12/3/2026 09:25. Lễ ký kết hiệp định nghề cá được tổ chức long trọng tại Lisbon.',
    'Fisheries Daily, 12 March 2026, 09:25. The signing ceremony of the fisheries accord was held in Lisbon.',
    'Pêche Hebdo — 12 mars 2026 17:36. La cérémonie de signature de l\u2019accord sur la pêche a eu lieu à Lisbonne.',
  ])('stamps the page\'s publication: it is no date of the fact, even the same day: %s', (text) => expect(painted(text)).toEqual([]));
  it('while a time said as such is part of the event\'s date ("at 9:00")', () => {
    expect(painted('The signing ceremony of the fisheries accord was held on 12 March 2026 at 09:00 in Lisbon.')).toEqual(['match 12 March 2026']);
  });
});
