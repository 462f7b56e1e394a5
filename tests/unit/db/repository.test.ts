import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../../lib/db/corpus';
import { FactRepository } from '../../../lib/db/repository';
import { factBase, memoryDb, nameFact } from '../helpers';

const docs: CorpusDocument[] = [
  { id: 'one.txt', file: 'one.txt', lang: 'en', title: 'One', text: 'Le Thi Thu Hang led it.', origin: 'corpus' },
  { id: 'two.txt', file: 'two.txt', lang: 'fr', title: 'Deux', text: 'Antonio Guterres viendra.', origin: 'corpus' },
];
const corpusFacts = [nameFact('hang', 'Le Thi Thu Hang', 'one.txt'), nameFact('guterres', 'Antonio Guterres', 'two.txt')];

describe('FactRepository', () => {
  it('loads the corpus: documents, facts, per-document counts, and a sync report', async () => {
    const repo = new FactRepository(memoryDb());
    const report = await repo.syncCorpus(docs, () => factBase(corpusFacts), '1.0.0', 5);
    expect(report).toEqual({ version: '1.0.0', syncedAt: 5, documents: 2, written: 2, removed: 0, keptForUser: 0 });
    expect(await repo.stats()).toEqual({ documents: 2, facts: 2, corpusFacts: 2, userFacts: 0, corpus: report });
    expect((await repo.listDocuments()).map((d) => [d.id, d.lang, d.factCount])).toEqual([
      ['one.txt', 'en', 1],
      ['two.txt', 'fr', 1],
    ]);
  });

  it('passes the documents to the fact builder and checks what it returns', async () => {
    const repo = new FactRepository(memoryDb());
    let seen: string[] = [];
    await repo.syncCorpus(docs, (d) => ((seen = d.map((x) => x.id)), factBase([])), '1');
    expect(seen).toEqual(['one.txt', 'two.txt']);
    await expect(repo.syncCorpus(docs, () => ({ facts: 'no' }) as never, '1')).rejects.toThrow(/not a factlens-facts\/1 fact base/);
  });

  it('reloading the corpus keeps the user edits and the user facts, and refreshes the rest', async () => {
    const repo = new FactRepository(memoryDb());
    await repo.syncCorpus(docs, () => factBase(corpusFacts), '1.0.0');
    await repo.saveUserFact({ ...corpusFacts[0], value: { name: 'Lê Thị Thu Hằng', aliases: ['Le Thi Thu Hang'] } });
    await repo.saveUserFact(nameFact('my-own', 'Luong Cuong', 'one.txt', { origin: 'user' }));

    const newCorpus = [
      nameFact('hang', 'Corpus would overwrite', 'one.txt'),
      nameFact('guterres', 'António Guterres', 'two.txt'),
      nameFact('my-own', 'Corpus clash', 'one.txt'),
    ];
    const report = await repo.syncCorpus(docs, () => factBase(newCorpus), '1.1.0');
    expect(report).toMatchObject({ written: 1, keptForUser: 2, removed: 0 });

    const facts = Object.fromEntries((await repo.listFacts()).map((f) => [f.id, f]));
    expect(facts.hang).toMatchObject({ origin: 'corpus', userEdited: true, value: { name: 'Lê Thị Thu Hằng' } });
    expect(facts['my-own']).toMatchObject({ origin: 'user', userEdited: false, value: { name: 'Luong Cuong' } });
    expect(facts.guterres).toMatchObject({ origin: 'corpus', userEdited: false, value: { name: 'António Guterres' } });
    expect(await repo.stats()).toMatchObject({ facts: 3, userFacts: 1, corpusFacts: 2 });
  });

  it('a failed fact build leaves the database as it was', async () => {
    const repo = new FactRepository(memoryDb());
    await repo.syncCorpus(docs, () => factBase(corpusFacts), '1');
    const dup = [nameFact('x', 'A'), nameFact('x', 'B')];
    await expect(repo.syncCorpus(docs, () => factBase(dup), '2')).rejects.toThrow(/same id "x"/);
    expect((await repo.listFacts()).map((f) => f.id).sort()).toEqual(['guterres', 'hang']);
    expect((await repo.corpusReport())?.version).toBe('1');
  });

  it('gives the engine plain facts, without the bookkeeping fields', async () => {
    const repo = new FactRepository(memoryDb());
    await repo.syncCorpus(docs, () => factBase(corpusFacts), '1');
    const [fact] = await repo.engineFacts();
    expect(Object.keys(fact).sort()).toEqual(['id', 'kind', 'origin', 'sources', 'subject', 'subjectLabel', 'value', 'variants']);
  });
});
