// Small builders for unit tests: hand-written facts and a throwaway IndexedDB per test.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FactlensDB, SCHEMA_VERSIONS, type SchemaVersion } from '../../lib/db/schema';
import type { Fact, FactBase } from '../../lib/model';

let dbSeq = 0;

/** A database on a fresh in-memory IndexedDB. */
export function memoryDb(versions: readonly SchemaVersion[] = SCHEMA_VERSIONS, indexedDB = new IDBFactory()) {
  return new FactlensDB(`factlens-test-${++dbSeq}`, versions, { indexedDB, IDBKeyRange });
}

export function nameFact(id: string, name: string, doc = '000_a.txt', extra: Partial<Fact> = {}): Fact {
  return {
    id,
    kind: 'name',
    subject: `person:${id}`,
    subjectLabel: name,
    value: { name, aliases: [] },
    sources: [{ doc, lang: 'en', quote: `${name} spoke.`, start: 0, end: name.length }],
    variants: [],
    origin: 'corpus',
    ...extra,
  };
}

export const factBase = (facts: Fact[]): FactBase => ({ format: 'factlens-facts/1', facts });

const corpusDir = fileURLToPath(new URL('../../public/corpus/', import.meta.url));

/** Reads a file of the corpus the extension ships, as the background does with fetch. */
export const readShippedCorpus = (file: string) => readFile(corpusDir + file, 'utf8');
