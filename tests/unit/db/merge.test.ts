import { describe, expect, it } from 'vitest';
import { corpusFactRecord, planDocumentMerge, planFactMerge } from '../../../lib/db/merge';
import type { DocumentRecord, FactRecord } from '../../../lib/db/records';
import { nameFact } from '../helpers';

const NOW = 1_700_000_000_000;
const row = (id: string, name: string, patch: Partial<FactRecord> = {}): FactRecord => ({
  ...corpusFactRecord(nameFact(id, name), NOW - 1000),
  ...patch,
});

describe('planFactMerge', () => {
  it('adds corpus facts to an empty base, flagged corpus and unedited, with their documents', () => {
    const plan = planFactMerge([], [nameFact('a', 'Le Thi Thu Hang', 'doc1.txt')], NOW);
    expect(plan.remove).toEqual([]);
    expect(plan.put).toHaveLength(1);
    expect(plan.put[0]).toMatchObject({ id: 'a', origin: 'corpus', userEdited: false, docs: ['doc1.txt'], updatedAt: NOW });
  });

  it('refreshes untouched corpus facts with the new corpus value', () => {
    const plan = planFactMerge([row('a', 'Old Name')], [nameFact('a', 'New Name')], NOW);
    expect(plan.put.map((f) => (f.value as { name: string }).name)).toEqual(['New Name']);
  });

  it('never overwrites a corpus fact the user edited, nor a fact the user added', () => {
    const existing = [
      row('edited', 'Edited by user', { userEdited: true }),
      row('mine', 'User fact', { origin: 'user' }),
    ];
    const plan = planFactMerge(existing, [nameFact('edited', 'Corpus value'), nameFact('mine', 'Corpus clash')], NOW);
    expect(plan.put).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(plan.keptForUser.sort()).toEqual(['edited', 'mine']);
  });

  it('removes untouched corpus facts the corpus no longer states, and keeps the user-owned ones', () => {
    const existing = [row('gone', 'Gone'), row('gone-edited', 'Kept', { userEdited: true }), row('u', 'U', { origin: 'user' })];
    const plan = planFactMerge(existing, [], NOW);
    expect(plan.remove).toEqual(['gone']);
  });

  it('refuses duplicate or missing ids from the engine with a clear message', () => {
    expect(() => planFactMerge([], [nameFact('x', 'A'), nameFact('x', 'B')], NOW)).toThrow(/two corpus facts with the same id "x"/);
    expect(() => planFactMerge([], [nameFact('', 'A')], NOW)).toThrow(/without an id/);
  });

  it('collects document ids from variants too', () => {
    const fact = nameFact('v', 'A', 'one.txt', {
      variants: [{ value: { name: 'B', aliases: [] }, sources: [{ doc: 'two.txt', lang: 'fr', quote: 'B', start: 0, end: 1 }] }],
    });
    expect(planFactMerge([], [fact], NOW).put[0].docs).toEqual(['one.txt', 'two.txt']);
  });
});

describe('planDocumentMerge', () => {
  const doc = (id: string, origin: 'corpus' | 'user'): DocumentRecord => ({ id, lang: 'en', title: id, text: 'x', origin, updatedAt: 0 });

  it('replaces corpus documents, drops the ones no longer shipped, keeps the user documents', () => {
    const plan = planDocumentMerge([doc('old.txt', 'corpus'), doc('keep.txt', 'corpus'), doc('user-1', 'user')], [
      { id: 'keep.txt', lang: 'fr', title: 'Keep', text: 'y' },
    ], NOW);
    expect(plan.remove).toEqual(['old.txt']);
    expect(plan.put).toEqual([{ id: 'keep.txt', lang: 'fr', title: 'Keep', text: 'y', origin: 'corpus', updatedAt: NOW }]);
  });

  it('refuses a corpus document that would replace a user document', () => {
    expect(() => planDocumentMerge([doc('same', 'user')], [{ id: 'same', lang: 'en', title: 't', text: 'x' }], NOW)).toThrow(
      /has the id of a document the user added/,
    );
  });
});
