// What the database stores. Records are the engine's types plus the bookkeeping the
// extension needs (who made a fact, whether the user changed it, when).
import type { Fact, FactOrigin, SourceDocument } from '../model';

export interface DocumentRecord extends SourceDocument {
  origin: FactOrigin;
  /** Path of the file inside the extension, for corpus documents. */
  file?: string;
  /** Epoch milliseconds of the last write. */
  updatedAt: number;
}

export interface FactRecord extends Fact {
  origin: FactOrigin;
  /** True once the user changed a corpus fact: reloading the corpus never touches it again. */
  userEdited: boolean;
  /** Ids of the documents the fact's sources (and variants' sources) come from; indexed. */
  docs: string[];
  updatedAt: number;
}

export interface SettingRecord<T = unknown> {
  key: string;
  value: T;
}

/** Documents ids a fact is read from, in first-seen order. */
export function factDocIds(fact: Fact): string[] {
  const ids = new Set<string>();
  for (const s of fact.sources) ids.add(s.doc);
  for (const v of fact.variants ?? []) for (const s of v.sources) ids.add(s.doc);
  return [...ids];
}
