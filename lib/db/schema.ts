// The Dexie database. Every schema change is a new entry of SCHEMA_VERSIONS (never an edit of an
// old one): Dexie then upgrades an existing database in place instead of dropping its data.
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { DocumentRecord, FactRecord, SettingRecord } from './records';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites existing rows for this version; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      documents: 'id, lang, origin',
      facts: 'id, kind, subject, origin, *docs',
      settings: 'key',
    },
  },
];

export const DB_NAME = 'factlens';

export class FactlensDB extends Dexie {
  documents!: Table<DocumentRecord, string>;
  facts!: Table<FactRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS, options?: DexieOptions) {
    super(name, options);
    for (const v of versions) {
      const stage = this.version(v.version).stores(v.stores);
      if (v.upgrade) stage.upgrade(v.upgrade);
    }
  }
}
