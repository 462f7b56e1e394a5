// A sentence naming only instruments the fact base never names ("The Baltic Salmon Treaty was
// signed in Madrid") speaks of another instrument's signing or adoption, however alike the events.
// Sentences of our own in each language.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
import { namedInstruments } from '../../../lib/subject/instrument';
import type { Fact } from '../../../lib/model';

const sources: Fact['sources'] = [
  { doc: 'n-en', lang: 'en', quote: 'The signing ceremony of the Tagus Fisheries Accord will be held on 12 March 2026 in Lisbon.', start: 0, end: 0 },
  { doc: 'n-fr', lang: 'fr', quote: "La cérémonie de signature de l'Accord du Tage sur la pêche aura lieu le 12 mars 2026 à Lisbonne.", start: 0, end: 0 },
  { doc: 'n-vi', lang: 'vi', quote: 'Lễ ký kết Hiệp định Tagus về nghề cá sẽ được tổ chức vào ngày 12/3/2026 tại Lisbon.', start: 0, end: 0 },
];
const venue: Fact = {
  id: 'user.accord-venue', kind: 'name', subject: 'venue of the accord signing', subjectLabel: 'venue of the accord signing',
  value: { name: 'Lisbon', aliases: ['Lisbonne'], entity: 'place' }, sources, variants: [], origin: 'user',
};
const m = compileMatcher([venue]);
const conflicts = (text: string) => checkText(m, text).filter((f) => f.verdict === 'conflict').map((f) => f.text);

describe('an instrument named in capitals', () => {
  it.each([
    ['The Tagus Fisheries Accord was signed in Madrid.'],
    ["L'Accord du Tage sur la pêche a été signé à Madrid."],
    ['Hiệp định Tagus về nghề cá đã được ký tại Madrid.'],
  ])('that the fact base names: the place contradicts its venue: %s', (text) => expect(conflicts(text)).toEqual(['Madrid']));
  it.each([
    ['The Baltic Salmon Accord was signed in Madrid.'],
    ["L'Accord de la Baltique sur le saumon a été signé à Madrid."],
    ['Hiệp định Baltic về cá hồi đã được ký tại Madrid.'],
    ['The Northern Seas Treaty was signed in Madrid.'],
  ])('that no source names (another name, another kind): another instrument, no conflict: %s', (text) => expect(conflicts(text)).toEqual([]));
  it('reads the name around the kind noun, acronyms aside', () => {
    expect(namedInstruments('The High Seas Treaty (BBNJ) was signed.').map((n) => [n.kind, [...n.words].sort()])).toEqual([['treaty', ['high', 'highseas', 'seas']]]);
    expect(namedInstruments('Công ước của LHQ về chống tội phạm mạng đã được thông qua.').map((n) => [n.kind, [...n.words]])).toEqual([['convention', []]]);
  });
  it.each([
    'The talks ended at the National Convention Centre in Madrid.',
    'Les débats se sont achevés au Centre des Conventions de Madrid.',
  ])('a building named after conventions is no instrument: %s', (text) => expect(namedInstruments(text)).toEqual([]));
});

describe('a place in the name of an instrument', () => {
  it.each([
    ['The Paris Agreement was signed in Madrid.'],
    ["L'Accord de Paris a été signé à Madrid."],
    ['Hiệp định Paris đã được ký tại Madrid.'],
  ])('is part of the name, not a place of the sentence: %s', (text) => {
    const places = checkText(m, text, { withPossible: true }).filter((f) => f.kind === 'name').map((f) => f.text);
    expect(places).not.toContain('Paris');
  });
});

describe('a page naming only instruments no source names', () => {
  it.each([
    ['The Baltic Salmon Accord will enter a new phase. The signing ceremony of the accord will be held in Madrid. The Baltic Salmon Accord was drafted in 2020.'],
    ["L'Accord de la Baltique sur le saumon entre dans une nouvelle phase. La cérémonie de signature de l'accord aura lieu à Madrid. L'Accord de la Baltique sur le saumon a été rédigé en 2020."],
  ])('is about another instrument in every sentence: %s', (text) => expect(conflicts(text)).toEqual([]));
  it('while a page naming the base\'s instrument too is judged sentence by sentence', () => {
    const text = 'The Tagus Fisheries Accord will enter a new phase. The signing ceremony of the accord will be held in Madrid. The Baltic Salmon Accord was drafted in 2020.';
    expect(conflicts(text)).toEqual(['Madrid']);
  });
});

describe('a place the page names an instrument after', () => {
  // "The Convention on Cybercrime, also known as the Budapest Convention … is signed in Budapest":
  // the place is where an instrument the base never names was signed, not a wrong venue
  it.each([
    'The Tagus Fisheries Accord, also known as the Madrid Accord, was adopted in 2001. The Tagus Fisheries Accord was signed in Madrid.',
    "L'Accord du Tage sur la pêche, dit Accord de Madrid, a été adopté en 2001. L'Accord du Tage sur la pêche a été signé à Madrid.",
    'Hiệp định Tagus về nghề cá, còn gọi là Hiệp định Madrid, được thông qua năm 2001. Hiệp định Tagus về nghề cá đã được ký tại Madrid.',
  ])('is that instrument\'s: %s', (text) => expect(conflicts(text)).toEqual([]));
  it.each([
    'The Tagus Fisheries Accord was adopted in 2001. The Tagus Fisheries Accord was signed in Madrid.',
    "L'Accord du Tage sur la pêche a été adopté en 2001. L'Accord du Tage sur la pêche a été signé à Madrid.",
    'Hiệp định Tagus về nghề cá được thông qua năm 2001. Hiệp định Tagus về nghề cá đã được ký tại Madrid.',
  ])('while a page naming none after it contradicts the venue: %s', (text) => expect(conflicts(text)).toEqual(['Madrid']));
});
