import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { corpusFactRecord } from '../../../lib/db/merge';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../lib/db/schema';
import { memoryDb, nameFact } from '../helpers';

describe('database schema', () => {
  it('v1 has the documents, facts and settings tables with their indexes', async () => {
    const db = memoryDb();
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['documents', 'facts', 'settings']);
    expect(db.facts.schema.indexes.map((i) => i.name).sort()).toEqual(['docs', 'kind', 'origin', 'subject']);
    expect(db.facts.schema.indexes.find((i) => i.name === 'docs')?.multi).toBe(true);
    db.close();
  });

  it('finds facts by document through the multi-entry index', async () => {
    const db = memoryDb();
    await db.facts.bulkPut([
      corpusFactRecord(nameFact('a', 'A', 'one.txt'), 1),
      corpusFactRecord(nameFact('b', 'B', 'two.txt'), 1),
    ]);
    expect((await db.facts.where('docs').equals('two.txt').toArray()).map((f) => f.id)).toEqual(['b']);
    db.close();
  });

  it('a later version upgrades a v1 database in place, keeping its rows', async () => {
    const idb = new IDBFactory();
    const v1 = memoryDb(SCHEMA_VERSIONS, idb);
    const name = v1.name;
    await v1.facts.put({ ...corpusFactRecord(nameFact('a', 'Le Thi Thu Hang'), 1), userEdited: true });
    await v1.settings.put({ key: 'corpus', value: { version: '0.1.0' } });
    v1.close();

    // What a future schema change looks like: a new entry appended to SCHEMA_VERSIONS.
    const v2: SchemaVersion = {
      version: 2,
      stores: { facts: 'id, kind, subject, origin, *docs, updatedAt' },
      upgrade: async (tx) => {
        await tx
          .table('facts')
          .toCollection()
          .modify((f) => {
            f.updatedAt = 42;
          });
      },
    };
    const { FactlensDB } = await import('../../../lib/db/schema');
    const { IDBKeyRange } = await import('fake-indexeddb');
    const upgraded = new FactlensDB(name, [...SCHEMA_VERSIONS, v2], { indexedDB: idb, IDBKeyRange });
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    const fact = await upgraded.facts.get('a');
    expect(fact).toMatchObject({ id: 'a', userEdited: true, updatedAt: 42 });
    expect(await upgraded.facts.where('updatedAt').equals(42).count()).toBe(1);
    expect(await upgraded.settings.get('corpus')).toEqual({ key: 'corpus', value: { version: '0.1.0' } });
    upgraded.close();
  });
});
