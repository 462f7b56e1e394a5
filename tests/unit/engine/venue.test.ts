// When a place on a page contradicts the venue of a fact's event. A user's fact about a subject
// the corpus never speaks of; sentences of our own in each language.
import { describe, expect, it } from 'vitest';
import { checkText, compileMatcher } from '../../../lib/index';
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
