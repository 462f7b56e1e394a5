// A date is not the date of a fact's event when its sentence's event verb acts on something else:
// "On 16 May the minister signed invitation letters" says nothing of a signing ceremony's date.
// Sentences of our own, with a user's fact about a subject the corpus never speaks of.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { verbWithOtherObject } from '../../../lib/subject/verb-object';
import type { Fact } from '../../../lib/model';

const treatySigning: Fact = {
  id: 'user.accord-signing', kind: 'date', subject: 'signing ceremony of the fisheries accord',
  subjectLabel: 'signing ceremony of the fisheries accord',
  value: { start: '2026-03-12', end: '2026-03-12', precision: 'day' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'The signing ceremony of the fisheries accord will be held in Lisbon on 12 March 2026.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: "La cérémonie de signature de l'accord sur la pêche aura lieu à Lisbonne le 12 mars 2026.", start: 0, end: 0 },
    { doc: 'note-vi', lang: 'vi', quote: 'Lễ ký kết hiệp định nghề cá sẽ diễn ra tại Lisbon ngày 12/3/2026.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
const m = compileMatcher([treatySigning]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);

describe('an event verb with an object of its own', () => {
  it.each([
    ['On 2 February 2026, the President signed invitation letters to the heads of state for the signing ceremony of the fisheries accord.', '2 February 2026'],
    ["Le 2 février 2026, le président a signé des lettres d'invitation aux chefs d'État pour la cérémonie de signature de l'accord sur la pêche.", '2 février 2026'],
    ['Ngày 2/2/2026, Chủ tịch nước đã ký thư mời các nguyên thủ dự lễ ký kết hiệp định nghề cá.', '2/2/2026'],
  ])('dates that act, not the fact\'s event: %s', (text) => expect(conflicts(text)).toEqual([]));

  it.each([
    ['On 14 March 2026, the ministers signed the fisheries accord at the signing ceremony in Lisbon.', '14 March 2026'],
    ["Le 14 mars 2026, les ministres ont signé l'accord sur la pêche lors de la cérémonie de signature à Lisbonne.", '14 mars 2026'],
  ])('a verb whose object is the fact\'s own still dates it: %s', (text, date) => expect(conflicts(text)).toEqual([date]));

  it('tells verbs from nouns by their form and the word before them', () => {
    const knows = (w: string) => w === 'accord';
    const at = (text: string, word: string) => {
      const start = text.indexOf(word);
      return verbWithOtherObject(text, { start, end: start + word.length }, text.length, knows);
    };
    expect(at('The president signed letters on Monday.', 'signed')).toBe(true);
    expect(at("Le président a signé des lettres lundi.", 'signé')).toBe(true);
    expect(at('Chủ tịch đã ký thư mời hôm thứ Hai.', 'ký')).toBe(true);
    // a noun followed by a verb is no verb with an object
    expect(at('The ceremony opened on Monday.', 'ceremony')).toBe(false);
    // the object is the fact's own, a name in capitals, or a complement
    expect(at('The ministers signed the accord on Monday.', 'signed')).toBe(false);
    expect(at('The ministers signed the Treaty of Lisbon on Monday.', 'signed')).toBe(false);
    expect(at('The ministers signed in Lisbon on Monday.', 'signed')).toBe(false);
    // an auxiliary is told by its spelling: the French "va" is one, the Vietnamese "và" (and) is not
    expect(at('Le président va signer des lettres lundi.', 'signer')).toBe(true);
    expect(at('Lễ ký kết hiệp định và Hội nghị cấp cao về đại dương diễn ra tại Lisbon.', 'Hội nghị')).toBe(false);
    expect(at('Chủ tịch sẽ ký thư mời vào thứ Hai.', 'ký')).toBe(true);
  });
});
