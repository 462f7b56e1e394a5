// "19h theo giờ Hà Nội", "19 h, heure de Paris", "7 p.m. New York time": a place naming the clock a
// time is read by says nothing of where the event was. Sentences of our own, with a user's fact.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';

const src = [
  { doc: 'n-en', lang: 'en' as const, quote: 'The signing ceremony of the fisheries accord will be held in Lisbon.', start: 0, end: 0 },
  { doc: 'n-fr', lang: 'fr' as const, quote: "La cérémonie de signature de l'accord sur la pêche aura lieu à Lisbonne.", start: 0, end: 0 },
  { doc: 'n-vi', lang: 'vi' as const, quote: 'Lễ ký kết hiệp định nghề cá sẽ được tổ chức tại Lisbon.', start: 0, end: 0 },
];
const m = compileMatcher([{ id: 'user.accord-venue', kind: 'name', subject: 'venue', subjectLabel: 'venue of the fisheries accord signing', value: { name: 'Lisbon', aliases: ['Lisbonne'], entity: 'place' }, sources: src, variants: [], origin: 'user' }]);
const marks = (text: string) => checkText(m, text).map((f) => `${f.verdict} ${f.text}`);

describe('a place naming a clock', () => {
  it.each([
    'The signing ceremony of the fisheries accord will be held at 7 p.m. Madrid time.',
    "La cérémonie de signature de l'accord sur la pêche aura lieu à 19 h, heure de Madrid.",
    'Lễ ký kết hiệp định nghề cá sẽ diễn ra lúc 19h theo giờ Madrid.',
    'Lễ ký kết hiệp định nghề cá sẽ diễn ra lúc 19h theo giờ Lisbon.',
  ])('is no venue, right or wrong: %s', (text) => expect(marks(text)).toEqual([]));
  it.each([
    'The signing ceremony of the fisheries accord will be held in Madrid at 7 p.m.',
    "La cérémonie de signature de l'accord sur la pêche aura lieu à Madrid à 19 h.",
    'Lễ ký kết hiệp định nghề cá sẽ diễn ra tại Madrid lúc 19h.',
  ])('while the venue beside the time still is: %s', (text) => expect(marks(text)).toEqual(['conflict Madrid']));
});
